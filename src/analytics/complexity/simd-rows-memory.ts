/**
 * The linear memory and instance of the row-sums SIMD module (simd-row-sums.ts),
 * laid out for one φ and up to `maxRows` entries; shared by simd-row-sums.ts and
 * simd-column-blocks.ts, which differ only in how φ is placed.
 *
 * Layout    φ (phiBytes), then a and g (sumBytes each), then each entry's row
 *           byte offset (i32, padded to 16 bytes) and its weight c_k (f64).
 * Edge cases at least the one page the module imports (an empty matrix needs none).
 * Cost      O(1) besides the memory, which WebAssembly zero-fills.
 * References WebAssembly Core Specification 2.0 (2022), W3C.
 */
/** The module's `rows(idx, cs, cnt, a, g, bytes, base)`, described in simd-row-sums.ts. */
export type RowsFn = (
  idx: number,
  cs: number,
  cnt: number,
  a: number,
  g: number,
  bytes: number,
  base: number,
) => void;

export interface SimdRowsMemory {
  readonly buf: ArrayBuffer;
  readonly rowsFn: RowsFn;
  /** Byte offsets of a, g, the entries' row offsets and their weights. */
  readonly aOff: number;
  readonly gOff: number;
  readonly idxOff: number;
  readonly csOff: number;
}

/** A fresh instance of `mod` (wasmModule()) with room for φ, a, g and `maxRows` entries. */
export function simdRowsMemory(
  mod: WebAssembly.Module,
  phiBytes: number,
  sumBytes: number,
  maxRows: number,
): SimdRowsMemory {
  const aOff = phiBytes;
  const gOff = aOff + sumBytes;
  const idxOff = gOff + sumBytes;
  const csOff = idxOff + ((maxRows * 4 + 15) & ~15);
  const total = csOff + maxRows * 8;
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(total / 65536)) });
  const inst = new WebAssembly.Instance(mod, { env: { mem: memory } });
  const rowsFn = inst.exports.rows as RowsFn;
  return { buf: memory.buffer, rowsFn, aOff, gOff, idxOff, csOff };
}
