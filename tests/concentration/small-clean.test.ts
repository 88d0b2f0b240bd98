/**
 * Hand-computed values on small_clean.csv (6 regions × 5 industries).
 * Margins: X_r = R1 200, R2 115, R3 103, R4 136, R5 60, R6 233; X_i (in the
 * file's order of first appearance I1, I2, I4, I5, I3) = 390, 150, 140, 57,
 * 110; X = 847. Each expected value is written as the fraction worked out in
 * tests/fixtures/concentration/README.md. Tolerance: 1e-9 relative.
 */
import { describe, expect, it } from 'vitest';
import { concentrationRatio } from '../../src/analytics/concentration/concentration-ratio.ts';
import { entropyRegion } from '../../src/analytics/concentration/entropy-region.ts';
import { giniIndustry } from '../../src/analytics/concentration/gini-industry.ts';
import { hachmanIndex } from '../../src/analytics/concentration/hachman-index.ts';
import { hhiIndustry } from '../../src/analytics/concentration/hhi-industry.ts';
import { hhiRegion } from '../../src/analytics/concentration/hhi-region.ts';
import { hooverLocalisation } from '../../src/analytics/concentration/hoover-localisation.ts';
import { krugmanSpecialisation } from '../../src/analytics/concentration/krugman-specialisation.ts';
import { locationQuotient } from '../../src/analytics/concentration/location-quotient.ts';
import { locationalGini } from '../../src/analytics/concentration/locational-gini.ts';
import { theilRegion } from '../../src/analytics/concentration/theil-region.ts';
import { expectClose, loadMatrix } from './load.ts';

const { matrix: m, warnings } = loadMatrix('small_clean.csv');

describe('small_clean.csv, hand-computed', () => {
  it('builds the matrix in order of first appearance, with nothing dropped', () => {
    expect(m.regions).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6']);
    expect(m.industries).toEqual(['I1', 'I2', 'I4', 'I5', 'I3']);
    expect(warnings).toEqual([]);
  });

  it('lq = x·X/(X_r·X_i)', () => {
    const lq = locationQuotient(m);
    // R1×I1 = 120·847/(200·390), R2×I2 = 80·847/(115·150), R5×I5 = 40·847/(60·57), R1×I3 = 0
    expectClose([lq[0], lq[6], lq[4 * 5 + 3], lq[4]], [847 / 650, 6776 / 1725, 1694 / 171, 0]);
  });

  it('hhi_region and its normalised form (n = 5)', () => {
    expectClose(hhiRegion(m), [
      347 / 800,
      285 / 529,
      4289 / 10609,
      4013 / 9248,
      17 / 36,
      40509 / 54289,
    ]);
    expectClose(hhiRegion(m, { normalized: true }).subarray(0, 1), [(347 / 800 - 0.2) / 0.8]);
  });

  it('hhi_industry: I1 = (120² + 10² + 55² + 5² + 200²)/390²', () => {
    expectClose(hhiIndustry(m).subarray(0, 1), [
      (120 ** 2 + 10 ** 2 + 55 ** 2 + 5 ** 2 + 200 ** 2) / 390 ** 2,
    ]);
  });

  it('krugman, hachman, theil, entropy of R5 (5, 5, 5, 40, 5 of 60)', () => {
    expectClose(krugmanSpecialisation(m).subarray(4, 5), [3046 / 2541]);
    expectClose(hachmanIndex(m).subarray(4, 5), [10670400 / 72068623]);
    const s = [1 / 12, 1 / 12, 1 / 12, 2 / 3, 1 / 12];
    expectClose(theilRegion(m).subarray(4, 5), [s.reduce((a, v) => a + v * Math.log(5 * v), 0)]);
    expectClose(entropyRegion(m).subarray(4, 5), [-s.reduce((a, v) => a + v * Math.log2(v), 0)]);
  });

  it('gini_industry, locational_gini, hoover, CR4 per industry', () => {
    expectClose(giniIndustry(m), [139 / 234, 8 / 15, 25 / 42, 223 / 342, 6 / 11]);
    expectClose(locationalGini(m), [
      391 / 2002,
      1879 / 7260,
      6763 / 23716,
      6210 / 16093,
      11791 / 37268,
    ]);
    expectClose(hooverLocalisation(m), [
      10217 / 33033,
      5051 / 12705,
      1511 / 3388,
      10455 / 16093,
      873 / 1694,
    ]);
    expectClose(concentrationRatio(m, 4), [77 / 78, 29 / 30, 1, 56 / 57, 21 / 22]);
    expectClose(concentrationRatio(m, 1), [200 / 390, 80 / 150, 70 / 140, 40 / 57, 60 / 110]);
  });
});
