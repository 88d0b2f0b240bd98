/**
 * Degree and strength.
 *
 * Formula   out-degree k⁺_u = #{arcs u→·}, in-degree k⁻_u = #{arcs ·→u},
 *           degree k_u = k⁺_u + k⁻_u (directed) or #{arcs u→·} (undirected);
 *           strength s_u = the same sums over arc weights w.
 * Conventions undirected: `mode` is ignored; a self-loop counts 2, a parallel
 *           edge counts each time (igraph `degree(loops=TRUE)`, `strength`).
 *           Unweighted graphs: strength = degree.
 * Edge cases isolated node → 0.
 * Cost      O(n) for degrees (row lengths), O(m) for strengths.
 * References igraph_degree, igraph_strength (igraph 0.10).
 */
import type { CsrGraph } from './csr-graph.ts';

export type DegreeMode = 'out' | 'in' | 'all';

export function degree(g: CsrGraph, mode: DegreeMode = 'all'): Float64Array {
  const { n, offsets, inOffsets } = g;
  const out = new Float64Array(n);
  const useOut = !g.directed || mode !== 'in';
  const useIn = g.directed && mode !== 'out';
  for (let u = 0; u < n; u++) {
    let k = 0;
    if (useOut) k += offsets[u + 1] - offsets[u];
    if (useIn) k += inOffsets[u + 1] - inOffsets[u];
    out[u] = k;
  }
  return out;
}

export function strength(g: CsrGraph, mode: DegreeMode = 'all'): Float64Array {
  if (!g.weights) return degree(g, mode);
  const { n, offsets, weights, inOffsets, inWeights } = g;
  const out = new Float64Array(n);
  const useOut = !g.directed || mode !== 'in';
  const useIn = g.directed && mode !== 'out';
  for (let u = 0; u < n; u++) {
    let s = 0;
    if (useOut) for (let p = offsets[u]; p < offsets[u + 1]; p++) s += weights[p];
    if (useIn)
      for (let p = inOffsets[u]; p < inOffsets[u + 1]; p++) s += (inWeights as Float64Array)[p];
    out[u] = s;
  }
  return out;
}
