import { writeIntDigits } from './write-int-digits.ts';

/**
 * writeFixedDigits — a double rounded to p significant digits, written as
 * ASCII bytes straight into a buffer (no string per number), trailing zeros
 * dropped: what `String(Number(v.toPrecision(p)))` prints, for the range
 * below, at a fraction of its cost.
 *
 * Why: a suite of complexity measures writes millions of values that need
 * 15-17 digits for an exact round trip (core/text/write-shortest-double.ts);
 * the data behind them (counts, wages, RCA ≥ 1) carry far fewer, and the
 * shortest round trip needs a test per number. A fixed p needs none.
 *
 * Method, for 1e-6 ≤ |v| < 1e15 and p ≤ 15: e = ⌊log10 |v|⌋ (by comparison
 * with the doubles nearest the powers of ten), m = round(|v| · 10^(p−1−e)) — one correctly
 * rounded product or quotient by an exact power of ten, so m < 10^15 < 2^53
 * is an integer within 0.11 of the exact |v| · 10^k. When the exact value
 * lies within 0.11 of a tie, m may be the other neighbour.
 * Tolerance: the digits are within 0.61 · 10^(e+1−p) of v; read back,
 * within that plus the parse's half ulp (2^−53 |v|, felt only at p = 15); equal to
 * `Number(v.toPrecision(p))` except near such ties (tested).
 * Edge cases: 0 and −0 → "0"; NaN writes nothing (an empty CSV field);
 * ±Infinity and magnitudes outside the range go through
 * `Number(v.toPrecision(p))` and String (exponent notation as String has it).
 * Cost: a comparison or two, one multiply or divide, the digits two at a
 * time in int32 arithmetic straight into the buffer; no allocation. Room: the caller leaves at least 32 bytes at `pos`.
 * Reference: ECMA-262, Number.prototype.toPrecision and Number::toString.
 */
export function writeFixedDigits(buf: Uint8Array, pos: number, v: number, p: number): number {
  ONE[0] = v;
  return writeFixedDigitsAt(buf, pos, ONE, 0, p);
}

const ONE = new Float64Array(1);

/**
 * writeFixedDigits of src[k]. The value is read here, never passed: a double
 * handed to a call that is not inlined is boxed (a 16-byte heap number each),
 * which over millions of cells fills the young generation with garbage.
 */
export function writeFixedDigitsAt(
  buf: Uint8Array,
  pos: number,
  src: Float64Array,
  k: number,
  p: number,
): number {
  const v = src[k];
  if (v === 0) {
    buf[pos] = 0x30;
    return pos + 1;
  }
  if (v !== v) return pos;
  const a = v < 0 ? -v : v;
  if (!(a >= 1e-6 && a < 1e15) || p > 15 || p < 1)
    return writeAscii(buf, pos, String(Number(v.toPrecision(p))));
  // e = ⌊log10 a⌋ by comparisons: measures cluster near 10^0 and 10^−1, a step or two.
  let e = 0;
  if (a >= 1) while (TENS[e + 7] <= a) e++;
  else
    do e--;
    while (TENS[e + 6] > a);
  const scale = p - 1 - e;
  let m = Math.round(scale >= 0 ? a * POW10[scale] : a / POW10[-scale]);
  if (m >= POW10[p]) {
    m /= 10;
    e++;
  }
  // Two int32 halves of m (< 10^15), so no double crosses a call.
  const hi = Math.floor(m / 1e8);
  const lo = (m - hi * 1e8) | 0;
  if (v < 0) buf[pos++] = 0x2d;
  if (e < 0) {
    buf[pos++] = 0x30;
    buf[pos++] = 0x2e;
    for (let z = -1; z > e; z--) buf[pos++] = 0x30;
    return trimZeros(buf, putDigits(buf, pos, hi | 0, lo, p), pos);
  }
  if (e >= p - 1) {
    const end = putDigits(buf, pos, hi | 0, lo, p);
    for (let z = p - 1; z < e; z++) buf[end + z - p + 1] = 0x30;
    return end + e - p + 1;
  }
  // Digits one place right, the integer part moved back left, the point between.
  const end = putDigits(buf, pos + 1, hi | 0, lo, p);
  for (let j = 0; j <= e; j++) buf[pos + j] = buf[pos + j + 1];
  buf[pos + e + 1] = 0x2e;
  const trimmed = trimZeros(buf, end, pos + e + 2);
  return trimmed === pos + e + 2 ? trimmed - 1 : trimmed;
}

/** Exact powers of ten, 10^0 … 10^22. */
const POW10 = Array.from({ length: 23 }, (_, j) => Number(`1e${j}`));

/** The doubles nearest 10^−6 … 10^16 (TENS[j] ≈ 10^(j − 6)). */
const TENS = Array.from({ length: 23 }, (_, j) => Number(`1e${j - 6}`));

/**
 * Writes the p digits of the integer hi·10^8 + lo < 10^p at pos (most
 * significant first, leading zeros kept), two at a time from the right;
 * returns the end.
 */
function putDigits(buf: Uint8Array, pos: number, hi: number, lo: number, p: number): number {
  const end = pos + p;
  const mid = end - (p < 8 ? p : 8);
  writeIntDigits(buf, pos, mid, hi);
  return writeIntDigits(buf, mid, end, lo);
}

/** The end of buf[from, end) without its trailing zeros. */
function trimZeros(buf: Uint8Array, end: number, from: number): number {
  while (end > from && buf[end - 1] === 0x30) end--;
  return end;
}

function writeAscii(buf: Uint8Array, pos: number, s: string): number {
  for (let j = 0; j < s.length; j++) buf[pos++] = s.charCodeAt(j);
  return pos;
}
