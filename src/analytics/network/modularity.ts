/**
 * Modularity of a given partition.
 *
 * Formula   Q = (1/2m) Σ_ij [A_ij − γ·k_i·k_j / 2m] δ(c_i, c_j)
 *             = Σ_c [ in_c / 2m − γ·(tot_c / 2m)² ]
 * Symbols   A the symmetric weight matrix of the undirected view, k_i = Σ_j A_ij,
 *           2m = Σ_i k_i, in_c = Σ_{i,j∈c} A_ij (ordered pairs), tot_c = Σ_{i∈c} k_i.
 * Conventions the undirected view of louvain.ts (directed arcs summed both
 *           ways, parallel edges summed, self-loops dropped), so the two agree.
 * Edge cases no edges → NaN (igraph_modularity returns NaN).
 * Cost      O(n + m).
 * References Newman & Girvan (2004) Phys. Rev. E 69: 026113; igraph_modularity.
 */
import type { CsrGraph } from './csr-graph.ts';
import { undirectedSimple } from './undirected-simple.ts';

export function modularity(g: CsrGraph, membership: Int32Array, resolution = 1): number {
  const s = undirectedSimple(g, true);
  const { n, offsets, targets } = s;
  const w = s.weights as Float64Array;
  let k = 0;
  for (let i = 0; i < n; i++) if (membership[i] + 1 > k) k = membership[i] + 1;
  const inC = new Float64Array(k);
  const tot = new Float64Array(k);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const ci = membership[i];
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      tot[ci] += w[p];
      m2 += w[p];
      if (membership[targets[p]] === ci) inC[ci] += w[p];
    }
  }
  if (m2 === 0) return NaN;
  let q = 0;
  for (let c = 0; c < k; c++) q += inC[c] / m2 - resolution * (tot[c] / m2) ** 2;
  return q;
}
