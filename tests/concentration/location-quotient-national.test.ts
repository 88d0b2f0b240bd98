/**
 * The location quotient against a national reference structure, on small
 * hand-made matrices: every expected value is the fraction worked out in the
 * comment beside it. Tolerance 1e-12 relative.
 */
import { describe, expect, it } from 'vitest';
import { locationQuotient } from '../../src/analytics/concentration/location-quotient.ts';
import { locationQuotientNational } from '../../src/analytics/concentration/location-quotient-national.ts';
import { regionIndustryMatrix } from '../../src/analytics/matrix/region-industry-matrix.ts';
import { getMetric } from '../../src/services/metrics/metric-registry.ts';
import { nationalEmploymentReference } from '../../src/services/metrics/national-reference.ts';

const close = (got: ArrayLike<number>, want: number[]) => {
  expect(got.length).toBe(want.length);
  want.forEach((w, k) => {
    if (Number.isNaN(w)) expect(got[k], `cell ${k}`).toBeNaN();
    else expect(got[k], `cell ${k}`).toBeCloseTo(w, 12);
  });
};

// A: 10, 30, 60 (X_A = 100); B: 0, 5, 0 (X_B = 5)
const m = regionIndustryMatrix(
  ['A', 'B'],
  ['13', '35', '39'],
  Float64Array.from([10, 30, 60, 0, 5, 0]),
);

describe('locationQuotientNational (x_ri/X_r)/(E_i/E)', () => {
  it('compares each row with the national shares', () => {
    // E = 20 + 30 + 50 = 100: national shares .2, .3, .5
    // A: .1/.2 = 0.5, .3/.3 = 1, .6/.5 = 1.2;  B: 0, (5/5)/.3 = 10/3, 0
    close(locationQuotientNational(m, Float64Array.from([20, 30, 50])), [
      0.5,
      1,
      1.2,
      0,
      10 / 3,
      0,
    ]);
  });

  it('uses each row alone: a one-region matrix gives the same row', () => {
    const one = regionIndustryMatrix(['A'], m.industries, m.values.slice(0, 3));
    close(locationQuotientNational(one, Float64Array.from([20, 30, 50])), [0.5, 1, 1.2]);
    // whereas the within-matrix lq of one region is 1 everywhere it is non-zero
    close(locationQuotient(one), [1, 1, 1]);
  });

  it('takes both shares over the industries with a reference value; NaN where none', () => {
    // K = {13, 39}: E = 70, X_A = 70 → 13: (10/70)/(20/70) = 0.5, 39: (60/70)/(50/70) = 1.2
    // B has nothing in K: X_B = 0 → 0
    close(locationQuotientNational(m, Float64Array.from([20, NaN, 50])), [
      0.5,
      NaN,
      1.2,
      0,
      NaN,
      0,
    ]);
  });

  it('does not inflate a manufacturing-only row by the weight of the whole economy', () => {
    // Two divisions of a region's file against a nation of 1000 of which these are 100:
    // shares over K are 40/100 and 60/100, not 40/1000 and 60/1000.
    const r = regionIndustryMatrix(['R'], ['35', '39'], Float64Array.from([3, 1]));
    // R: .75 / .4 = 1.875, .25 / .6 = 5/12
    close(locationQuotientNational(r, Float64Array.from([40, 60])), [1.875, 5 / 12]);
  });

  it('is undefined where the nation has none but the region has some; 0 where both have none', () => {
    // E_13 = 0: A has 10 → NaN, B has 0 → 0; E = 80 → A 35: .3/(30/80) = 0.8, 39: .6/(50/80) = 0.96
    close(locationQuotientNational(m, Float64Array.from([0, 30, 50])), [
      NaN,
      0.8,
      0.96,
      0,
      8 / 3,
      0,
    ]);
  });

  it('equals the ordinary lq when the reference is the matrix’s own column sums', () => {
    const cols = Float64Array.from([10, 35, 60]);
    close(locationQuotientNational(m, cols), [...locationQuotient(m)]);
  });

  it('is all NaN with no reference value > 0, and refuses a reference of the wrong size or sign', () => {
    close(locationQuotientNational(m, Float64Array.from([NaN, NaN, 0])), [
      NaN,
      NaN,
      NaN,
      NaN,
      NaN,
      NaN,
    ]);
    expect(() => locationQuotientNational(m, Float64Array.from([1, 2]))).toThrow(/3 industries/);
    expect(() => locationQuotientNational(m, Float64Array.from([1, -2, 3]))).toThrow(/≥ 0/);
  });
});

describe('lq_national: against China’s employment by division', () => {
  // National employment 2018 (万人): 35 专用设备制造业 448 (C23), 39 电子设备 1,710 (C27).
  const r = regionIndustryMatrix(['430000'], ['35', '39'], Float64Array.from([30, 10]));

  it('reads the national series of the matrix’s year', () => {
    const ref = nationalEmploymentReference(['35', '39', 'C', '3511', 'label'], 2018);
    close(ref.values, [448, 1710, 10493, NaN, NaN]);
    expect(ref.unmatched).toEqual(['3511', 'label']);
    expect(ref.year).toBe(2018);
    expect(ref.warnings).toEqual([]);
  });

  it('computes the quotient over the two divisions, as by hand', () => {
    const out = getMetric('lq_national').compute(r, { year: 2018, measure: 'employees' });
    // K = {35, 39}: E = 2158; 35: (30/40)/(448/2158) = 0.75·2158/448; 39: 0.25·2158/1710
    expect(out.rows[0]).toMatchObject({ region: '430000', industry: '35' });
    expect(out.rows[0].value).toBeCloseTo((0.75 * 2158) / 448, 12);
    expect(out.rows[1].value).toBeCloseTo((0.25 * 2158) / 1710, 12);
    expect(out.warnings).toEqual([]);
  });

  it('uses the nearest year of 1990-2018 and says so; warns when the matrix is not employment', () => {
    // 2010: 35 598, 39 1,165
    const out = getMetric('lq_national').compute(r, { year: 2010, measure: 'employees' });
    expect(out.rows[0].value).toBeCloseTo((0.75 * (598 + 1165)) / 598, 12);
    const late = getMetric('lq_national').compute(r, { year: 2023, measure: 'count' });
    expect(late.rows[0].value).toBeCloseTo((0.75 * 2158) / 448, 12);
    expect(late.warnings.map((w) => w.code)).toEqual([
      'ATLAS_W_REFERENCE_YEAR',
      'ATLAS_W_REFERENCE_MEASURE',
    ]);
    expect(late.warnings[0].details).toMatchObject({ requestedYear: 2023, year: 2018 });
  });

  it('refuses a matrix with no section or division', () => {
    const classes = regionIndustryMatrix(['R'], ['3511'], Float64Array.from([1]));
    expect(() => getMetric('lq_national').compute(classes, {})).toThrow(/level 1 or 2/);
  });
});
