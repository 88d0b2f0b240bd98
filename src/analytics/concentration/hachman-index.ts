/**
 * Hachman index of a region: how closely its industry mix resembles the total.
 *
 * Formula   HI_r = 1 / Σ_i LQ_ri s_ri,  s_ri = x_ri / X_r,  LQ as location-quotient.ts
 *           (= 1 / Σ_i s_ri² / s_i with s_i = X_i / X)
 * Convention EconGeo 2.1 `hachman` (LQ with 0/0 → 0). Range (0, 1]; 1 = same
 *           mix as the total.
 * Edge cases empty region → NaN (dropped upstream).
 * Cost      O(R·I).
 * References Hachman (1995); Mack, Grubesic, Kessler (2007) Environment and
 *           Planning A; EconGeo `hachman`.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { MatrixContext } from './matrix-context.ts';

export function hachmanIndex(m: RegionIndustryMatrix, ctx = new MatrixContext(m)): Float64Array {
  const { rows, cols, values } = m;
  const { rowSums, colSums, total } = ctx.margins;
  const si = new Float64Array(cols);
  for (let i = 0; i < cols; i++) si[i] = colSums[i] / total;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const xr = rowSums[r];
    let mean = 0;
    for (let i = 0; i < cols; i++) {
      const s = values[base + i] / xr;
      mean += (s / si[i]) * s;
    }
    out[r] = 1 / mean;
  }
  return out;
}
