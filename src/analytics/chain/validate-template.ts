/**
 * Validates a chain template: the zod schema (core/model/chain-template.ts),
 * then the structure the schema cannot see. A template that breaks any rule
 * is refused whole with ATLAS_E_CHAIN_TEMPLATE; the details name the file,
 * the node (or edge) and the reason, and list every problem found, not only
 * the first.
 *
 * Rules   schema: every field's type and allowed values (e.g. stage ∈
 *           upstream | midstream | downstream | support);
 *         ids: node ids unique; source ids unique;
 *         parent: names an existing node; the parent relation is a forest
 *           (no node is its own ancestor);
 *         edges: both ends exist; no self-edge; no duplicate (from, to);
 *         sources: every node, edge and critical flag cites a declared
 *           source; a node or flag citing an unverified source is itself
 *           verified: false;
 *         codes: every GB/T 4754-2017 code exists (when the set of known
 *           codes is given).
 * Cost    O(nodes · depth + edges).
 */
import { AtlasError } from '../../core/errors.ts';
import { ChainTemplate } from '../../core/model/chain-template.ts';

export interface TemplateProblem {
  /** Node id, `edge from→to`, or `template`. */
  node: string;
  reason: string;
}

export interface ValidateTemplateOptions {
  /** GB/T 4754-2017 codes that exist; unchecked when absent. */
  industryCodes?: ReadonlySet<string>;
}

/** Returns the parsed template, or throws ATLAS_E_CHAIN_TEMPLATE naming the file, the node and the reason. */
export function validateTemplate(
  raw: unknown,
  file: string,
  opts: ValidateTemplateOptions = {},
): ChainTemplate {
  const parsed = ChainTemplate.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      node: nodeOfPath(raw, i.path),
      reason: `${i.path.join('.') || '(root)'}: ${i.message}`,
    }));
    throw refusal(file, problems);
  }
  const t = parsed.data;
  const problems = templateProblems(t, opts);
  if (problems.length > 0) throw refusal(file, problems);
  return t;
}

/** The structural problems of a template that already passed the schema; empty when valid. */
export function templateProblems(
  t: ChainTemplate,
  opts: ValidateTemplateOptions = {},
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const sources = new Map<string, boolean>();
  for (const s of t.sources) {
    if (sources.has(s.id))
      problems.push({ node: 'template', reason: `duplicate source id "${s.id}"` });
    sources.set(s.id, s.verified);
  }
  const parent = new Map<string, string | undefined>();
  for (const n of t.nodes) {
    if (parent.has(n.id)) problems.push({ node: n.id, reason: `duplicate node id "${n.id}"` });
    parent.set(n.id, n.parent);
  }
  for (const n of t.nodes) {
    if (n.parent !== undefined && !parent.has(n.parent))
      problems.push({ node: n.id, reason: `parent "${n.parent}" is not a node of the template` });
    checkSource(problems, sources, n.id, n.source, n.verified, 'node');
    if (n.critical)
      checkSource(problems, sources, n.id, n.critical.source, n.critical.verified, 'critical flag');
    if (opts.industryCodes)
      for (const c of n.industries)
        if (!opts.industryCodes.has(c))
          problems.push({ node: n.id, reason: `"${c}" is not a GB/T 4754-2017 code` });
  }
  // A cycle: walking up from a node comes back to it. Report each cycle once, at its smallest id.
  const reported = new Set<string>();
  for (const n of t.nodes) {
    const seen: string[] = [];
    let cur: string | undefined = n.id;
    while (cur !== undefined && parent.has(cur)) {
      const at = seen.indexOf(cur);
      if (at >= 0) {
        const cycle = seen.slice(at);
        const key = [...cycle].sort()[0];
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({
            node: key,
            reason: `cycle in the parent tree: ${[...cycle, cur].join(' → ')}`,
          });
        }
        break;
      }
      seen.push(cur);
      cur = parent.get(cur);
    }
  }
  const pairs = new Set<string>();
  for (const e of t.edges) {
    const name = `edge ${e.from}→${e.to}`;
    for (const end of [e.from, e.to])
      if (!parent.has(end))
        problems.push({ node: name, reason: `edge end "${end}" is not a node of the template` });
    if (e.from === e.to) problems.push({ node: name, reason: 'an edge from a node to itself' });
    const k = `${e.from}\u0000${e.to}`;
    if (pairs.has(k)) problems.push({ node: name, reason: 'duplicate edge' });
    pairs.add(k);
    checkSource(problems, sources, name, e.source, e.verified, 'edge');
  }
  return problems;
}

function checkSource(
  problems: TemplateProblem[],
  sources: Map<string, boolean>,
  node: string,
  source: string,
  verified: boolean,
  what: string,
): void {
  const v = sources.get(source);
  if (v === undefined)
    problems.push({
      node,
      reason: `${what} cites "${source}", which is not in the template's sources`,
    });
  else if (!v && verified)
    problems.push({
      node,
      reason: `${what} cites the unverified source "${source}" but says verified: true`,
    });
}

function refusal(file: string, problems: TemplateProblem[]): AtlasError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AtlasError(
    'ATLAS_E_CHAIN_TEMPLATE',
    `${file}: node ${first.node}: ${first.reason}${more}`,
    { file, node: first.node, reason: first.reason, problems },
  );
}

/** The id of the node (or edge) a schema issue points into, when the path goes through one. */
function nodeOfPath(raw: unknown, path: readonly PropertyKey[]): string {
  if ((path[0] === 'nodes' || path[0] === 'edges') && typeof path[1] === 'number') {
    const list = (raw as Record<string, unknown> | null)?.[path[0]];
    const item = Array.isArray(list)
      ? (list[path[1]] as Record<string, unknown> | undefined)
      : undefined;
    if (path[0] === 'nodes') return typeof item?.id === 'string' ? item.id : `nodes[${path[1]}]`;
    return item ? `edge ${String(item.from)}→${String(item.to)}` : `edges[${path[1]}]`;
  }
  return 'template';
}
