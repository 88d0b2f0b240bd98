import { describe, expect, it } from 'vitest';
import { giniIndustry } from '../../src/analytics/concentration/gini-industry.ts';
import { hachmanIndex } from '../../src/analytics/concentration/hachman-index.ts';
import { hooverLocalisation } from '../../src/analytics/concentration/hoover-localisation.ts';
import { krugmanSpecialisation } from '../../src/analytics/concentration/krugman-specialisation.ts';
import { locationQuotient } from '../../src/analytics/concentration/location-quotient.ts';
import { locationalGini } from '../../src/analytics/concentration/locational-gini.ts';
import { MatrixContext } from '../../src/analytics/concentration/matrix-context.ts';
import { starRatingECO } from '../../src/analytics/concentration/star-rating-eco.ts';
import { strongClustersUSCMP } from '../../src/analytics/concentration/strong-clusters-uscmp.ts';
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

// Sharing is an optimisation only: one context for all kernels gives the very same numbers.
describe('a shared MatrixContext', () => {
  it('leaves every kernel’s result unchanged, bit for bit, and the matrix untouched', () => {
    const rand = rng(3);
    const R = 41;
    const C = 29;
    const v = Float64Array.from({ length: R * C }, () =>
      rand() < 0.35 ? Math.round(Math.exp(rand() * 6)) : 0,
    );
    for (let r = 0; r < R; r++) v[r * C] += 1; // no empty region
    for (let i = 0; i < C; i++) v[i] += 1; // no empty industry
    const m = regionIndustryMatrix(
      Array.from({ length: R }, (_, r) => `r${r}`),
      Array.from({ length: C }, (_, i) => `i${i}`),
      v,
    );
    const before = v.slice();
    const ctx = new MatrixContext(m);
    const shared = [
      ctx.lq(locationQuotient),
      giniIndustry(m, ctx),
      locationalGini(m, ctx),
      hooverLocalisation(m, ctx),
      krugmanSpecialisation(m, ctx),
      hachmanIndex(m, ctx),
      strongClustersUSCMP(m, { context: ctx }),
      starRatingECO(m, { context: ctx }),
    ].map((a) => [...a]);
    const alone = [
      locationQuotient(m),
      giniIndustry(m),
      locationalGini(m),
      hooverLocalisation(m),
      krugmanSpecialisation(m),
      hachmanIndex(m),
      strongClustersUSCMP(m),
      starRatingECO(m),
    ].map((a) => [...a]);
    expect(shared).toEqual(alone);
    expect([...v]).toEqual([...before]);
    expect(shared[6].some((x) => x === 1)).toBe(true);
  });
});
