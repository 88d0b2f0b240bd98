/**
 * Location quotient (LQ), a.k.a. revealed comparative advantage (Balassa).
 *
 * Formula   LQ_ri = (x_ri / X_r) / (X_i / X)
 * Symbols   x_ri value of industry i in region r; X_r = Σ_i x_ri (region total);
 *           X_i = Σ_r x_ri (industry total); X = Σ x.
 * Convention 0/0 → 0 (EconGeo `location_quotient`: `lq[is.na(lq)] <- 0`); on a
 *           matrix from matrixFromLong no margin is 0, so this only guards raw input.
 * Edge cases a region proportional to the total has LQ = 1 in every industry.
 * Cost      O(R·I), one pass for margins and one for the quotients.
 * References Balassa (1965) The Manchester School 33: 99-123; EconGeo 2.1
 *           `location_quotient`; REAT 3.0.3 `locq`.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';

export function locationQuotient(
  m: RegionIndustryMatrix,
  ctx = new MatrixContext(m),
): Float64Array {
  const { rows, cols, values } = m;
  const { rowSums, colSums, total } = ctx.margins;
  // One multiply per cell: x · (1/X_r) · (X/X_i). Rounding differs from the
  // textbook (x/X_r)/(X_i/X) by a few ulps (tests: 1e-9 relative).
  const colFactor = new Float64Array(cols);
  for (let i = 0; i < cols; i++) colFactor[i] = colSums[i] === 0 ? 0 : total / colSums[i];
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const xr = rowSums[r];
    if (xr === 0) continue;
    const inv = 1 / xr;
    for (let i = 0; i < cols; i++) out[base + i] = values[base + i] * inv * colFactor[i];
  }
  return out;
}
