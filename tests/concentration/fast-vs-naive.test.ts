/**
 * Every fast kernel against its slow, obvious version
 * (src/analytics/concentration/naive/naive-metrics.ts) on the seeded
 * synthetic 200 × 80 matrix (30% non-zero). Tolerance: 1e-9 relative;
 * the pair kernels also allow 1e-12 absolute (krugman-dissimilarity.ts
 * explains why values near 0 lose relative accuracy).
 */
import { describe, expect, it } from 'vitest';
import * as naive from '../../src/analytics/concentration/naive/naive-metrics.ts';
import { concentrationRatio } from '../../src/analytics/concentration/concentration-ratio.ts';
import { entropyRegion } from '../../src/analytics/concentration/entropy-region.ts';
import { giniIndustry } from '../../src/analytics/concentration/gini-industry.ts';
import { hachmanIndex } from '../../src/analytics/concentration/hachman-index.ts';
import { hhiIndustry } from '../../src/analytics/concentration/hhi-industry.ts';
import { hhiRegion } from '../../src/analytics/concentration/hhi-region.ts';
import { hooverLocalisation } from '../../src/analytics/concentration/hoover-localisation.ts';
import { krugmanDissimilarity } from '../../src/analytics/concentration/krugman-dissimilarity.ts';
import { krugmanSpecialisation } from '../../src/analytics/concentration/krugman-specialisation.ts';
import { locationQuotient } from '../../src/analytics/concentration/location-quotient.ts';
import { locationalGini } from '../../src/analytics/concentration/locational-gini.ts';
import { structureSimilarity } from '../../src/analytics/concentration/structure-similarity.ts';
import { theilRegion } from '../../src/analytics/concentration/theil-region.ts';
import { expectClose, loadMatrix } from './load.ts';

describe.each([
  'synth_200x80.csv',
  'small_clean.csv',
  'small_edge.csv',
  'reat_G_regions_industries_emp2015.csv',
  'reat_EU28_emp2016.csv',
])('fast = naive on %s', (file) => {
  const { matrix: m } = loadMatrix(file);
  const x = Array.from({ length: m.rows }, (_, r) =>
    Array.from(m.values.subarray(r * m.cols, (r + 1) * m.cols)),
  );

  it('has the shape of the file', () => {
    if (file === 'synth_200x80.csv') expect([m.rows, m.cols]).toEqual([200, 80]);
  });
  it('cell and unit metrics', () => {
    expectClose(locationQuotient(m), naive.naiveLocationQuotient(x).flat());
    expectClose(hhiRegion(m), naive.naiveHhiRegion(x));
    expectClose(hhiRegion(m, { normalized: true }), naive.naiveHhiRegion(x, true));
    expectClose(hhiIndustry(m), naive.naiveHhiIndustry(x));
    expectClose(hhiIndustry(m, { normalized: true }), naive.naiveHhiIndustry(x, true));
    expectClose(concentrationRatio(m, 4), naive.naiveConcentrationRatio(x, 4));
    expectClose(concentrationRatio(m, 8), naive.naiveConcentrationRatio(x, 8));
    expectClose(giniIndustry(m), naive.naiveGiniIndustry(x));
    expectClose(locationalGini(m), naive.naiveLocationalGini(x));
    expectClose(hooverLocalisation(m), naive.naiveHoover(x));
    expectClose(krugmanSpecialisation(m), naive.naiveKrugman(x), 1e-9, 1e-15);
    expectClose(theilRegion(m), naive.naiveTheil(x), 1e-9, 1e-15);
    expectClose(entropyRegion(m), naive.naiveEntropy(x));
    expectClose(hachmanIndex(m), naive.naiveHachman(x));
  });
  it('pair metrics', () => {
    expectClose(structureSimilarity(m), naive.naiveStructureSimilarity(x), 1e-9, 1e-12);
    expectClose(krugmanDissimilarity(m), naive.naiveKrugmanDissimilarity(x), 1e-9, 1e-12);
  });
});
