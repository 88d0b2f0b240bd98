/**
 * Edge cases of small_edge.csv: an empty region (E5_empty) and an empty
 * industry (J5_empty) are dropped with ATLAS_W_EMPTY_DROPPED; E3_single has
 * one industry; E6_proportional is proportional to the total (its shares
 * 36:22:24:22 of 104 equal the column totals 54:33:36:33 of 156).
 * Tolerance: 1e-9 relative; exact zeros asserted as zeros.
 */
import { describe, expect, it } from 'vitest';
import { entropyRegion } from '../../src/analytics/concentration/entropy-region.ts';
import { hachmanIndex } from '../../src/analytics/concentration/hachman-index.ts';
import { hhiRegion } from '../../src/analytics/concentration/hhi-region.ts';
import { krugmanDissimilarity } from '../../src/analytics/concentration/krugman-dissimilarity.ts';
import { krugmanSpecialisation } from '../../src/analytics/concentration/krugman-specialisation.ts';
import { locationQuotient } from '../../src/analytics/concentration/location-quotient.ts';
import { locationalGini } from '../../src/analytics/concentration/locational-gini.ts';
import { giniIndustry } from '../../src/analytics/concentration/gini-industry.ts';
import { structureSimilarity } from '../../src/analytics/concentration/structure-similarity.ts';
import { theilRegion } from '../../src/analytics/concentration/theil-region.ts';
import { pairIndex } from '../../src/analytics/matrix/upper-triangle.ts';
import { expectClose, loadMatrix } from './load.ts';

const { matrix: m, warnings } = loadMatrix('small_edge.csv');
const E3 = 2;
const E6 = 4;

describe('small_edge.csv', () => {
  it('drops the empty region and industry with one warning, never NaN rows', () => {
    expect(m.regions).toEqual(['E1', 'E2', 'E3_single', 'E4', 'E6_proportional']);
    expect(m.industries).toEqual(['J1', 'J2', 'J3', 'J4']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe('ATLAS_W_EMPTY_DROPPED');
    expect(warnings[0].details).toEqual({ regions: ['E5_empty'], industries: ['J5_empty'] });
    for (const v of locationQuotient(m)) expect(Number.isFinite(v)).toBe(true);
  });

  it('proportional region: LQ = 1 everywhere, Krugman 0, Hachman 1', () => {
    // 1 up to rounding: the kernel multiplies x·(1/X_r)·(X/X_i) (1e-9 relative).
    expectClose(locationQuotient(m).subarray(E6 * 4, E6 * 4 + 4), [1, 1, 1, 1]);
    expect(krugmanSpecialisation(m)[E6]).toBe(0);
    expectClose([hachmanIndex(m)[E6]], [1]);
  });

  it('one-industry region: HHI 1, normalised 1, entropy 0, Theil ln 4, LQ = X/X_J3', () => {
    expect(hhiRegion(m)[E3]).toBe(1);
    expect(hhiRegion(m, { normalized: true })[E3]).toBe(1);
    expect(entropyRegion(m)[E3]).toBe(0);
    expectClose([theilRegion(m)[E3]], [Math.log(4)]);
    expectClose([locationQuotient(m)[E3 * 4 + 2]], [156 / 36]);
    expectClose([krugmanSpecialisation(m)[E3]], [20 / 13]);
    expectClose([hachmanIndex(m)[E3]], [3 / 13]);
  });

  it('Lorenz metrics with zeros and the single-industry region', () => {
    expectClose(giniIndustry(m), [83 / 135, 104 / 165, 28 / 45, 34 / 55]);
    expectClose(locationalGini(m), [805 / 8424, 1541 / 10296, 1 / 6, 395 / 3432]);
  });

  it('pairs: no common industry → similarity 0, dissimilarity 2', () => {
    // E2 (1, 8, 2, 0) and E3_single (0, 0, 9, 0) share J3 only; E3 and E4 (5, 0, 1, 7) share J3.
    const k = pairIndex(5, 0, 2); // E1 (12, 3, 0, 4) × E3_single: nothing in common
    expect(structureSimilarity(m)[k]).toBe(0);
    expect(krugmanDissimilarity(m)[k]).toBe(2);
    const k23 = pairIndex(5, 1, 2);
    expectClose([structureSimilarity(m)[k23]], [2 / Math.sqrt(1 + 64 + 4)]);
    expectClose([krugmanDissimilarity(m)[k23]], [2 - 2 * (2 / 11)]);
  });
});
