import { describe, expect, it } from 'vitest';
import { matrixFromCodes } from '../../src/analytics/matrix/matrix-from-codes.ts';
import { matrixFromLong } from '../../src/analytics/matrix/matrix-from-long.ts';

/** mulberry32: seeded test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('matrixFromCodes equals its slow twin matrixFromLong', () => {
  it('on random long rows with duplicates, zeros and empty regions', () => {
    const rand = rng(11);
    const n = 5000;
    const rc = new Int32Array(n);
    const ic = new Int32Array(n);
    const v = new Float64Array(n);
    const regions = Array.from({ length: 60 }, (_, r) => `r${r}`);
    const industries = Array.from({ length: 40 }, (_, i) => `i${i}`);
    // Codes by first appearance, as the readers give them.
    const seenR: number[] = [];
    const seenI: number[] = [];
    for (let k = 0; k < n; k++) {
      const r = Math.floor(rand() * 60);
      const i = Math.floor(rand() * 40);
      if (!seenR.includes(r)) seenR.push(r);
      if (!seenI.includes(i)) seenI.push(i);
      rc[k] = seenR.indexOf(r);
      ic[k] = seenI.indexOf(i);
      v[k] = r % 7 === 0 ? 0 : rand() * 1000;
    }
    const R = seenR.map((r) => regions[r]);
    const I = seenI.map((i) => industries[i]);
    const fast = matrixFromCodes(R, I, rc, ic, v);
    const slow = matrixFromLong(
      Array.from(v, (value, k) => ({ region: R[rc[k]], industry: I[ic[k]], value })),
    );
    expect(fast.matrix.regions).toEqual(slow.matrix.regions);
    expect(fast.matrix.industries).toEqual(slow.matrix.industries);
    expect([...fast.matrix.values]).toEqual([...slow.matrix.values]);
    expect(fast.warnings).toEqual(slow.warnings);
    expect(fast.warnings.length).toBe(1);
  });
});
