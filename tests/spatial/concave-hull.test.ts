import { describe, expect, it } from 'vitest';
import { concaveHull } from '../../src/analytics/spatial/concave-hull.ts';
import { convexHull } from '../../src/analytics/spatial/convex-hull.ts';
import { projectLocal } from '../../src/analytics/spatial/local-projection.ts';

/**
 * The k-nearest concave hull (Moreira and Santos 2007): a simple,
 * counter-clockwise ring holding every point, that follows the notch of an
 * L-shaped set where the convex hull covers it.
 */
function grid(cells: (x: number, y: number) => boolean, n = 10, step = 0.01) {
  const lon: number[] = [];
  const lat: number[] = [];
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      if (cells(x, y)) {
        lon.push(104 + x * step);
        lat.push(30 + y * step);
      }
  return { lon: Float64Array.from(lon), lat: Float64Array.from(lat), ids: lon.map((_, i) => i) };
}

type P = { x: number; y: number };
function ringPoints(lon: Float64Array, lat: Float64Array, ids: number[], ring: number[]): P[] {
  const all = projectLocal(lon, lat, ids);
  return ring.map((i) => all.find((p) => p.i === i)!);
}
function area(ring: P[]): number {
  let s = 0;
  for (let a = 0, b = ring.length - 1; a < ring.length; b = a++)
    s += ring[b].x * ring[a].y - ring[a].x * ring[b].y;
  return s / 2;
}
function properCross(a: P, b: P, c: P, d: P): boolean {
  const o = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}
function simple(ring: P[]): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (properCross(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n])) return false;
    }
  return true;
}

describe('concaveHull', () => {
  it('follows the notch of an L-shaped set that the convex hull covers', () => {
    // A 10 × 10 grid without its upper-right 6 × 6 block.
    const { lon, lat, ids } = grid((x, y) => x < 4 || y < 4);
    const hull = concaveHull(lon, lat, ids);
    expect(hull.method).toBe('concave');
    const ring = ringPoints(lon, lat, ids, hull.ring);
    const convex = ringPoints(lon, lat, ids, convexHull(lon, lat, ids));
    expect(area(ring)).toBeGreaterThan(0); // counter-clockwise
    expect(simple(ring)).toBe(true);
    // In grid-cell areas: the L's outline 9·3 + 3·6 = 45, the convex hull 81 − 18 = 63.
    const cell = area(convex) / 63;
    expect(area(ring) / cell).toBeGreaterThanOrEqual(45 - 1e-9);
    expect(area(ring) / cell).toBeLessThan(47);
    // No vertex of the ring lies in the notch.
    expect(hull.ring.every((i) => !(lon[i] > 104.035 && lat[i] > 30.035))).toBe(true);
  });

  it('equals the convex outline on a convex set, and keeps every point inside', () => {
    const { lon, lat, ids } = grid(() => true, 8);
    const hull = concaveHull(lon, lat, ids);
    const ring = ringPoints(lon, lat, ids, hull.ring);
    const convex = ringPoints(lon, lat, ids, convexHull(lon, lat, ids));
    expect(area(ring)).toBeCloseTo(area(convex), 12);
    expect(simple(ring)).toBe(true);
  });

  it('reports the k it used, grows k when needed, and falls back to the convex hull for tiny sets', () => {
    const { lon, lat, ids } = grid((x, y) => x < 4 || y < 4);
    const h3 = concaveHull(lon, lat, ids, 3);
    expect(h3.k).toBeGreaterThanOrEqual(3);
    expect(simple(ringPoints(lon, lat, ids, h3.ring))).toBe(true);
    const tiny = concaveHull(Float64Array.of(1, 2, 1), Float64Array.of(1, 1, 2), [0, 1, 2]);
    expect(tiny).toEqual({
      ring: convexHull(Float64Array.of(1, 2, 1), Float64Array.of(1, 1, 2), [0, 1, 2]),
      k: 3,
      method: 'convex',
    });
    expect(() => concaveHull(lon, lat, ids, 2)).toThrow(/k ≥ 3/);
  });

  it('keeps every point inside for random sets (seeded)', () => {
    let s = 7;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 20; trial++) {
      const m = 30 + trial * 5;
      const lon = Float64Array.from({ length: m }, () => 113 + rnd() * 0.5);
      const lat = Float64Array.from({ length: m }, () => 23 + rnd() * 0.5);
      const ids = Array.from({ length: m }, (_, i) => i);
      const hull = concaveHull(lon, lat, ids);
      const ring = ringPoints(lon, lat, ids, hull.ring);
      expect(simple(ring)).toBe(true);
      expect(area(ring)).toBeGreaterThan(0);
      expect(area(ring)).toBeLessThanOrEqual(
        area(ringPoints(lon, lat, ids, convexHull(lon, lat, ids))) + 1e-12,
      );
    }
  });
});
