/**
 * Builds a CsrGraph from edges named by labels: each distinct label gets a
 * dense id in order of first appearance (source before target, row by row),
 * so the same file always gives the same ids. `nodes` fixes the first ids
 * (these labels first, in this order, linked or not); `isolated` adds labels
 * that have no edge (after the labels seen in edges).
 * Cost: O(m) Map look-ups to assign ids (once, outside any kernel), then
 * buildCsr's O(n + m).
 */
import type { CsrGraph } from './csr-graph.ts';
import { buildCsr } from './build-csr.ts';

export interface LabelledEdges {
  sources: readonly string[];
  targets: readonly string[];
  weights?: readonly number[] | Float64Array | null;
  directed: boolean;
  isolated?: readonly string[];
  nodes?: readonly string[];
}

export function csrFromLabelledEdges(input: LabelledEdges): CsrGraph {
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const idOf = (label: string): number => {
    let id = ids.get(label);
    if (id === undefined) {
      id = labels.length;
      ids.set(label, id);
      labels.push(label);
    }
    return id;
  };
  for (const label of input.nodes ?? []) idOf(label);
  const m = input.sources.length;
  const s = new Int32Array(m);
  const t = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    s[e] = idOf(input.sources[e]);
    t[e] = idOf(input.targets[e]);
  }
  for (const label of input.isolated ?? []) idOf(label);
  return buildCsr({
    n: labels.length,
    sources: s,
    targets: t,
    weights: input.weights ?? null,
    directed: input.directed,
    labels,
  });
}
