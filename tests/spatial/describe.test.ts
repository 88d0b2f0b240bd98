import { describe, expect, it } from 'vitest';
import { convexHull } from '../../src/analytics/spatial/convex-hull.ts';
import { describeClusters } from '../../src/analytics/spatial/describe-clusters.ts';
import { hotSpots, kernelDensity } from '../../src/analytics/spatial/kernel-density.ts';
import { sphericalCentroid } from '../../src/analytics/spatial/spherical-centroid.ts';

describe('cluster descriptions', () => {
  it('convex hull of a square with an inside point: the four corners, counter-clockwise', () => {
    const lon = Float64Array.of(104, 104.1, 104.1, 104, 104.05);
    const lat = Float64Array.of(30, 30, 30.1, 30.1, 30.05);
    expect(convexHull(lon, lat, [0, 1, 2, 3, 4])).toEqual([0, 1, 2, 3]);
    expect(convexHull(lon, lat, [4])).toEqual([4]);
  });

  it('hull and centroid stay whole across ±180°', () => {
    const lon = Float64Array.of(179.9, -179.9, -179.9, 179.9);
    const lat = Float64Array.of(-0.1, -0.1, 0.1, 0.1);
    expect(convexHull(lon, lat, [0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    const [clon, clat] = sphericalCentroid(lon, lat, [0, 1, 2, 3]);
    expect(Math.abs(Math.abs(clon) - 180)).toBeLessThan(1e-9);
    expect(clat).toBeCloseTo(0, 12);
  });

  it('weighted centroid of two points on the equator: the weights pull it (tan rule)', () => {
    const lon = Float64Array.of(0, 10);
    const lat = Float64Array.of(0, 0);
    // Σ w u = (1 + 3 cos 10°, 3 sin 10°, 0): longitude atan2(3 sin 10°, 1 + 3 cos 10°).
    const want =
      (Math.atan2(3 * Math.sin(Math.PI / 18), 1 + 3 * Math.cos(Math.PI / 18)) * 180) / Math.PI;
    expect(sphericalCentroid(lon, lat, [0, 1], Float64Array.of(1, 3))[0]).toBeCloseTo(want, 12);
  });

  it('members, size, weight and the units spanned; noise left out', () => {
    const lon = Float64Array.of(104, 104.01, 106.5, 106.51, 120);
    const lat = Float64Array.of(30, 30, 29.5, 29.5, 30);
    const labels = Int32Array.of(0, 0, 0, 1, -1);
    const units = ['510100', '510100', '500100', undefined, '330100'];
    const d = describeClusters(lon, lat, labels, {
      weights: Float64Array.of(1, 2, 3, 4, 5),
      regionOf: (i) => units[i],
    });
    expect(d.map((c) => [c.members, c.size, c.weight, c.units, c.unplaced])).toEqual([
      [[0, 1, 2], 3, 6, ['500100', '510100'], 0],
      [[3], 1, 4, [], 1],
    ]);
  });
});

describe('kernel density', () => {
  it('one point: the peak cell holds the Gaussian at the cell centre’s distance', () => {
    const g = kernelDensity(Float64Array.of(104), Float64Array.of(30), {
      bandwidthKm: 2,
      cellKm: 0.5,
    });
    let max = 0;
    for (const v of g.density) max = Math.max(max, v);
    // The point lies within half a cell diagonal of the nearest centre.
    const peak = 1 / (2 * Math.PI * 4);
    expect(max).toBeLessThanOrEqual(peak);
    expect(max).toBeGreaterThan(peak * Math.exp(-0.5 * (0.36 / 2) ** 2));
    const spots = hotSpots(g, peak / 2);
    expect(spots.length).toBe(1);
    expect(Math.abs(spots[0].lon - 104)).toBeLessThan(0.01);
    expect(Math.abs(spots[0].lat - 30)).toBeLessThan(0.01);
  });

  it('two separate groups give two hot spots, the denser first', () => {
    const lon = Float64Array.of(104, 104.001, 104.002, 104.5, 104.501);
    const lat = Float64Array.of(30, 30, 30, 30, 30);
    const spots = hotSpots(kernelDensity(lon, lat, { bandwidthKm: 1, cellKm: 0.5 }), 0.05);
    expect(spots.length).toBe(2);
    expect(spots[0].lon).toBeLessThan(104.1);
    expect(spots[1].lon).toBeGreaterThan(104.4);
  });
});
