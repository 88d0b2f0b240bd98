/**
 * Local clustering coefficient (transitivity of each node).
 *
 * Formula   C_v = 2·T_v / (k_v (k_v − 1))
 * Symbols   T_v number of triangles through v, k_v number of distinct
 *           neighbours of v.
 * Conventions on the simple undirected view (directions, parallel edges,
 *           self-loops and weights ignored; igraph
 *           `transitivity_local_undirected`, networkx `clustering`).
 *           k_v < 2: NaN by default (igraph mode "nan"), or 0 with
 *           `lowDegree: 'zero'` (networkx, igraph mode "zero").
 * Cost      O(Σ_v k_v²) worst case with a marker array (each neighbour's row
 *           scanned once per v).
 * References Watts & Strogatz (1998) Nature 393: 440-442.
 */
import type { CsrGraph } from './csr-graph.ts';
import { undirectedSimple } from './undirected-simple.ts';

export function localClustering(
  g: CsrGraph,
  opts: { lowDegree?: 'nan' | 'zero' } = {},
): Float64Array {
  const s = undirectedSimple(g);
  const { n, offsets, targets } = s;
  const low = opts.lowDegree === 'zero' ? 0 : NaN;
  const mark = new Int32Array(n).fill(-1);
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const a = offsets[v];
    const b = offsets[v + 1];
    const k = b - a;
    if (k < 2) {
      out[v] = low;
      continue;
    }
    for (let p = a; p < b; p++) mark[targets[p]] = v;
    let links = 0; // each triangle seen twice (from both other corners)
    for (let p = a; p < b; p++) {
      const u = targets[p];
      for (let q = offsets[u]; q < offsets[u + 1]; q++) if (mark[targets[q]] === v) links++;
    }
    out[v] = links / (k * (k - 1));
  }
  return out;
}
