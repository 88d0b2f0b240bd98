/**
 * The row sums of density and COG (simd-row-sums.ts) by blocks of columns,
 * so that the part of φ a block reads stays in the L2 cache.
 *
 * Formula   for a block b of W columns and a region r with rows k_x (x in
 *           rowPtr[r]..rowPtr[r+1]): a = Σ_x φ[k_x, bW..bW+W), g = Σ_x c_{k_x} φ[k_x, bW..bW+W).
 * Why       region by region over whole rows, each region reads d_r rows of
 *           8·I bytes (≈ 4.7 MB at 3,000 × 1,400 with d_r ≈ 420): φ (15.7 MB)
 *           never stays in the 1 MB L2 cache and the SIMD loop waits on memory.
 *           A block of W = 64 columns of every row is I · 512 bytes (0.7 MB at
 *           I = 1,400): every region's sums for that block then read from L2.
 * Layout    one linear memory: φ block-major (block b: I rows of W doubles,
 *           the last block padded with zeros), then a, g (W each), then the
 *           byte offset of every entry's row within a block (i32) and its
 *           weight c_k (f64), written once for all regions.
 * Convention each column's sum adds the same rows in the same order as
 *           simd-row-sums.ts, so the results are bit for bit the same.
 * Cost      O(Σ_r d_r · I / 2) SIMD operations as before, in ⌈I/W⌉ · R calls.
 * References WebAssembly Core Specification 2.0 (2022), W3C; Lam, Rothberg and
 *           Wolf (1991), The cache performance and optimizations of blocked
 *           algorithms, ASPLOS IV.
 */
import { wasmModule } from './simd-row-sums.ts';
import { simdRowsMemory } from './simd-rows-memory.ts';

/** Columns per block: I · W · 8 bytes of φ per block (0.7 MB at I = 1,400). */
export const BLOCK_COLUMNS = 64;

export interface SimdColumnBlocks {
  /** Number of blocks of BLOCK_COLUMNS columns. */
  readonly blocks: number;
  /** a and g over block `b` of the rows of entries [from, to). */
  run(b: number, from: number, to: number): void;
  /** The sums of the last run, BLOCK_COLUMNS long (views into the module's memory). */
  readonly a: Float64Array;
  readonly g: Float64Array;
}

/**
 * φ (n × n, row-major) laid out by column blocks in a SIMD module's memory,
 * with every entry's row offset and weight c[rows[x]]; null when WebAssembly
 * SIMD is not available (the caller then loops in JavaScript).
 */
export function simdColumnBlocks(
  phi: Float64Array,
  n: number,
  rows: Int32Array,
  c: Float64Array,
): SimdColumnBlocks | null {
  const mod = wasmModule();
  if (!mod) return null;
  const W = BLOCK_COLUMNS;
  const blocks = Math.ceil(n / W);
  const rowBytes = W * 8;
  const blockBytes = n * rowBytes;
  const { buf, rowsFn, aOff, gOff, idxOff, csOff } = simdRowsMemory(
    mod,
    blocks * blockBytes,
    rowBytes,
    rows.length,
  );
  const blocked = new Float64Array(buf, 0, (blocks * blockBytes) / 8);
  for (let b = 0; b < blocks; b++) {
    const from = b * W;
    const width = Math.min(W, n - from);
    for (let k = 0; k < n; k++)
      blocked.set(phi.subarray(k * n + from, k * n + from + width), (b * n + k) * W);
  }
  const idx = new Int32Array(buf, idxOff, rows.length);
  const cs = new Float64Array(buf, csOff, rows.length);
  for (let x = 0; x < rows.length; x++) {
    idx[x] = rows[x] * rowBytes;
    cs[x] = c[rows[x]];
  }
  return {
    blocks,
    a: new Float64Array(buf, aOff, W),
    g: new Float64Array(buf, gOff, W),
    run(b, from, to) {
      rowsFn(idxOff + from * 4, csOff + from * 8, to - from, aOff, gOff, rowBytes, b * blockBytes);
    },
  };
}
