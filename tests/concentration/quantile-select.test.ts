import { describe, expect, it } from 'vitest';
import { clusterColumnQuantiles } from '../../src/analytics/concentration/cluster-column-quantiles.ts';
import { naiveClusterColumnQuantiles } from '../../src/analytics/concentration/naive/naive-cluster-column-quantiles.ts';
import { quantileSelect } from '../../src/analytics/matrix/quantile-select.ts';
import { quantileSorted } from '../../src/analytics/matrix/quantile-sorted.ts';
import { regionIndustryMatrix } from '../../src/analytics/matrix/region-industry-matrix.ts';

/** mulberry32, seeded. */
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

// Selection finds the same order statistics as a sort: results equal exactly (no tolerance).
describe('quantile by selection', () => {
  it('equals the sorted type-7 quantile exactly, with ties, for every p', () => {
    const rand = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 60);
      const a = Float64Array.from(
        { length: n },
        () => Math.floor(rand() * 8) * (rand() < 0.5 ? 1 : 0.37),
      );
      for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
        const expected = quantileSorted(a.slice().sort(), p);
        expect(quantileSelect(a.slice(), p)).toBe(expected);
      }
    }
  });

  it('hand example: 1, 2, 3, 4 → Q25 = 1.75, Q75 = 3.25 (R quantile type 7)', () => {
    expect(quantileSelect(Float64Array.from([4, 1, 3, 2]), 0.25)).toBe(1.75);
    expect(quantileSelect(Float64Array.from([4, 1, 3, 2]), 0.75)).toBe(3.25);
    expect(quantileSelect(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('column quantiles (row-major gather + selection) equal the obvious version', () => {
    const rand = rng(11);
    const R = 37;
    const C = 23;
    const v = Float64Array.from({ length: R * C }, () =>
      rand() < 0.4 ? Math.ceil(rand() * 50) : 0,
    );
    const m = regionIndustryMatrix(
      Array.from({ length: R }, (_, r) => `r${r}`),
      Array.from({ length: C }, (_, i) => `i${i}`),
      v,
    );
    const score = Float64Array.from(v, (x) => x * rand());
    for (const p of [0.1, 0.25, 0.75, 0.9])
      expect([...clusterColumnQuantiles(m, score, p)]).toEqual([
        ...naiveClusterColumnQuantiles(m, score, p),
      ]);
  });
});
