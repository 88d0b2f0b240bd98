/**
 * Herfindahl-Hirschman index of a region over its industries.
 *
 * Formula   H_r = Σ_i s_ri²,  s_ri = x_ri / X_r
 *           normalised: H*_r = (H_r − 1/n) / (1 − 1/n)
 * Symbols   n = number of industries in the matrix, zero cells included.
 * Convention shares, not percentages (H ∈ [1/n, 1]; ×10,000 for the antitrust
 *           scale). Unrounded.
 * Edge cases an empty region gives NaN (dropped upstream); normalised with
 *           n = 1 is 0/0 → NaN (undefined, reported by the caller).
 * Cost      O(R·I).
 * References Hirschman (1964) AER 54(5): 761; Herfindahl (1950); REAT 3.0.3
 *           `herf` (coefnorm), EconGeo 2.1 `herfindahl`.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

export function hhiRegion(
  m: RegionIndustryMatrix,
  opts: { normalized?: boolean } = {},
): Float64Array {
  const { rows, cols, values } = m;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < cols; i++) {
      const v = values[base + i];
      sum += v;
      sq += v * v;
    }
    // Σ (x/X)² = Σ x² / X²: one division per region instead of per cell.
    out[r] = sq / (sum * sum);
  }
  if (opts.normalized) normalizeHhi(out, cols);
  return out;
}

/** (H − 1/n) / (1 − 1/n) in place; n = 1 gives NaN (undefined). */
export function normalizeHhi(h: Float64Array, n: number): void {
  const inv = 1 / n;
  for (let k = 0; k < h.length; k++) h[k] = n === 1 ? NaN : (h[k] - inv) / (1 - inv);
}
