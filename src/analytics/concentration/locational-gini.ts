/**
 * Locational Gini of an industry (Krugman 1991): how far the industry's
 * regional distribution departs from the distribution of all activity.
 *
 * Formula   regions sorted by q_r = x_ri / p_r ascending, p_r = X_r / X;
 *           C_k = Σ_{m≤k} x_(m)i / X_i, P_k = Σ_{m≤k} p_(m);
 *           LG_i = ½ Σ_{k=1}^{n−1} (C_{k+1} P_k − C_k P_{k+1})
 * Convention EconGeo 2.1 `locational_gini` exactly: the Lorenz area is halved,
 *           so the theoretical maximum is 0.5, and 0 means the industry is
 *           spread in proportion to total activity.
 * Edge cases regions with x_ri = 0 sort first and contribute through their
 *           summed p only; ties in q lie on one straight Lorenz segment, so
 *           their order does not change the area. Empty industry → NaN.
 * Cost      O(nnz log nnz) per industry (only non-zero cells are sorted).
 * References Krugman (1991) Geography and Trade, MIT Press, ch. 2, p. 56;
 *           EconGeo 2.1 `locational_gini` (Balland).
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';
import { sortByKey } from '../matrix/sort-by-key.ts';

export function locationalGini(m: RegionIndustryMatrix, ctx = new MatrixContext(m)): Float64Array {
  const { rowSums, colSums, total } = ctx.margins;
  const { ptr, row, value } = ctx.csc;
  const key = new Float64Array(value.length);
  const who = new Float64Array(value.length);
  // The payload is the cell's CSC position: its row and value are then read from
  // the column's own segment, not by striding through the row-major matrix.
  for (let k = 0; k < value.length; k++) {
    key[k] = value[k] / rowSums[row[k]];
    who[k] = k;
  }
  const out = new Float64Array(m.cols);
  for (let i = 0; i < m.cols; i++) {
    const lo = ptr[i];
    const hi = ptr[i + 1];
    sortByKey(key, who, lo, hi);
    // Population share of the regions where the industry is absent.
    let nzPop = 0;
    for (let k = lo; k < hi; k++) nzPop += rowSums[row[who[k]]];
    const xi = colSums[i];
    let prevC = 0;
    let prevP = (total - nzPop) / total;
    let area = 0;
    for (let k = lo; k < hi; k++) {
      const at = who[k];
      const r = row[at];
      const c = prevC + value[at] / xi;
      const p = prevP + rowSums[r] / total;
      area += c * prevP - prevC * p;
      prevC = c;
      prevP = p;
    }
    out[i] = area / 2;
  }
  return out;
}
