import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hdbscan } from '../../src/analytics/spatial/hdbscan.ts';

const dir = 'tests/fixtures/spatial/';
const rows = (file: string) =>
  readFileSync(dir + file, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));

describe("HDBSCAN equals scikit-learn's (metric='haversine', eom)", () => {
  // Parameters as in make_hdbscan_expected.py.
  for (const [name, mcs, ms] of [
    ['cities', 10, 8],
    ['cities', 5, 3],
    ['beijing', 8, 5],
    ['beijing', 15, 3],
    ['weighted', 5, 5],
    ['wrap', 6, 4],
  ] as const) {
    it(`${name}: min_cluster_size ${mcs}, min_samples ${ms}`, () => {
      const pts = rows(`${name}.points.csv`);
      const lon = Float64Array.from(pts, (r) => Number(r[1]));
      const lat = Float64Array.from(pts, (r) => Number(r[2]));
      const expected = rows(`${name}-${mcs}-${ms}.hdbscan.csv`).map((r) => Number(r[1]));
      const { labels } = hdbscan(lon, lat, { minClusterSize: mcs, minSamples: ms });
      const differ = pts.filter((_, i) => labels[i] !== expected[i]).map((r) => r[0]);
      // cities 5/3: p678 joins a 6-point group and that group the large one at the
      // same mutual-reachability distance (0.0223299…); scikit-learn's unstable
      // argsort happens to merge the small group first. See the fixtures README.
      expect(differ).toEqual(name === 'cities' && mcs === 5 ? ['p678'] : []);
    });
  }
});
