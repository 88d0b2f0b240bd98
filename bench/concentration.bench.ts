/**
 * Concentration metrics on a seeded synthetic 3,000 × 1,400 matrix with 30%
 * non-zero cells (goal: LQ < 50 ms, the whole suite < 1 s on one core).
 * Baselines are the obvious versions in
 * src/analytics/concentration/reference/naive-metrics.ts over number[][].
 * Pair metrics (O(R²) output, 4.5 M pairs) are timed at full size and, for
 * the ratio, both versions on the first 400 regions.
 */
import type { BenchFile } from './run.ts';
import * as naive from '../src/analytics/concentration/reference/naive-metrics.ts';
import { concentrationRatio } from '../src/analytics/concentration/concentration-ratio.ts';
import { entropyRegion } from '../src/analytics/concentration/entropy-region.ts';
import { giniIndustry } from '../src/analytics/concentration/gini-industry.ts';
import { hachmanIndex } from '../src/analytics/concentration/hachman-index.ts';
import { hhiIndustry } from '../src/analytics/concentration/hhi-industry.ts';
import { hhiRegion } from '../src/analytics/concentration/hhi-region.ts';
import { hooverLocalisation } from '../src/analytics/concentration/hoover-localisation.ts';
import { krugmanDissimilarity } from '../src/analytics/concentration/krugman-dissimilarity.ts';
import { krugmanSpecialisation } from '../src/analytics/concentration/krugman-specialisation.ts';
import { locationQuotient } from '../src/analytics/concentration/location-quotient.ts';
import { locationalGini } from '../src/analytics/concentration/locational-gini.ts';
import { MatrixContext } from '../src/analytics/concentration/matrix-context.ts';
import { starRatingECO } from '../src/analytics/concentration/star-rating-eco.ts';
import { strongClustersUSCMP } from '../src/analytics/concentration/strong-clusters-uscmp.ts';
import { structureSimilarity } from '../src/analytics/concentration/structure-similarity.ts';
import { theilRegion } from '../src/analytics/concentration/theil-region.ts';
import { dropEmpty } from '../src/analytics/matrix/drop-empty.ts';
import {
  regionIndustryMatrix,
  type RegionIndustryMatrix,
} from '../src/analytics/matrix/region-industry-matrix.ts';

const R = 3000;
const I = 1400;
const SUB = 400;

/** mulberry32: small, seeded, good enough for test data. */
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

function synthetic(rows: number, cols: number, seed: number): RegionIndustryMatrix {
  const rand = rng(seed);
  const v = new Float64Array(rows * cols);
  // Skewed sizes (log-uniform 1 … 10⁴), 30% of cells non-zero.
  for (let k = 0; k < v.length; k++)
    if (rand() < 0.3) v[k] = Math.round(Math.exp(rand() * 9.2)) + 1;
  const regions = Array.from({ length: rows }, (_, r) => `r${r}`);
  const industries = Array.from({ length: cols }, (_, i) => `i${i}`);
  return dropEmpty(regionIndustryMatrix(regions, industries, v)).matrix;
}

function slice(m: RegionIndustryMatrix, rows: number): RegionIndustryMatrix {
  return regionIndustryMatrix(
    m.regions.slice(0, rows),
    m.industries,
    m.values.slice(0, rows * m.cols),
  );
}

const toArrays = (m: RegionIndustryMatrix) =>
  Array.from({ length: m.rows }, (_, r) =>
    Array.from(m.values.subarray(r * m.cols, (r + 1) * m.cols)),
  );

let m: RegionIndustryMatrix;
let x: number[][];
let ms: RegionIndustryMatrix;
let xs: number[][];

const bench: BenchFile = {
  title: `${R} × ${I}, 30% non-zero, seed 42`,
  setup() {
    m = synthetic(R, I, 42);
    x = toArrays(m);
    ms = slice(m, SUB);
    xs = toArrays(ms);
  },
  benchmarks: [
    {
      name: 'lq',
      inSuite: true,
      fast: () => locationQuotient(m),
      baseline: () => naive.naiveLocationQuotient(x),
    },
    {
      name: 'hhi_region',
      inSuite: true,
      fast: () => hhiRegion(m),
      baseline: () => naive.naiveHhiRegion(x),
    },
    {
      name: 'hhi_industry',
      inSuite: true,
      fast: () => hhiIndustry(m),
      baseline: () => naive.naiveHhiIndustry(x),
    },
    {
      name: 'crn (n = 4)',
      inSuite: true,
      fast: () => concentrationRatio(m, 4),
      baseline: () => naive.naiveConcentrationRatio(x, 4),
    },
    {
      name: 'gini_industry',
      inSuite: true,
      fast: () => giniIndustry(m),
      baseline: () => naive.naiveGiniIndustry(x),
    },
    {
      name: 'locational_gini',
      inSuite: true,
      fast: () => locationalGini(m),
      baseline: () => naive.naiveLocationalGini(x),
    },
    {
      name: 'hoover',
      inSuite: true,
      fast: () => hooverLocalisation(m),
      baseline: () => naive.naiveHoover(x),
    },
    {
      name: 'krugman',
      inSuite: true,
      fast: () => krugmanSpecialisation(m),
      baseline: () => naive.naiveKrugman(x),
    },
    {
      name: 'theil',
      inSuite: true,
      fast: () => theilRegion(m),
      baseline: () => naive.naiveTheil(x),
    },
    {
      name: 'entropy',
      inSuite: true,
      fast: () => entropyRegion(m),
      baseline: () => naive.naiveEntropy(x),
    },
    {
      name: 'hachman',
      inSuite: true,
      fast: () => hachmanIndex(m),
      baseline: () => naive.naiveHachman(x),
    },
    { name: 'strong_cluster (USCMP)', inSuite: true, fast: () => strongClustersUSCMP(m) },
    { name: 'star_rating (ECO)', inSuite: true, fast: () => starRatingECO(m) },
    {
      // The same metrics as the marked cases, sharing margins, CSC, sorted columns and LQ.
      name: 'suite, one shared MatrixContext',
      runs: 3,
      fast: () => {
        const ctx = new MatrixContext(m);
        ctx.lq(locationQuotient);
        hhiRegion(m);
        hhiIndustry(m);
        concentrationRatio(m, 4);
        giniIndustry(m, ctx);
        locationalGini(m, ctx);
        hooverLocalisation(m, ctx);
        krugmanSpecialisation(m, ctx);
        theilRegion(m);
        entropyRegion(m);
        hachmanIndex(m, ctx);
        strongClustersUSCMP(m, { context: ctx });
        starRatingECO(m, { context: ctx });
      },
    },
    {
      name: `similarity, ${SUB} regions`,
      fast: () => structureSimilarity(ms),
      baseline: () => naive.naiveStructureSimilarity(xs),
    },
    {
      name: `krugman_dissimilarity, ${SUB} regions`,
      fast: () => krugmanDissimilarity(ms),
      baseline: () => naive.naiveKrugmanDissimilarity(xs),
    },
    {
      name: `similarity, all ${R} regions (4.5 M pairs)`,
      runs: 1,
      fast: () => structureSimilarity(m),
    },
    {
      name: `krugman_dissimilarity, all ${R} regions`,
      runs: 1,
      fast: () => krugmanDissimilarity(m),
    },
  ],
};

export default bench;
