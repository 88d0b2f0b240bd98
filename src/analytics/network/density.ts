/**
 * Density: the share of possible edges that are present.
 *
 * Formula   directed D = m / (n(n−1)); undirected D = 2m / (n(n−1)).
 * Symbols   m number of edges that are not self-loops (parallel edges counted
 *           once per distinct pair: the simple graph), n number of nodes.
 * Conventions self-loops are not possible edges (igraph `density(loops=FALSE)`).
 * Edge cases n < 2 → NaN (no possible edge).
 * Cost      O(n + m) (distinct pairs counted with a marker array).
 * References Wasserman & Faust (1994) Social Network Analysis, §4.2; igraph_density.
 */
import type { CsrGraph } from './csr-graph.ts';

export function distinctPairs(g: CsrGraph): number {
  const { n, offsets, targets } = g;
  const mark = new Int32Array(n).fill(-1);
  let arcs = 0;
  for (let u = 0; u < n; u++)
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = targets[p];
      if (v !== u && mark[v] !== u) {
        mark[v] = u;
        arcs++;
      }
    }
  return g.directed ? arcs : arcs / 2;
}

export function density(g: CsrGraph): number {
  const { n } = g;
  if (n < 2) return NaN;
  const m = distinctPairs(g);
  return g.directed ? m / (n * (n - 1)) : (2 * m) / (n * (n - 1));
}
