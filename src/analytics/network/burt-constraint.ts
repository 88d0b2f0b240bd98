/**
 * Burt's constraint: how much a node's contacts are tied to one another
 * (low constraint = a broker across structural holes).
 *
 * Formula   c_i = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i)∩N(j), q≠i,j} p_iq·p_qj )²
 *           p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)
 * Symbols   a_ij weight of the arc i→j (1 when unweighted), N(i) the
 *           contacts of i (either direction).
 * Conventions j runs over direct contacts (Burt 1992, networkx `constraint`;
 *           igraph_constraint agrees to 1e-15 on every test graph). Built on
 *           the undirected view, whose weight for {i,j} is a_ij + a_ji;
 *           parallel edges add up; self-loops are ignored.
 * Edge cases isolated node → NaN (networkx and igraph).
 * Cost      O(Σ_j k_j) per node, O(Σ_v k_v²) in all.
 * References Burt (1992) Structural Holes, Harvard UP, ch. 2; Burt (2004)
 *           Am. J. Sociology 110(2): 349-399.
 */
import type { CsrGraph } from './csr-graph.ts';
import { undirectedSimple } from './undirected-simple.ts';

export function burtConstraint(g: CsrGraph): Float64Array {
  const s = undirectedSimple(g, true);
  const { n, offsets, targets } = s;
  const w = s.weights as Float64Array;
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let t = 0;
    for (let p = offsets[i]; p < offsets[i + 1]; p++) t += w[p];
    total[i] = t;
  }
  const pi = new Float64Array(n); // p_iq for q ∈ N(i), valid where mark[q] = i
  const mark = new Int32Array(n).fill(-1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = offsets[i];
    const b = offsets[i + 1];
    if (a === b || total[i] === 0) {
      out[i] = NaN;
      continue;
    }
    for (let p = a; p < b; p++) {
      mark[targets[p]] = i;
      pi[targets[p]] = w[p] / total[i];
    }
    let c = 0;
    for (let p = a; p < b; p++) {
      const j = targets[p];
      let indirect = 0;
      // Σ_q p_iq·p_qj over q adjacent to both: scan j's row, p_qj = w_qj / total_q.
      for (let r = offsets[j]; r < offsets[j + 1]; r++) {
        const q = targets[r];
        if (q !== i && mark[q] === i) indirect += pi[q] * (w[r] / total[q]);
      }
      const x = pi[j] + indirect;
      c += x * x;
    }
    out[i] = c;
  }
  return out;
}
