import { warning, type AtlasWarning } from '../../core/errors.ts';
import type { CsrGraph } from './csr-graph.ts';
import { csrFromLabelledEdges } from './csr-from-labelled-edges.ts';

/** A row of the store's `links` table, as far as graphs need it. */
export interface LinkRow {
  source: string;
  target: string;
  type: string;
  value?: number | null;
}

export interface LinkGraphOptions {
  /** Keep only links of these types (default: every type). */
  types?: readonly string[];
  directed?: boolean;
  /** Use `value` as the weight; links whose value is missing, ≤ 0 or not finite are dropped. */
  weighted?: boolean;
  /** Organisation ids that exist: a link with an end outside is dropped (warned). */
  known?: ReadonlySet<string>;
  /** Restrict to links between these nodes; every one is a node, linked or not, in this order. */
  nodes?: readonly string[];
}

export interface LinkGraph {
  graph: CsrGraph;
  warnings: AtlasWarning[];
}

/**
 * Builds the CSR graph of organisations from link rows (the `links` table:
 * source, target, type, value). Documented handling, never a crash:
 * - a link to an organisation not in `known` → dropped, ATLAS_W_LINKS_DROPPED
 *   (reason "unknown organisation", with examples);
 * - weighted and value missing, ≤ 0 or not finite → dropped, ATLAS_W_LINKS_DROPPED;
 * - self-loops → dropped, ATLAS_W_SELF_LOOPS_DROPPED;
 * - with `nodes`, links leaving the node set are outside the subgraph (not warned);
 * - repeated links stay parallel edges (a supply and a collaboration link
 *   between the same two firms are two ties).
 * Node ids are the organisation ids, in `nodes` order when given, else in
 * order of first appearance.
 */
export function linkGraph(rows: readonly LinkRow[], opts: LinkGraphOptions = {}): LinkGraph {
  const types = opts.types ? new Set(opts.types) : null;
  const inside = opts.nodes ? new Set(opts.nodes) : null;
  const sources: string[] = [];
  const targets: string[] = [];
  const weights: number[] | null = opts.weighted ? [] : null;
  const dropped: Record<string, number> = {};
  const examples: string[] = [];
  let loops = 0;
  const drop = (reason: string, r: LinkRow) => {
    dropped[reason] = (dropped[reason] ?? 0) + 1;
    if (examples.length < 10) examples.push(`${r.source} → ${r.target} (${reason})`);
  };
  for (const r of rows) {
    if (types && !types.has(r.type)) continue;
    if (opts.known && (!opts.known.has(r.source) || !opts.known.has(r.target))) {
      drop('unknown organisation', r);
      continue;
    }
    if (inside && (!inside.has(r.source) || !inside.has(r.target))) continue;
    if (r.source === r.target) {
      loops++;
      continue;
    }
    if (weights) {
      const v = r.value;
      if (v === null || v === undefined || !Number.isFinite(v) || v <= 0) {
        drop('value missing or not positive', r);
        continue;
      }
      weights.push(v);
    }
    sources.push(r.source);
    targets.push(r.target);
  }
  const g = csrFromLabelledEdges({
    sources,
    targets,
    weights,
    directed: Boolean(opts.directed),
    nodes: opts.nodes,
  });
  const warnings: AtlasWarning[] = [];
  const total = Object.values(dropped).reduce((a, b) => a + b, 0);
  if (total)
    warnings.push(
      warning('ATLAS_W_LINKS_DROPPED', `${total} link(s) left out of the network`, {
        reasons: dropped,
        examples,
      }),
    );
  if (loops)
    warnings.push(
      warning(
        'ATLAS_W_SELF_LOOPS_DROPPED',
        `${loops} link(s) from an organisation to itself dropped`,
        {
          count: loops,
        },
      ),
    );
  return { graph: g, warnings };
}
