/**
 * Co-occurrence by popcount (WebAssembly) against the slow obvious version,
 * co-occurrence.ts's pair loop over each region's ones: equal integers, no
 * tolerance.
 */
import { describe, expect, it } from 'vitest';
import { coOccurrence } from '../../src/analytics/complexity/co-occurrence.ts';
import {
  coOccurrencePopcount,
  prefersPopcount,
} from '../../src/analytics/complexity/co-occurrence-popcount.ts';
import { presenceFromBinary } from '../../src/analytics/complexity/presence-matrix.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';

function presence(R: number, I: number, share: number, seed: number) {
  const rand = seededRandom(seed);
  const values = new Float64Array(R * I);
  for (let k = 0; k < values.length; k++) values[k] = rand() < share ? 1 : 0;
  const names = (n: number, p: string) => Array.from({ length: n }, (_, k) => `${p}${k}`);
  return presenceFromBinary(names(R, 'r'), names(I, 'i'), values).presence;
}

describe('coOccurrencePopcount equals coOccurrence', () => {
  for (const [R, I, share, seed] of [
    [1, 1, 1, 1],
    [63, 7, 0.5, 2],
    [64, 9, 0.3, 3],
    [65, 40, 0.2, 4],
    [300, 140, 0.17, 5],
    [1000, 3, 0.9, 6],
  ] as const)
    it(`${R} regions × ${I} industries, a share ${share} of ones`, () => {
      const p = presence(R, I, share, seed);
      expect(Array.from(coOccurrencePopcount(p))).toEqual(Array.from(coOccurrence(p)));
    });
  it('a smaller matrix after a larger one (the module memory is reused)', () => {
    const big = presence(500, 200, 0.3, 7);
    const small = presence(70, 5, 0.4, 8);
    expect(Array.from(coOccurrencePopcount(big))).toEqual(Array.from(coOccurrence(big)));
    expect(Array.from(coOccurrencePopcount(small))).toEqual(Array.from(coOccurrence(small)));
  });
});

describe('prefersPopcount', () => {
  it('takes the popcount for a dense M and the pair loop for a very sparse one', () => {
    expect(prefersPopcount(presence(3000, 300, 1 / 6, 9))).toBe(true);
    expect(prefersPopcount(presence(3000, 300, 0.003, 10))).toBe(false);
  });
});
