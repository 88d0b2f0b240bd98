/**
 * Chain gaps (强链补链) read off a panorama, each with the action it calls
 * for and the evidence. Leaf nodes only (a group node's gaps are its
 * children's), one entry per (node, kind):
 *
 *   missing             status missing                         → fill (补链)
 *   weak                status weak                            → strengthen (强链)
 *   four_bases_thin     four-bases node with ≤ fourBasesMaxFirms
 *                       firms (default 1: held by one firm or none) → strengthen, or fill if none
 *   single_supplier     exactly one firm holds the node         → strengthen
 *   outside_dependence  inside share < maxOutsideShare's complement:
 *                       insideShare < minInsideShare (default 0.5) with
 *                       ≥ minLinks in-links (default 3)          → replace_imports (本地配套/国产替代)
 *   inputs_missing      a template input of a present node is
 *                       missing in the place: its inputs come from
 *                       outside                                 → replace_imports
 *   extend              a downstream or support node is missing
 *                       while all its template inputs are present → extend (延链)
 *
 * Severity high for choke-point (critical) or four-bases nodes, medium for
 * other upstream/midstream nodes, low otherwise. Sorted by severity, then
 * template order.
 * Cost O(nodes + edges).
 */
import type { FourBases } from '../../core/model/chain-template.ts';
import type { Panorama, PanoramaNode } from './panorama.ts';
import { withDefaults } from './with-defaults.ts';

export type GapKind =
  | 'missing'
  | 'weak'
  | 'four_bases_thin'
  | 'single_supplier'
  | 'outside_dependence'
  | 'inputs_missing'
  | 'extend';
export type GapAction = 'fill' | 'strengthen' | 'replace_imports' | 'extend';
export type GapSeverity = 'high' | 'medium' | 'low';

export interface Gap {
  node: string;
  nameZh: string;
  nameEn: string;
  kind: GapKind;
  action: GapAction;
  severity: GapSeverity;
  fourBases: FourBases;
  critical: boolean;
  /** The evidence as a sentence (English, for the CLI and logs). */
  evidence: string;
  /** The same evidence as figures, for a reader in any language. */
  facts: GapFacts;
}

/**
 * What a gap's evidence says, as data: `counted` organisations on the node,
 * `inputs` its template inputs concerned (missing, or all present for
 * extend), `only` the one organisation, and for outside dependence the
 * inside share of in-links by `basis`, their count and the threshold.
 */
export interface GapFacts {
  counted: number;
  inputs?: { id: string; nameZh: string; nameEn: string }[];
  only?: string;
  insideShare?: number;
  basis?: 'value' | 'count';
  inLinks?: number;
  threshold?: number;
}

export interface GapOptions {
  fourBasesMaxFirms: number;
  minInsideShare: number;
  minLinks: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = {
  fourBasesMaxFirms: 1,
  minInsideShare: 0.5,
  minLinks: 3,
};

const RANK: Record<GapSeverity, number> = { high: 0, medium: 1, low: 2 };

export function chainGaps(p: Panorama, options: Partial<GapOptions> = {}): Gap[] {
  const o = withDefaults(DEFAULT_GAP_OPTIONS, options);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const order = new Map(p.nodes.map((n, i) => [n.id, i]));
  const gaps: Gap[] = [];
  for (const n of p.nodes) {
    if (n.children.length > 0) continue;
    gaps.push(...leafGaps(n, byId, o));
  }
  return gaps.sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || order.get(a.node)! - order.get(b.node)!,
  );
}

function severity(n: PanoramaNode): GapSeverity {
  return n.critical || n.fourBases !== 'none'
    ? 'high'
    : n.stage === 'upstream' || n.stage === 'midstream'
      ? 'medium'
      : 'low';
}

function gapOf(
  n: PanoramaNode,
  kind: GapKind,
  action: GapAction,
  evidence: string,
  facts: Omit<GapFacts, 'counted'> = {},
): Gap {
  return {
    node: n.id,
    nameZh: n.nameZh,
    nameEn: n.nameEn,
    kind,
    action,
    severity: severity(n),
    fourBases: n.fourBases,
    critical: n.critical !== null,
    evidence,
    facts: { counted: n.counts.counted, ...facts },
  };
}

/** The gaps of one leaf node, in the order of the rules. */
function leafGaps(n: PanoramaNode, byId: ReadonlyMap<string, PanoramaNode>, o: GapOptions): Gap[] {
  const gaps: Gap[] = [];
  const add = (...a: Parameters<typeof gapOf>): void => {
    gaps.push(gapOf(...a));
  };
  // A node counts as present in the place if it or any descendant holds an organisation.
  const present = (id: string): boolean => (byId.get(id)?.status ?? 'missing') !== 'missing';
  const refs = (ids: readonly string[]) =>
    ids.map((id) => ({
      id,
      nameZh: byId.get(id)?.nameZh ?? id,
      nameEn: byId.get(id)?.nameEn ?? id,
    }));
  const inputs = n.inputs.filter((i) => byId.has(i));
  if (n.status === 'missing') {
    const fed = inputs.length > 0 && inputs.every(present);
    if (fed && (n.stage === 'downstream' || n.stage === 'support'))
      add(
        n,
        'extend',
        'extend',
        `no organisation placed; all its inputs (${inputs.join(', ')}) are present`,
        { inputs: refs(inputs) },
      );
    else add(n, 'missing', 'fill', `no organisation placed (${n.reason})`);
  } else if (n.status === 'weak') add(n, 'weak', 'strengthen', n.reason);

  if (n.fourBases !== 'none' && n.counts.counted <= o.fourBasesMaxFirms)
    add(
      n,
      'four_bases_thin',
      n.counts.counted === 0 ? 'fill' : 'strengthen',
      `four-bases node (${n.fourBases}) held by ${n.counts.counted} firm(s)`,
    );
  if (n.counts.counted === 1) {
    const only = [...Object.values(n.firms).flat(), ...n.others][0];
    add(n, 'single_supplier', 'strengthen', `one organisation only: ${only?.name ?? '?'}`, {
      only: only?.name ?? '?',
    });
  }
  const share = n.links.insideShare;
  if (share !== null && share < o.minInsideShare && n.links.inCount >= o.minLinks)
    add(
      n,
      'outside_dependence',
      'replace_imports',
      `${(100 * share).toFixed(0)}% of inputs (by ${n.links.basis}) bought inside the place, from ${n.links.inCount} in-links; threshold ${(100 * o.minInsideShare).toFixed(0)}%`,
      {
        insideShare: share,
        basis: n.links.basis ?? undefined,
        inLinks: n.links.inCount,
        threshold: o.minInsideShare,
      },
    );
  if (n.status !== 'missing') {
    const lacking = inputs.filter((i) => !present(i));
    if (lacking.length > 0)
      add(
        n,
        'inputs_missing',
        'replace_imports',
        `its input node(s) ${lacking.map((i) => `${i} (${byId.get(i)?.nameZh ?? i})`).join(', ')} have no organisation in the place: supplied from outside`,
        { inputs: refs(lacking) },
      );
  }
  return gaps;
}
