/**
 * Krugman specialisation index of a region against the whole matrix.
 *
 * Formula   K_r = Σ_i | s_ri − s_i |,  s_ri = x_ri / X_r,  s_i = X_i / X
 * Convention not halved (range [0, 2)): EconGeo 2.1 `krugman_index`.
 * Edge cases a region proportional to the total → 0; empty region → NaN.
 * Cost      O(R·I).
 * References Krugman (1991) Geography and Trade; EconGeo `krugman_index`;
 *           REAT `krugman.spec` (same sum).
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';

export function krugmanSpecialisation(
  m: RegionIndustryMatrix,
  ctx = new MatrixContext(m),
): Float64Array {
  const { rows, cols, values } = m;
  const { rowSums, colSums, total } = ctx.margins;
  const si = new Float64Array(cols);
  for (let i = 0; i < cols; i++) si[i] = colSums[i] / total;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const xr = rowSums[r];
    let k = 0;
    for (let i = 0; i < cols; i++) k += Math.abs(values[base + i] / xr - si[i]);
    out[r] = k;
  }
  return out;
}
