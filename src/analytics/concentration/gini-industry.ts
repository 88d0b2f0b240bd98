/**
 * Gini coefficient of an industry's values across regions.
 *
 * Formula   G_i = Σ_k (2k − n − 1) x_(k) / (n Σ_k x_(k)),  x_(1) ≤ … ≤ x_(n)
 *           (the area form of EconGeo `Gini` and of ineq `Gini(x, corr = FALSE)`).
 * Symbols   n = number of regions in the matrix, zero cells included.
 * Convention unweighted (each region counts once), no small-sample
 *           correction n/(n−1): the maximum is (n−1)/n.
 * Edge cases empty industry → NaN (dropped upstream); one region → 0.
 * Cost      O(nnz log nnz) per industry: zeros are the smallest values, so
 *           only the non-zero cells are sorted (ranks start after the zeros).
 * References Gini (1912); ineq 0.2-13 `Gini`; EconGeo 2.1 `Gini`; REAT `gini`.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';

export function giniIndustry(m: RegionIndustryMatrix, ctx = new MatrixContext(m)): Float64Array {
  const n = m.rows;
  const { ptr } = ctx.csc;
  const value = ctx.sortedColumns;
  const out = new Float64Array(m.cols);
  for (let i = 0; i < m.cols; i++) {
    const lo = ptr[i];
    const hi = ptr[i + 1];
    const col = value.subarray(lo, hi);
    const zeros = n - (hi - lo);
    let weighted = 0;
    let sum = 0;
    for (let k = 0; k < col.length; k++) {
      const rank = zeros + k + 1;
      weighted += (2 * rank - n - 1) * col[k];
      sum += col[k];
    }
    out[i] = weighted / (n * sum);
  }
  return out;
}
