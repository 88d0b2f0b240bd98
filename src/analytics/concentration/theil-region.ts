/**
 * Theil index of a region over its industries (specialisation).
 *
 * Formula   T_r = Σ_i s_ri ln(n s_ri),  s_ri = x_ri / X_r
 * Symbols   n = number of industries in the matrix, zero cells included.
 * Convention natural log; 0·ln 0 = 0. Equals (1/n) Σ (x/x̄) ln(x/x̄), REAT
 *           3.0.3 `theil` on the region's row.
 * Edge cases one-industry region → ln n (maximum); equal shares → 0.
 * Cost      O(R·I) with one log per non-zero cell.
 * References Theil (1967) Economics and Information Theory; REAT `theil`.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

export function theilRegion(m: RegionIndustryMatrix): Float64Array {
  const { rows, cols, values } = m;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let xr = 0;
    for (let i = 0; i < cols; i++) xr += values[base + i];
    let t = 0;
    for (let i = 0; i < cols; i++) {
      const v = values[base + i];
      if (v > 0) {
        const s = v / xr;
        t += s * Math.log(cols * s);
      }
    }
    out[r] = t;
  }
  return out;
}
