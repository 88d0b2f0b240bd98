import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dbscan } from '../../src/analytics/spatial/dbscan.ts';
import { naiveDbscan } from '../../src/analytics/spatial/naive/naive-dbscan.ts';

const dir = 'tests/fixtures/spatial/';

function readCsv(file: string): string[][] {
  return readFileSync(dir + file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

function load(name: string) {
  const rows = readCsv(`${name}.points.csv`);
  const lon = Float64Array.from(rows, (r) => Number(r[1]));
  const lat = Float64Array.from(rows, (r) => Number(r[2]));
  const weights = rows[0].length > 3 ? Float64Array.from(rows, (r) => Number(r[3])) : undefined;
  const expected = Int32Array.from(readCsv(`${name}.expected.csv`), (r) => Number(r[1]));
  return { lon, lat, weights, expected };
}

/** Equal up to a renaming of clusters (noise stays −1). */
function sameUpToRenaming(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((a[i] === -1) !== (b[i] === -1)) return false;
    if (a[i] === -1) continue;
    if ((ab.get(a[i]) ?? b[i]) !== b[i] || (ba.get(b[i]) ?? a[i]) !== a[i]) return false;
    ab.set(a[i], b[i]);
    ba.set(b[i], a[i]);
  }
  return true;
}

// Parameters as in make_dbscan_expected.py.
const sets: Array<[string, number, number]> = [
  ['cities', 4.0, 8],
  ['beijing', 2.5, 5],
  ['weighted', 2.0, 12],
  ['wrap', 3.0, 6],
  ['border', 1.85, 4],
];

describe("DBSCAN equals scikit-learn's (metric='haversine')", () => {
  for (const [name, epsKm, minPoints] of sets) {
    it(`${name}: eps ${epsKm} km, min_samples ${minPoints}`, () => {
      const { lon, lat, weights, expected } = load(name);
      const { labels, clusterCount } = dbscan(lon, lat, { epsKm, minPoints, weights });
      expect(sameUpToRenaming(labels, expected)).toBe(true);
      // Same numbering and border convention: identical, not only up to renaming.
      expect([...labels]).toEqual([...expected]);
      expect(clusterCount).toBe(Math.max(...expected) + 1);
      expect([...naiveDbscan(lon, lat, epsKm, minPoints, weights)]).toEqual([...expected]);
    });
  }
});
