/**
 * Concentration metrics on a seeded synthetic 3,000 × 1,400 matrix with 30%
 * non-zero cells (goal: LQ < 50 ms, the whole suite < 1 s on one core).
 * Baselines are the obvious versions in
 * src/analytics/concentration/naive/naive-metrics.ts over number[][].
 * Pair metrics (O(R²) output, 4.5 M pairs) are timed at full size and, for
 * the ratio, both versions on the first 400 regions.
 * Peers (issue 23), same data, same run: numpy for LQ, HHI (both ways) and
 * Ellison-Glaeser, the latter on the matrix's 1.26 M non-zero cells taken as
 * firms (industry, region, value), with np.bincount for the sums. Each numpy
 * job is timed again after our case (the sides alternate on the shared
 * machine; minimum kept); the cost of a fresh 34 MB array on both sides is
 * measured too (fresh-pages.ts): most of LQ's gap.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchFile } from './run.ts';
import { freshArraysCpuMs, freshArraysPython, freshPagesReason } from './fresh-pages.ts';
import { peerCase, peerTime } from './peer-case.ts';
import { wallOnlyOr } from './wall-only.ts';
import { missingNote, peerDir, pythonModules, runPeerScript } from './peers.ts';
import { ellisonGlaeser } from '../src/analytics/concentration/ellison-glaeser.ts';
import type { FirmTable } from '../src/analytics/matrix/firm-table.ts';
import * as naive from '../src/analytics/concentration/naive/naive-metrics.ts';
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
let firms: FirmTable;
let peerTimes: Record<string, number> | string | undefined;
let numpyMissing: string | null = null;
let numpyLabel = 'numpy';
let peerArgs: string[] = [];
/** Our fresh 34 MB (one R × I output), CPU ms, measured in setup. */
let oursFresh = NaN;

const numpyPeer = peerCase(() => ({
  label: numpyLabel,
  times: peerTimes,
  missing: numpyMissing,
  again: (job) => runPeerScript(PEER_SCRIPT, [...peerArgs, job]),
}));
const pt = (k: string) => peerTime(peerTimes, k);
const f0 = (x: number) => x.toFixed(0);

const whyEg = (ours: number) =>
  `the same work as numpy’s bincounts, in one thread each: three passes over the 1.26M firms (region totals, industry totals, plant Herfindahl), a counting sort of the firms by industry (the input is not grouped), then a 3,000-long pass per industry (4.2M cells, a division each, as numpy’s dense Eij); ours ${ours.toFixed(0)} ms CPU (measured again now) against numpy's ${f0(pt('eg@cpu'))} ms`;
/** Our CPU against numpy's for `job`, and the reason where ours takes more. */
const cpuCheck = (ours: () => unknown, job: string, why: (oursCpuMs: number) => string) => () =>
  wallOnlyOr(ours, { wallMs: pt(job), cpuMs: pt(`${job}@cpu`) }, why);

const whyLq = () =>
  `one margins pass and one multiply per cell, as numpy; the rest is the fresh 34 MB output: ${freshPagesReason('a new R × I Float64Array would', oursFresh, pt('fresh_huge'), pt('fresh_4k'))}`;

const PEER_SCRIPT = `
import numpy as np
R, I = int(sys.argv[2]), int(sys.argv[3])
X = np.fromfile(sys.argv[1]).reshape(R, I)
ind = np.fromfile(sys.argv[4], dtype=np.int32); reg = np.fromfile(sys.argv[5], dtype=np.int32)
val = np.fromfile(sys.argv[6])
def lq():
    return (X / X.sum(1, keepdims=True)) * (X.sum() / X.sum(0))
def hhi_industry():
    s = X / X.sum(0)
    return (s * s).sum(0)
def hhi_region():
    s = X / X.sum(1, keepdims=True)
    return (s * s).sum(1)
def eg():
    J = R
    tot = np.bincount(reg, val, J); x = tot / tot.sum(); X2 = (x * x).sum()
    Ei = np.bincount(ind, val, I)
    Eij = np.bincount(ind * J + reg, val, I * J).reshape(I, J)
    H = np.bincount(ind, (val / Ei[ind]) ** 2, I)
    G = ((Eij / Ei[:, None] - x) ** 2).sum(1)
    return (G - (1 - X2) * H) / ((1 - X2) * (1 - H))
want = sys.argv[7].split(',') if len(sys.argv) > 7 else None
for job, f in {'lq': lq, 'hhi_industry': hhi_industry, 'hhi_region': hhi_region, 'eg': eg}.items():
    if want is None or job in want:
        times[job] = best(f, 5)
${freshArraysPython(R * I, 1)}
`;

/** The non-zero cells as firms: one firm per (region, industry), its value. */
function cellsAsFirms(mx: RegionIndustryMatrix): FirmTable {
  let k = 0;
  for (let c = 0; c < mx.values.length; c++) if (mx.values[c] !== 0) k++;
  const region = new Int32Array(k);
  const industry = new Int32Array(k);
  const value = new Float64Array(k);
  k = 0;
  for (let r = 0; r < mx.rows; r++)
    for (let i = 0; i < mx.cols; i++) {
      const v = mx.values[r * mx.cols + i];
      if (v === 0) continue;
      region[k] = r;
      industry[k] = i;
      value[k++] = v;
    }
  return {
    regions: mx.regions,
    industries: mx.industries,
    firms: Array.from({ length: k }, (_, j) => `f${j}`),
    region,
    industry,
    value,
  };
}
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
    firms = cellsAsFirms(m);
    oursFresh = freshArraysCpuMs(R * I, 1);
    const mods = pythonModules(['numpy']);
    numpyMissing = missingNote(mods, ['numpy']);
    numpyLabel = `numpy ${mods.numpy ?? ''}`;
    if (numpyMissing) console.log(numpyMissing);
    else {
      const dir = peerDir();
      const f = (n: string, a: Float64Array | Int32Array) => {
        writeFileSync(join(dir, n), a);
        return join(dir, n);
      };
      peerArgs = [
        f('matrix.f64', m.values),
        String(m.rows),
        String(m.cols),
        f('industry.i32', firms.industry),
        f('region.i32', firms.region),
        f('value.f64', firms.value),
      ];
      peerTimes = runPeerScript(PEER_SCRIPT, peerArgs);
    }
  },
  benchmarks: [
    {
      name: 'lq',
      inSuite: true,
      fast: () => locationQuotient(m),
      baseline: () => naive.naiveLocationQuotient(x),
      peers: numpyPeer('lq', whyLq),
    },
    {
      name: 'hhi_region',
      inSuite: true,
      fast: () => hhiRegion(m),
      baseline: () => naive.naiveHhiRegion(x),
      peers: numpyPeer(
        'hhi_region',
        cpuCheck(
          () => hhiRegion(m),
          'hhi_region',
          (c) =>
            `ours ${c.toFixed(0)} ms CPU: one pass over the rows, a division and a multiply per cell`,
        ),
      ),
    },
    {
      name: 'hhi_industry',
      inSuite: true,
      fast: () => hhiIndustry(m),
      baseline: () => naive.naiveHhiIndustry(x),
      peers: numpyPeer(
        'hhi_industry',
        cpuCheck(
          () => hhiIndustry(m),
          'hhi_industry',
          (c) =>
            `ours ${c.toFixed(0)} ms CPU: the column sums, then a pass over the rows, a multiply per cell`,
        ),
      ),
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
    {
      name: 'ellison_glaeser (cells as firms)',
      fast: () => ellisonGlaeser(firms),
      peers: numpyPeer(
        'eg',
        cpuCheck(() => ellisonGlaeser(firms), 'eg', whyEg),
      ),
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
