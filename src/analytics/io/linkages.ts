/**
 * Backward and forward linkages (Rasmussen's indices of the power and the
 * sensitivity of dispersion, 影响力系数 and 感应度系数).
 *
 * Formula   backward  BL_j = (Σ_i l_ij) / ((1/n) Σ_ij l_ij)           (column sums of L)
 *           forward   FL_i = (Σ_j g_ij) / ((1/n) Σ_ij g_ij)           (row sums of the Ghosh G)
 *           forwardLeontief FLL_i = (Σ_j l_ij) / ((1/n) Σ_ij l_ij)   (row sums of L)
 * Symbols   L = (I − A)⁻¹ the Leontief inverse; G = (I − B)⁻¹ the Ghosh inverse; n sectors.
 * Convention each index is normalised by its mean, so the indices average 1 and a value above 1
 *           means a linkage above the economy's average. `forward` follows the supply-side
 *           (Ghosh) convention of Miller and Blair §12.2 (row sums of L mix the sizes of the
 *           buyers' final demand, a known criticism); `forwardLeontief` is Rasmussen's original
 *           row-sum index, which the NBS 感应度系数 uses, returned for comparison. A sector that
 *           is "key" has both backward and forward above 1.
 * Edge cases a total of 0 (impossible for an inverse: the diagonal is ≥ 1) would give NaN.
 * Cost      O(n²) given the inverses.
 * References Rasmussen (1956) Studies in Inter-Sectoral Relations; Hirschman (1958) The
 *           Strategy of Economic Development; Miller and Blair (2009) §12.2, eqs. (12.23)-(12.27).
 */
import type { SquareMatrix } from './square-matrix.ts';

export interface Linkages {
  backward: Float64Array;
  forward: Float64Array;
  forwardLeontief: Float64Array;
}

function sums(m: SquareMatrix, byColumn: boolean): Float64Array {
  const { n, values } = m;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) out[byColumn ? j : i] += values[i * n + j];
  return out;
}

function normalised(v: Float64Array): Float64Array {
  let total = 0;
  for (const x of v) total += x;
  const mean = total / v.length;
  return v.map((x) => x / mean);
}

export function linkages(leontief: SquareMatrix, ghosh: SquareMatrix): Linkages {
  if (leontief.n !== ghosh.n) throw new RangeError('L and G differ in size');
  return {
    backward: normalised(sums(leontief, true)),
    forward: normalised(sums(ghosh, false)),
    forwardLeontief: normalised(sums(leontief, false)),
  };
}
