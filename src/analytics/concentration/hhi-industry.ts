/**
 * Herfindahl-Hirschman index of an industry over regions (spatial concentration).
 *
 * Formula   H_i = Σ_r s_ir²,  s_ir = x_ri / X_i
 *           normalised: H*_i = (H_i − 1/n) / (1 − 1/n)
 * Symbols   n = number of regions in the matrix, zero cells included.
 * Convention shares, unrounded.
 * Edge cases empty industry → NaN (dropped upstream); normalised with n = 1 → NaN.
 * Cost      O(R·I), one row-major pass accumulating per column.
 * References as hhi-region.ts (REAT `herf`, EconGeo `herfindahl`).
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { normalizeHhi } from './hhi-region.ts';

export function hhiIndustry(
  m: RegionIndustryMatrix,
  opts: { normalized?: boolean } = {},
): Float64Array {
  const { rows, cols, values } = m;
  const sum = new Float64Array(cols);
  const sq = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) {
      const v = values[base + i];
      sum[i] += v;
      sq[i] += v * v;
    }
  }
  const out = new Float64Array(cols);
  for (let i = 0; i < cols; i++) out[i] = sq[i] / (sum[i] * sum[i]);
  if (opts.normalized) normalizeHhi(out, rows);
  return out;
}
