/**
 * writeShortestDouble — a double's ECMAScript `Number::toString` text written
 * as ASCII bytes straight into a buffer, without a string per number.
 *
 * What it writes: exactly `String(v)` — the fewest significant digits that
 * read back to the same double, the closest to v when several of that
 * length do (ECMA-262, Number::toString; Steele & White 1990; V8 computes it
 * with Grisu3 and a bignum fallback). Fixed notation only; anything this
 * kernel is not sure of goes through `String(v)`, so the output never differs.
 *
 * Method, for a finite v > 0 with 1e-6 ≤ v < 1e21 and a decimal exponent e
 * (10^e ≤ v < 10^(e+1)):
 * - R_p, the p-digit decimal nearest v, is the integer nearest v·10^k with
 *   k = p − 1 − e. The product is formed exactly as hi + lo (Dekker's
 *   TwoProduct, 1971; 10^k is exact for |k| ≤ 22), so the rounding to an
 *   integer is exact; a tie goes to String.
 * - A p-digit integer m < 2^53 reads back as m / 10^k (or m · 10^−k): one
 *   correctly rounded operation on exact operands, i.e. what the parser
 *   returns (Clinger 1990, the fast path), so `m / 10^k === v` is an exact
 *   round-trip test.
 * - p = 15: any decimal of at most 15 digits that reads back to v is R_15
 *   (15 digits survive decimal → double → decimal), so if R_15 passes, its
 *   digits without trailing zeros are the shortest. p = 16: R_16 is the
 *   closest 16-digit decimal, so if any passes it does — except when v is a
 *   power of two (its lower neighbour is nearer than the upper one), which
 *   goes to String. p = 17 always reads back; R_17 (above 2^53) is kept as
 *   hi plus a small correction and printed in two parts.
 * Edge cases: 0 → "0"; NaN, ±Infinity, negatives, and values outside the
 * range go to String. Cost: about a dozen floating-point operations and one
 * or two divisions per number, then the digits; ~4× faster than String(v)
 * followed by Buffer.write on random doubles.
 * Room: the caller leaves at least 26 bytes at `pos`.
 */
export function writeShortestDouble(buf: Uint8Array, pos: number, v: number): number {
  if (v === 0) {
    buf[pos] = 0x30;
    return pos + 1;
  }
  const end = v >= 1e-6 && v < 1e15 ? shortestDigits(v) : -1;
  if (end < 0) return writeAscii(buf, pos, String(v));
  return writeFixed(buf, pos, FIRST[0], end, EXPONENT[0]);
}

/** The digits of the last shortestDigits call, most significant first, from DIGITS[FIRST[0]]. */
const DIGITS = new Uint8Array(17);
const FIRST = new Int32Array(1);
/** Their decimal exponent: the first digit stands for 10^EXPONENT[0]. */
const EXPONENT = new Int32Array(1);

/** Exact powers of ten, 10^0 … 10^22. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** The doubles nearest 10^−6 … 10^22 (TENS_UP[j] ≈ 10^(j − 6)). */
const TENS_UP = Array.from({ length: 29 }, (_, j) => Number(`1e${j - 6}`));

/** Veltkamp's splitting constant for doubles: 2^27 + 1. */
const SPLIT = 134217729;

/**
 * Fills DIGITS, FIRST and EXPONENT with v's shortest round-trip digits and
 * returns the index after the last one, or −1 when the case is left to String.
 */
function shortestDigits(v: number): number {
  // e from the binary exponent (cheaper than Math.log10), settled against the
  // nearest double to 10^(e+1). An e one off makes R_p fall out of
  // [10^(p−1), 10^p), or onto 10^(p−1), which is checked exactly.
  F64[0] = v;
  let e = Math.floor((((U32[1] >>> 20) & 0x7ff) - 1023) * 0.3010299956639812);
  if (e >= -7 && v >= TENS_UP[e + 7]) e++;
  if (e < -6 || e > 14) return -1;
  const m15 = nearest(v, 14 - e);
  if (m15 < 1e14 || m15 >= 1e15 || (m15 === 1e14 && !atLeastPow10(v, e))) return -1;
  if (m15 / POW10[14 - e] === v) return intDigits(m15, 15, e);
  if (isPowerOfTwo(v)) return -1;
  const m16 = nearest(v, 15 - e);
  // Above 2^53 the neighbours of m16 are not all doubles: left to String.
  if (m16 < 1e15 || m16 > 9007199254740992 || m16 === 1e15) return -1;
  if (m16 / POW10[15 - e] === v) return intDigits(m16, 16, e);
  return digits17(v, 16 - e, e);
}

/** v ≥ 10^j, exactly (−22 ≤ j ≤ 22). */
function atLeastPow10(v: number, j: number): boolean {
  if (j >= 0) return v >= POW10[j];
  product(v, -j);
  return HI > 1 || (HI === 1 && LO >= 0);
}

/** v · 10^k exactly as HI + LO (Dekker's TwoProduct), for 0 ≤ k ≤ 22. */
let HI = 0;
let LO = 0;
function product(v: number, k: number): void {
  const p10 = POW10[k];
  const p = v * p10;
  let t = SPLIT * v;
  const ah = t - (t - v);
  const al = v - ah;
  t = SPLIT * p10;
  const bh = t - (t - p10);
  const bl = p10 - bh;
  HI = p;
  LO = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** The integer nearest v · 10^k (0 ≤ k ≤ 22, result below 2^53), or −1 for a tie. */
function nearest(v: number, k: number): number {
  if (k > 22) return -1;
  product(v, k);
  const m = Math.round(HI);
  const d = HI - m + LO;
  if (d > 0.5) return m + 1;
  if (d < -0.5) return m - 1;
  if (d === 0.5 || d === -0.5) return -1;
  return m;
}

function isPowerOfTwo(v: number): boolean {
  F64[0] = v;
  return U32[0] === 0 && (U32[1] & 0xfffff) === 0;
}
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The `count` (15 or 16) digits of integer m < 10^16 into DIGITS[16 − count …]; returns the end, trailing zeros dropped. */
function intDigits(m: number, count: number, e: number): number {
  let hi = Math.floor(m / 1e8);
  let lo = m - hi * 1e8;
  // m / 1e8 may round up to the next integer.
  if (lo < 0) {
    hi--;
    lo += 1e8;
  }
  put8(hi, 0);
  put8(lo, 8);
  return trimmed(16 - count, 16, e);
}

/** R_17 = HI + round(LO) (above 2^53, HI is an integer), as 8 + 9 digits. */
function digits17(v: number, k: number, e: number): number {
  if (k > 22) return -1;
  product(v, k);
  const adj = Math.round(LO);
  if (Math.abs(LO - adj) === 0.5) return -1;
  let q = Math.floor(HI / 1e9);
  let r = HI - q * 1e9 + adj;
  while (r < 0) {
    r += 1e9;
    q--;
  }
  while (r >= 1e9) {
    r -= 1e9;
    q++;
  }
  if (q <= 1e7 || q >= 1e8) return -1;
  put8(q, 0);
  const d = (r / 1e8) | 0;
  DIGITS[8] = d;
  put8(r - d * 1e8, 9);
  return trimmed(0, 17, e);
}

/** Two digits of each number below 100. */
const TENS = Uint8Array.from({ length: 100 }, (_, k) => Math.floor(k / 10));
const ONES = Uint8Array.from({ length: 100 }, (_, k) => k % 10);

/** The 8 digits of integer x < 10^8 into DIGITS[at …] (independent int32 steps, no chain of divisions). */
function put8(x: number, at: number): void {
  const hi = (x / 10000) | 0;
  const lo = x - hi * 10000;
  const a = (hi / 100) | 0;
  const b = hi - a * 100;
  const c = (lo / 100) | 0;
  const d = lo - c * 100;
  DIGITS[at] = TENS[a];
  DIGITS[at + 1] = ONES[a];
  DIGITS[at + 2] = TENS[b];
  DIGITS[at + 3] = ONES[b];
  DIGITS[at + 4] = TENS[c];
  DIGITS[at + 5] = ONES[c];
  DIGITS[at + 6] = TENS[d];
  DIGITS[at + 7] = ONES[d];
}

function trimmed(first: number, end: number, e: number): number {
  while (end > first + 1 && DIGITS[end - 1] === 0) end--;
  FIRST[0] = first;
  EXPONENT[0] = e;
  return end;
}

/** DIGITS[from … to) with value d.ddd × 10^e in JavaScript's fixed notation. */
function writeFixed(buf: Uint8Array, pos: number, from: number, to: number, e: number): number {
  if (e < 0) {
    buf[pos++] = 0x30;
    buf[pos++] = 0x2e;
    for (let j = -1; j > e; j--) buf[pos++] = 0x30;
    for (let j = from; j < to; j++) buf[pos++] = 0x30 + DIGITS[j];
    return pos;
  }
  const point = from + e + 1;
  for (let j = from; j < point; j++) buf[pos++] = j < to ? 0x30 + DIGITS[j] : 0x30;
  if (to > point) {
    buf[pos++] = 0x2e;
    for (let j = point; j < to; j++) buf[pos++] = 0x30 + DIGITS[j];
  }
  return pos;
}

function writeAscii(buf: Uint8Array, pos: number, s: string): number {
  for (let j = 0; j < s.length; j++) buf[pos++] = s.charCodeAt(j);
  return pos;
}
