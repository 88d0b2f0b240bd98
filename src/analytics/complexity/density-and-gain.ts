/**
 * Density and raw COG in one pass over the proximity rows (the two share
 * their most expensive part: each region adds the rows of its industries).
 *
 * Formula   ω_ri = Σ_{k≠i} M_rk φ_ki / Σ_{k≠i} φ_ki                          (density.ts)
 *           cog_ri = (1 − M_ri)(Σ_j W_ji − Σ_{k∈r} W_ki),  W_ki = φ_ki kp_k / Σ_{j≠k} φ_kj,
 *           W_kk = 0                                                        (complexity-outlook-gain.ts)
 * Convention identical to those two files (Stata); equal to them up to rounding (≈1e-16).
 * Edge cases as there: NaN density for an industry proximate to nothing; such rows add 0 to COG.
 * Cost      O(Σ_r d_r · I) once instead of twice: each proximity row is read once per region
 *           and feeds both sums. The sums run in WebAssembly with 128-bit SIMD
 *           (simd-row-sums.ts: 3.6× the JavaScript loop, 0.65 s for density + COG + COI at
 *           3,000 × 1,400), by blocks of 64 columns so φ's block stays in L2
 *           (simd-column-blocks.ts); `{ simd: false }`, or no WebAssembly SIMD, takes the
 *           JavaScript loop (8, then 4 rows per pass). Both are tested against the separate
 *           kernels. The raw sums are kept in the outputs, then the diagonal is taken out.
 * References see density.ts and complexity-outlook-gain.ts.
 */
import type { PresenceMatrix } from './presence-matrix.ts';
import { BLOCK_COLUMNS, simdColumnBlocks, type SimdColumnBlocks } from './simd-column-blocks.ts';

export function densityAndGain(
  p: PresenceMatrix,
  phi: Float64Array,
  kp: Float64Array,
  opts: { simd?: boolean } = {},
): { density: Float64Array; cog: Float64Array } {
  const { rows: R, cols: I, rowPtr, colIndex, values } = p;
  // Column sums without the diagonal (φ symmetric: also the row sums).
  const colSum = new Float64Array(I);
  for (let k = 0; k < I; k++) {
    const base = k * I;
    for (let i = 0; i < I; i++) colSum[i] += phi[base + i];
  }
  for (let i = 0; i < I; i++) colSum[i] -= phi[i * I + i];
  const inv = Float64Array.from(colSum, (s) => (s > 0 ? 1 / s : NaN));
  // Row weights c_k = kp_k / Σ_{j≠k} φ_kj and the column totals of W.
  const c = Float64Array.from(kp, (v, k) => (colSum[k] > 0 ? v / colSum[k] : 0));
  const total = new Float64Array(I);
  for (let k = 0; k < I; k++) {
    const base = k * I;
    const ck = c[k];
    for (let i = 0; i < I; i++) total[i] += phi[base + i] * ck;
    total[k] -= phi[base + k] * ck;
  }
  // Raw sums first (diagonal included): a into dens, g into cog.
  const dens = new Float64Array(R * I);
  const cog = new Float64Array(R * I);
  const blocks = opts.simd === false ? null : simdColumnBlocks(phi, I, colIndex, c);
  if (blocks) blockedSums(blocks, R, I, rowPtr, dens, cog);
  else jsSums(phi, R, I, rowPtr, colIndex, c, dens, cog);
  for (let r = 0; r < R; r++) {
    const o = r * I;
    // Leave the diagonal out of both.
    for (let x2 = rowPtr[r]; x2 < rowPtr[r + 1]; x2++) {
      const k = colIndex[x2];
      const d = phi[k * I + k];
      dens[o + k] -= d;
      cog[o + k] -= d * c[k];
    }
    for (let i = 0; i < I; i++) {
      dens[o + i] *= inv[i];
      cog[o + i] = values[o + i] === 0 ? total[i] - cog[o + i] : 0;
    }
  }
  return { density: dens, cog };
}

/** The raw sums in WebAssembly SIMD, a block of columns at a time for every region. */
function blockedSums(
  s: SimdColumnBlocks,
  R: number,
  I: number,
  rowPtr: Int32Array,
  a: Float64Array,
  g: Float64Array,
): void {
  for (let b = 0; b < s.blocks; b++) {
    const from = b * BLOCK_COLUMNS;
    const width = Math.min(BLOCK_COLUMNS, I - from);
    for (let r = 0; r < R; r++) {
      s.run(b, rowPtr[r], rowPtr[r + 1]);
      a.set(width === BLOCK_COLUMNS ? s.a : s.a.subarray(0, width), r * I + from);
      g.set(width === BLOCK_COLUMNS ? s.g : s.g.subarray(0, width), r * I + from);
    }
  }
}

/** The raw sums in JavaScript, region by region (addRows). */
function jsSums(
  phi: Float64Array,
  R: number,
  I: number,
  rowPtr: Int32Array,
  colIndex: Int32Array,
  c: Float64Array,
  dens: Float64Array,
  cog: Float64Array,
): void {
  const a = new Float64Array(I);
  const g = new Float64Array(I);
  for (let r = 0; r < R; r++) {
    addRows(phi, I, colIndex, rowPtr[r], rowPtr[r + 1], c, a, g);
    dens.set(a, r * I);
    cog.set(g, r * I);
  }
}

/**
 * a = Σ φ rows, g = Σ c_k · φ rows over colIndex[from..to), in JavaScript:
 * eight rows per pass (a and g loaded and stored once per eight), then four,
 * then one.
 */
function addRows(
  phi: Float64Array,
  I: number,
  colIndex: Int32Array,
  from: number,
  to: number,
  c: Float64Array,
  a: Float64Array,
  g: Float64Array,
): void {
  a.fill(0);
  g.fill(0);
  let x = from;
  for (; x + 8 <= to; x += 8) {
    const b0 = colIndex[x] * I;
    const b1 = colIndex[x + 1] * I;
    const b2 = colIndex[x + 2] * I;
    const b3 = colIndex[x + 3] * I;
    const b4 = colIndex[x + 4] * I;
    const b5 = colIndex[x + 5] * I;
    const b6 = colIndex[x + 6] * I;
    const b7 = colIndex[x + 7] * I;
    const c0 = c[colIndex[x]];
    const c1 = c[colIndex[x + 1]];
    const c2 = c[colIndex[x + 2]];
    const c3 = c[colIndex[x + 3]];
    const c4 = c[colIndex[x + 4]];
    const c5 = c[colIndex[x + 5]];
    const c6 = c[colIndex[x + 6]];
    const c7 = c[colIndex[x + 7]];
    for (let i = 0; i < I; i++) {
      const f0 = phi[b0 + i];
      const f1 = phi[b1 + i];
      const f2 = phi[b2 + i];
      const f3 = phi[b3 + i];
      const f4 = phi[b4 + i];
      const f5 = phi[b5 + i];
      const f6 = phi[b6 + i];
      const f7 = phi[b7 + i];
      a[i] += f0 + f1 + (f2 + f3) + (f4 + f5 + (f6 + f7));
      g[i] += f0 * c0 + f1 * c1 + (f2 * c2 + f3 * c3) + (f4 * c4 + f5 * c5 + (f6 * c6 + f7 * c7));
    }
  }
  for (; x + 4 <= to; x += 4) {
    const k0 = colIndex[x];
    const k1 = colIndex[x + 1];
    const k2 = colIndex[x + 2];
    const k3 = colIndex[x + 3];
    const b0 = k0 * I;
    const b1 = k1 * I;
    const b2 = k2 * I;
    const b3 = k3 * I;
    const c0 = c[k0];
    const c1 = c[k1];
    const c2 = c[k2];
    const c3 = c[k3];
    for (let i = 0; i < I; i++) {
      const f0 = phi[b0 + i];
      const f1 = phi[b1 + i];
      const f2 = phi[b2 + i];
      const f3 = phi[b3 + i];
      a[i] += f0 + f1 + (f2 + f3);
      g[i] += f0 * c0 + f1 * c1 + (f2 * c2 + f3 * c3);
    }
  }
  for (; x < to; x++) {
    const k = colIndex[x];
    const b = k * I;
    const ck = c[k];
    for (let i = 0; i < I; i++) {
      a[i] += phi[b + i];
      g[i] += phi[b + i] * ck;
    }
  }
}
