/**
 * Convex hull of points on the sphere, as the outline of a detected cluster.
 *
 * Method: Andrew's monotone chain on the local equirectangular projection
 * of local-projection.ts (not meant for continent-sized sets).
 * The convex hull is parameter-free and reproducible, but covers empty bays
 * between the arms of a cluster; concave-hull.ts follows them, at the price
 * of a shape parameter.
 * Output: ring of point ids, counter-clockwise, not closed (first ≠ last);
 * 0, 1 or 2 ids for degenerate inputs (collinear points give their two ends).
 * Cost: O(m log m) for m points.
 * Reference: Andrew, A. M. (1979), "Another efficient algorithm for convex
 * hulls in two dimensions", Information Processing Letters 9(5):216–219.
 */
import { projectLocal } from './local-projection.ts';

export function convexHull(
  lon: Float64Array,
  lat: Float64Array,
  members: ArrayLike<number>,
): number[] {
  const pts = projectLocal(lon, lat, members);
  pts.sort((a, b) => a.x - b.x || a.y - b.y || a.i - b.i);
  const uniq = pts.filter((p, k) => k === 0 || p.x !== pts[k - 1].x || p.y !== pts[k - 1].y);
  if (uniq.length < 3) return uniq.map((p) => p.i);
  const cross = (o: (typeof uniq)[0], a: (typeof uniq)[0], b: (typeof uniq)[0]) =>
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const lower: typeof uniq = [];
  for (const p of uniq) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: typeof uniq = [];
  for (let k = uniq.length - 1; k >= 0; k--) {
    const p = uniq[k];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 0)
      upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper].map((p) => p.i);
}
