/**
 * writeIntDigits — an int32 x ≥ 0 as the ASCII digits buf[pos, end),
 * right-aligned, two at a time from the right through a table of pairs;
 * leading zeros fill the room when x has fewer digits than end − pos.
 * Shared by write-fixed-digits.ts and write-whole-or-shortest.ts.
 * Edge cases: end = pos writes nothing; x must fit the room (not checked:
 * the callers size it). Cost: ⌈(end − pos)/2⌉ int32 divisions by 100, no allocation.
 */
export function writeIntDigits(buf: Uint8Array, pos: number, end: number, x: number): number {
  let q = end;
  while (q > pos + 1) {
    const t = (x / 100) | 0;
    const r = (x - t * 100) << 1;
    buf[--q] = PAIRS[r + 1];
    buf[--q] = PAIRS[r];
    x = t;
  }
  if (q > pos) buf[pos] = 0x30 + x;
  return end;
}

/** "00" … "99" as ASCII pairs. */
export const PAIRS = Uint8Array.from({ length: 200 }, (_, j) =>
  j % 2 === 0 ? 0x30 + Math.floor(j / 20) : 0x30 + (((j - 1) / 2) % 10),
);
