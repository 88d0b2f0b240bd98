/**
 * Hoover localisation (concentration) coefficient of an industry.
 *
 * Formula   HC_i = ½ Σ_r | x_ri / X_i − X_r / X |
 * Convention the reference distribution is total activity by region (the
 *           matrix's row sums); a fraction in [0, 1), not EconGeo's percentage
 *           rounded to 2 digits: REAT 3.0.3 `hoover(x, ref)` convention.
 * Edge cases industry spread like total activity → 0; empty industry → NaN.
 * Cost      O(R·I), one row-major pass.
 * References Hoover (1936) Rev. Econ. Stat. 18(4): 162-171; REAT `hoover`;
 *           EconGeo `hoover_index` (×100, rounded).
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';

export function hooverLocalisation(
  m: RegionIndustryMatrix,
  ctx = new MatrixContext(m),
): Float64Array {
  const { rows, cols, values } = m;
  const { rowSums, colSums, total } = ctx.margins;
  const acc = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const pr = rowSums[r] / total;
    for (let i = 0; i < cols; i++) acc[i] += Math.abs(values[base + i] / colSums[i] - pr);
  }
  for (let i = 0; i < cols; i++) acc[i] /= 2;
  return acc;
}
