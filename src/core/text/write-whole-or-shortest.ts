import { writeIntDigits } from './write-int-digits.ts';
import { writeShortestDouble } from './write-shortest-double.ts';

/** 10^0 … 10^9. */
const POW10 = Array.from({ length: 10 }, (_, j) => 10 ** j);

/**
 * A whole number 0 ≤ v < 2^31 in decimal (the input's counts, diversity,
 * ubiquity), else the shortest round-trip digits as String(v) has them
 * (write-shortest-double.ts); NaN writes nothing. Why: the shortest-digits
 * search costs about 8× a whole number's digits, and counts are most of a
 * long table's input values. Room: 26 bytes at `pos`.
 */
export function writeWholeOrShortest(buf: Uint8Array, pos: number, v: number): number {
  ONE[0] = v;
  return writeWholeOrShortestAt(buf, pos, ONE, 0);
}

const ONE = new Float64Array(1);

/** writeWholeOrShortest of src[k], read here: a double passed to a call is boxed. */
export function writeWholeOrShortestAt(
  buf: Uint8Array,
  pos: number,
  src: Float64Array,
  k: number,
): number {
  const v = src[k];
  if (v !== v) return pos;
  const x = v | 0;
  if (x !== v || x < 0) return writeShortestDouble(buf, pos, v);
  let len = 1;
  while (len < 10 && x >= POW10[len]) len++;
  return writeIntDigits(buf, pos, pos + len, x);
}
