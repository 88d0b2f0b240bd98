/**
 * Co-occurrence of industries by popcount: C_ij = Σ_r M_ri M_rj = popcount(b_i AND b_j),
 * b_i the bits of column i of M (one bit per region).
 *
 * Method    M is binary, so each industry's column is packed into ⌈R/64⌉ 64-bit words and
 *           every pair (i ≤ j) costs ⌈R/64⌉ word ANDs and popcounts: at 3,000 regions ×
 *           1,400 industries, 1,400²/2 pairs × 47 words ≈ 4.6·10⁷ word operations, against
 *           the Σ_r d_r²/2 ≈ 8·10⁷ scattered increments of co-occurrence.ts. The pair loop
 *           is a small hand-assembled WebAssembly function (JavaScript has no 64-bit
 *           popcount); its text is beside the bytes below. The upper triangle is written as
 *           32-bit counts, then mirrored into the Float64Array.
 * Equality  the same integers as coOccurrence (co-occurrence.ts, the slow obvious version),
 *           exactly: tests/complexity/co-occurrence-popcount.test.ts.
 * Edge cases R = 0 or I = 0 give zeros; counts are exact (at most R < 2³¹).
 * Cost      O(I²·R/64) time; memory I·R/8 bytes of bits + 4·I² bytes of counts in the
 *           module's memory (kept between calls, grown as needed), plus the 8·I² output.
 * References Hidalgo, Klinger, Barabási and Hausmann (2007) Science 317: 482-487;
 *           WebAssembly Core Specification 2.0 (W3C, 2022): i64.popcnt.
 */
import type { PresenceMatrix } from './presence-matrix.ts';

/**
 * (func (export "cooc") (param $bits i32) (param $cols i32) (param $words i32) (param $out i32)
 *   for i in [0, cols): for j in [i, cols):
 *     acc = Σ_w popcnt(load64(bits + (i·words + w)·8) & load64(bits + (j·words + w)·8))
 *     store32(out + (i·cols + j)·4, acc))
 * Locals: 4 i, 5 j, 6 w, 7 pa, 8 pb, 9 bytes per column, 10 acc (i64).
 */
const BODY = [
  [0x02, 0x06, 0x7f, 0x01, 0x7e], // locals: 6 × i32, 1 × i64
  [0x20, 0x02, 0x41, 0x03, 0x74, 0x21, 0x09], // colBytes = words << 3
  [0x41, 0x00, 0x21, 0x04], // i = 0
  [0x02, 0x40, 0x03, 0x40], // block, loop (over i)
  [0x20, 0x04, 0x20, 0x01, 0x4f, 0x0d, 0x01], // if i ≥ cols: leave
  [0x20, 0x04, 0x21, 0x05], // j = i
  [0x02, 0x40, 0x03, 0x40], // block, loop (over j)
  [0x20, 0x05, 0x20, 0x01, 0x4f, 0x0d, 0x01], // if j ≥ cols: leave
  [0x20, 0x00, 0x20, 0x04, 0x20, 0x09, 0x6c, 0x6a, 0x21, 0x07], // pa = bits + i·colBytes
  [0x20, 0x00, 0x20, 0x05, 0x20, 0x09, 0x6c, 0x6a, 0x21, 0x08], // pb = bits + j·colBytes
  [0x42, 0x00, 0x21, 0x0a], // acc = 0
  [0x20, 0x02, 0x21, 0x06], // w = words
  [0x02, 0x40, 0x03, 0x40], // block, loop (over words)
  [0x20, 0x06, 0x45, 0x0d, 0x01], // if w = 0: leave
  // acc += popcnt(load64(pa) & load64(pb))
  [0x20, 0x0a, 0x20, 0x07, 0x29, 0x03, 0x00, 0x20, 0x08, 0x29, 0x03, 0x00],
  [0x83, 0x7b, 0x7c, 0x21, 0x0a],
  [0x20, 0x07, 0x41, 0x08, 0x6a, 0x21, 0x07], // pa += 8
  [0x20, 0x08, 0x41, 0x08, 0x6a, 0x21, 0x08], // pb += 8
  [0x20, 0x06, 0x41, 0x01, 0x6b, 0x21, 0x06], // w -= 1
  [0x0c, 0x00, 0x0b, 0x0b], // again; end loop, end block
  // store32(out + (i·cols + j)·4, wrap(acc))
  [0x20, 0x03, 0x20, 0x04, 0x20, 0x01, 0x6c, 0x20, 0x05, 0x6a, 0x41, 0x02, 0x74, 0x6a],
  [0x20, 0x0a, 0xa7, 0x36, 0x02, 0x00],
  [0x20, 0x05, 0x41, 0x01, 0x6a, 0x21, 0x05], // j += 1
  [0x0c, 0x00, 0x0b, 0x0b], // again; end loop, end block
  [0x20, 0x04, 0x41, 0x01, 0x6a, 0x21, 0x04], // i += 1
  [0x0c, 0x00, 0x0b, 0x0b], // again; end loop, end block
  [0x0b], // end of function
].flat();

/** The module: one type (4 × i32 → nothing), one function, one memory; exports "cooc", "mem". */
function moduleBytes(): Uint8Array<ArrayBuffer> {
  const section = (id: number, bytes: number[]) => [id, ...leb(bytes.length), ...bytes];
  const name = (s: string) => [s.length, ...Array.from(s, (ch) => ch.charCodeAt(0))];
  const body = [...leb(BODY.length), ...BODY];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x01, 0x60, 0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x00]),
    ...section(3, [0x01, 0x00]),
    ...section(5, [0x01, 0x00, 0x01]),
    ...section(7, [0x02, ...name('cooc'), 0x00, 0x00, ...name('mem'), 0x02, 0x00]),
    ...section(10, [0x01, ...body]),
  ]);
}

/** Unsigned LEB128. */
function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

interface Kernel {
  cooc: (bits: number, cols: number, words: number, out: number) => void;
  mem: WebAssembly.Memory;
}
let kernel: Kernel | null = null;

function getKernel(): Kernel {
  kernel ??= new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()))
    .exports as unknown as Kernel;
  return kernel;
}

/**
 * True when the popcount is the cheaper way for this M: its I²/2·⌈R/64⌉ word
 * operations against the pair loop's Σ_r d_r²/2 scattered increments, which
 * cost about 5 times as much each (measured 2026-12-07 at 3,000 × 1,400, M
 * one in six: 34 ms against 311 ms of CPU). A very sparse M, with many
 * regions and few ones each, keeps the pair loop.
 */
export function prefersPopcount(p: PresenceMatrix): boolean {
  let pairs = 0;
  for (let r = 0; r < p.rows; r++) {
    const d = p.rowPtr[r + 1] - p.rowPtr[r];
    pairs += (d * (d + 1)) / 2;
  }
  return ((p.cols * (p.cols + 1)) / 2) * Math.ceil(p.rows / 64) < 4 * pairs;
}

export function coOccurrencePopcount(p: PresenceMatrix): Float64Array {
  const { rows: R, cols: I, rowPtr, colIndex } = p;
  const out = new Float64Array(I * I);
  if (R === 0 || I === 0) return out;
  const words = Math.ceil(R / 64);
  const bitBytes = I * words * 8;
  const k = getKernel();
  const need = bitBytes + I * I * 4;
  if (k.mem.buffer.byteLength < need)
    k.mem.grow(Math.ceil((need - k.mem.buffer.byteLength) / 65536));
  // Column i's bits at 32-bit words [i·2·words, (i+1)·2·words): region r is bit r mod 32 of word r/32.
  const bits = new Uint32Array(k.mem.buffer, 0, bitBytes / 4);
  bits.fill(0);
  for (let r = 0; r < R; r++) {
    const word = r >>> 5;
    const bit = 1 << (r & 31);
    for (let x = rowPtr[r]; x < rowPtr[r + 1]; x++) bits[colIndex[x] * 2 * words + word] |= bit;
  }
  k.cooc(0, I, words, bitBytes);
  const c = new Int32Array(k.mem.buffer, bitBytes, I * I);
  for (let i = 0; i < I; i++)
    for (let j = i; j < I; j++) {
      const v = c[i * I + j];
      out[i * I + j] = v;
      out[j * I + i] = v;
    }
  return out;
}
