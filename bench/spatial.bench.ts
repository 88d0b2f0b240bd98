/**
 * DBSCAN on 1,000,000 seeded points around 60 Chinese cities (goal: under
 * 10 s on one core), against the O(n²) version in
 * src/analytics/spatial/naive/naive-dbscan.ts on a 5,000-point sample in
 * the same run (same eps and min points; the sample is the first 5,000
 * points, whose clusters are sparser than the full set's).
 * Points: 85% around city centres (Gaussian, σ 3–15 km by city size), 10%
 * around 600 industrial parks (σ 1 km), 5% uniform over China's box —
 * the mix a national firm register shows. eps 1 km, min points 10.
 * Points per second of the 1M run are printed once, before the last row.
 * HDBSCAN (O(n²) spanning tree) is timed on the sample only.
 */
import type { BenchFile } from './run.ts';
import { dbscan } from '../src/analytics/spatial/dbscan.ts';
import { hdbscan } from '../src/analytics/spatial/hdbscan.ts';
import { naiveDbscan } from '../src/analytics/spatial/naive/naive-dbscan.ts';

const N = 1_000_000;
const SAMPLE = 5_000;
const EPS_KM = 1;
const MIN_POINTS = 10;

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

// Approximate centres (WGS-84) of large Chinese cities; weights ~ relative size.
const CITIES: Array<[number, number, number]> = [
  [116.4, 39.9, 10],
  [121.47, 31.23, 10],
  [113.26, 23.13, 8],
  [114.06, 22.54, 8],
  [104.07, 30.66, 7],
  [106.55, 29.56, 7],
  [120.16, 30.27, 6],
  [114.3, 30.59, 6],
  [118.8, 32.06, 5],
  [108.94, 34.34, 5],
  [117.2, 39.13, 5],
  [120.58, 31.3, 5],
  [113.75, 23.02, 5],
  [113.12, 23.02, 4],
  [112.94, 28.23, 4],
  [113.62, 34.75, 4],
  [120.38, 36.07, 4],
  [123.43, 41.8, 4],
  [117.28, 31.86, 4],
  [119.3, 26.08, 3],
  [121.55, 29.87, 3],
  [126.64, 45.76, 3],
  [125.32, 43.82, 3],
  [102.71, 25.05, 3],
  [106.71, 26.58, 3],
  [108.37, 22.82, 3],
  [115.86, 28.68, 3],
  [117.0, 36.65, 3],
  [114.51, 38.04, 3],
  [112.55, 37.87, 3],
  [111.67, 40.82, 2],
  [103.83, 36.06, 2],
  [87.62, 43.83, 2],
  [101.78, 36.62, 1],
  [106.23, 38.49, 1],
  [91.11, 29.65, 1],
  [110.35, 20.02, 2],
  [120.3, 31.57, 3],
  [119.95, 31.78, 2],
  [120.7, 28.0, 3],
  [118.09, 24.48, 3],
  [113.39, 22.52, 2],
  [114.42, 23.11, 2],
  [116.68, 23.35, 2],
  [121.61, 38.91, 3],
  [119.42, 32.39, 2],
  [120.89, 31.98, 2],
  [117.12, 34.26, 2],
  [118.35, 35.05, 2],
  [114.88, 40.77, 1],
  [113.65, 34.76, 1],
  [112.45, 34.62, 2],
  [105.58, 30.53, 1],
  [104.74, 31.46, 2],
  [104.39, 31.13, 1],
  [103.76, 29.55, 1],
  [110.29, 25.27, 1],
  [111.28, 30.69, 2],
  [112.14, 32.04, 2],
  [109.49, 36.58, 1],
];

function points(n: number, seed: number): { lon: Float64Array; lat: Float64Array } {
  const rand = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const total = CITIES.reduce((s, c) => s + c[2], 0);
  const parks: Array<[number, number]> = [];
  for (let k = 0; k < 600; k++) {
    const c = CITIES[Math.floor(rand() * CITIES.length)];
    parks.push([c[0] + (gauss() * 25) / 96, c[1] + (gauss() * 25) / 111]);
  }
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rand();
    let cx: number, cy: number, sKm: number;
    if (u < 0.05) {
      lon[i] = 75 + rand() * 60;
      lat[i] = 20 + rand() * 30;
      continue;
    } else if (u < 0.15) {
      [cx, cy] = parks[Math.floor(rand() * parks.length)];
      sKm = 1;
    } else {
      let pick = rand() * total;
      let c = CITIES[0];
      for (const city of CITIES)
        if ((pick -= city[2]) <= 0) {
          c = city;
          break;
        }
      cx = c[0];
      cy = c[1];
      sKm = 3 + c[2];
    }
    lat[i] = cy + (gauss() * sKm) / 111.195;
    lon[i] = cx + (gauss() * sKm) / (111.195 * Math.cos((cy * Math.PI) / 180));
  }
  return { lon, lat };
}

let all: { lon: Float64Array; lat: Float64Array };
let sample: { lon: Float64Array; lat: Float64Array };
let last = { ms: 0, clusters: 0, noise: 0 };

const bench: BenchFile = {
  title: `DBSCAN, ${N.toLocaleString('en')} points, eps ${EPS_KM} km, min points ${MIN_POINTS}`,
  setup() {
    all = points(N, 42);
    sample = { lon: all.lon.slice(0, SAMPLE), lat: all.lat.slice(0, SAMPLE) };
  },
  benchmarks: [
    {
      name: `dbscan ${N / 1e6}M points (kdbush)`,
      runs: 1,
      fast: () => {
        const t0 = performance.now();
        const r = dbscan(all.lon, all.lat, { epsKm: EPS_KM, minPoints: MIN_POINTS });
        const ms = performance.now() - t0;
        let noise = 0;
        for (const l of r.labels) if (l < 0) noise++;
        last = { ms, clusters: r.clusterCount, noise };
        return r;
      },
      report: () =>
        `${Math.round((N / last.ms) * 1000).toLocaleString('en')} points/s (last run); ${last.clusters} clusters, ${last.noise.toLocaleString('en')} noise; goal: 1M points in under 10 s`,
    },
    {
      name: `dbscan ${SAMPLE} points vs O(n²)`,
      runs: 5,
      fast: () => dbscan(sample.lon, sample.lat, { epsKm: EPS_KM, minPoints: MIN_POINTS }),
      baseline: () => naiveDbscan(sample.lon, sample.lat, EPS_KM, MIN_POINTS),
    },
    {
      name: `hdbscan ${SAMPLE} points (O(n²) tree)`,
      runs: 3,
      fast: () => hdbscan(sample.lon, sample.lat, { minClusterSize: MIN_POINTS }),
    },
  ],
};
export default bench;
