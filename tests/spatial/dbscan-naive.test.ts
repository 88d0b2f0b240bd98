import { describe, expect, it } from 'vitest';
import { dbscan } from '../../src/analytics/spatial/dbscan.ts';
import { haversineKm } from '../../src/analytics/spatial/haversine.ts';
import { naiveDbscan } from '../../src/analytics/spatial/naive/naive-dbscan.ts';
import { SphereIndex } from '../../src/analytics/spatial/sphere-index.ts';

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

function blobs(n: number, seed: number, lon0: number, lat0: number, spreadDeg: number) {
  const r = rng(seed);
  const centres = Array.from({ length: 6 }, () => [
    lon0 + (r() - 0.5) * spreadDeg,
    lat0 + (r() - 0.5) * spreadDeg,
  ]);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = centres[Math.floor(r() * centres.length)];
    const noise = r() < 0.2 ? 0.5 : 0.05;
    lon[i] = Math.max(-180, Math.min(180, c[0] + (r() - 0.5) * noise));
    lat[i] = Math.max(-90, Math.min(90, c[1] + (r() - 0.5) * noise));
  }
  return { lon, lat };
}

describe('DBSCAN over the index equals the O(n²) version', () => {
  const cases: Array<[number, number, number, number, number, number]> = [
    // seed, lon0, lat0, spread°, eps km, min points
    [1, 104, 30, 2, 2, 5],
    [2, 116, 40, 1, 1, 4],
    [3, 179.9, 60, 0.6, 3, 6], // across the antimeridian
    [4, 10, 89.5, 0.8, 5, 5], // near the pole
    [5, 121, 31, 3, 0.8, 3],
  ];
  for (const [seed, lon0, lat0, spread, epsKm, minPoints] of cases) {
    it(`seed ${seed}: eps ${epsKm} km, min ${minPoints}`, () => {
      let { lon } = blobs(800, seed, lon0, lat0, spread);
      const { lat } = blobs(800, seed, lon0, lat0, spread);
      lon = lon.map((x) => (x > 180 ? x - 360 : x));
      const fast = dbscan(lon, lat, { epsKm, minPoints });
      expect([...fast.labels]).toEqual([...naiveDbscan(lon, lat, epsKm, minPoints)]);
      const w = Float64Array.from(lon, (_, i) => 1 + (i % 3));
      expect([...dbscan(lon, lat, { epsKm, minPoints: 2 * minPoints, weights: w }).labels]).toEqual(
        [...naiveDbscan(lon, lat, epsKm, 2 * minPoints, w)],
      );
    });
  }

  it('a point at exactly eps is a neighbour; one just beyond is not', () => {
    // Two points on the equator 1° apart: d = R·π/180 exactly.
    const lon = Float64Array.of(0, 1);
    const lat = Float64Array.of(0, 0);
    const d = haversineKm(0, 0, 1, 0);
    expect(dbscan(lon, lat, { epsKm: d, minPoints: 2 }).clusterCount).toBe(1);
    expect(dbscan(lon, lat, { epsKm: d * (1 - 1e-12), minPoints: 2 }).clusterCount).toBe(0);
  });

  it('border point within eps of two clusters goes to the cluster found first', () => {
    // Two tight groups of four 1.8 km either side of a lone point (2.1 km on the equator).
    const km = 1 / 111.195;
    const xs = [0, 0.1, 0.2, 0.3, 3.9, 4.0, 4.1, 4.2, 2.1];
    const lon = Float64Array.from(xs, (x) => x * km);
    const lat = new Float64Array(xs.length);
    const r = dbscan(lon, lat, { epsKm: 1.85, minPoints: 4 });
    expect([...r.labels]).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 0]);
    expect(r.core[8]).toBe(0);
    // Reordered so the right-hand group comes first: the border point follows it.
    const order = [4, 5, 6, 7, 8, 0, 1, 2, 3];
    const r2 = dbscan(
      Float64Array.from(order, (i) => lon[i]),
      Float64Array.from(order, (i) => lat[i]),
      { epsKm: 1.85, minPoints: 4 },
    );
    expect([...r2.labels]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('dense cubes (core without a query) give the same labels: duplicates and a tight blob', () => {
    const r = rng(77);
    const n = 600;
    const lon = new Float64Array(n);
    const lat = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const kind = i % 3;
      lon[i] = kind === 0 ? 104 : 104 + (r() - 0.5) * (kind === 1 ? 0.01 : 0.3);
      lat[i] = kind === 0 ? 30 : 30 + (r() - 0.5) * (kind === 1 ? 0.01 : 0.3);
    }
    for (const [epsKm, minPoints] of [
      [0.3, 5],
      [1, 20],
      [0.05, 3],
    ])
      expect([...dbscan(lon, lat, { epsKm, minPoints }).labels]).toEqual([
        ...naiveDbscan(lon, lat, epsKm, minPoints),
      ]);
  });

  it('no points: no labels', () => {
    const r = dbscan(new Float64Array(0), new Float64Array(0), { epsKm: 1, minPoints: 2 });
    expect(r.labels.length).toBe(0);
    expect(r.clusterCount).toBe(0);
  });
});

describe('SphereIndex radius queries', () => {
  it('return exactly the points a brute-force haversine scan finds', () => {
    const { lon, lat } = blobs(2000, 9, 170, 70, 30);
    const wrapped = lon.map((x) => (x > 180 ? x - 360 : x));
    const index = new SphereIndex(wrapped, lat);
    for (const i of [0, 17, 500, 1999]) {
      for (const km of [5, 50, 400]) {
        const k = index.within(i, km);
        const got = [...index.result.slice(0, k)].sort((a, b) => a - b);
        const want: number[] = [];
        for (let j = 0; j < 2000; j++)
          if (haversineKm(wrapped[i], lat[i], wrapped[j], lat[j]) <= km) want.push(j);
        expect(got).toEqual(want);
      }
    }
  });
});
