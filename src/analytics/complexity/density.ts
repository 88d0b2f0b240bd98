/**
 * Density: how much of what an industry needs a region already has.
 *
 * Formula   ω_ri = Σ_{k≠i} M_rk φ_ki / Σ_{k≠i} φ_ki
 * Symbols   M presence; φ industry proximity (proximity-industry.ts).
 * Convention the diagonal of φ is left out (Stata and py-ecomplexity set it to 0): a region's
 *           own specialisation in i does not count towards its density in i. Stata's default
 *           (no knn, discrete): `density = (M*proximity) :/ (J(Ni,Np,1)*proximity)`.
 * Edge cases an industry proximate to no other (Σ_{k≠i} φ_ki = 0) → NaN (Stata: missing).
 * Cost      O(Σ_r d_r · I): each region adds the proximity rows of its industries, in
 *           WebAssembly SIMD where available (simd-row-sums.ts), else sum-rows.ts (`{ simd:
 *           false }` forces it); 660 M additions at 3,000 × 1,400 with M one in nine.
 * References Hidalgo et al. (2007) Science 317: 482-487; cid-harvard/ecomplexity calculate_density.ado.
 */
import type { PresenceMatrix } from './presence-matrix.ts';
import { simdRowSums } from './simd-row-sums.ts';
import { sumRows } from './sum-rows.ts';

export function density(
  p: PresenceMatrix,
  phi: Float64Array,
  opts: { simd?: boolean } = {},
): Float64Array {
  const { rows: R, cols: I, rowPtr, colIndex } = p;
  const colSum = new Float64Array(I);
  for (let k = 0; k < I; k++) {
    const base = k * I;
    for (let i = 0; i < I; i++) colSum[i] += phi[base + i];
  }
  for (let i = 0; i < I; i++) colSum[i] -= phi[i * I + i];
  const inv = Float64Array.from(colSum, (s) => (s > 0 ? 1 / s : NaN));
  const out = new Float64Array(R * I);
  let maxRows = 0;
  for (let r = 0; r < R; r++) maxRows = Math.max(maxRows, rowPtr[r + 1] - rowPtr[r]);
  // WebAssembly SIMD where available (simd-row-sums.ts; its weighted sum is unused here).
  const simd = opts.simd === false ? null : simdRowSums(phi, I, maxRows);
  const zero = new Float64Array(I);
  const acc = simd ? simd.a : new Float64Array(I);
  for (let r = 0; r < R; r++) {
    if (simd) simd.run(colIndex, rowPtr[r], rowPtr[r + 1], zero);
    else sumRows(phi, I, colIndex, rowPtr[r], rowPtr[r + 1], acc, false);
    for (let x = rowPtr[r]; x < rowPtr[r + 1]; x++) acc[colIndex[x]] -= phi[colIndex[x] * (I + 1)];
    const o = r * I;
    for (let i = 0; i < I; i++) out[o + i] = acc[i] * inv[i];
  }
  return out;
}
