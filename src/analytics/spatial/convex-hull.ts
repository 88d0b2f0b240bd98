/**
 * Convex hull of points on the sphere, as the outline of a detected cluster.
 *
 * Method: Andrew's monotone chain on a local equirectangular projection
 * about the points' mean (x = (λ − λ̄)·cos φ̄, y = φ − φ̄, longitudes
 * unwrapped around λ̄ so a cluster across ±180° stays whole). For clusters a
 * few hundred km wide the projection's distortion bends no hull edge enough
 * to matter for a map outline; it is not meant for continent-sized sets.
 * Why convex and not concave: a concave hull (α-shape, k-nearest concave
 * hull) needs a shape parameter that changes the outline's meaning from
 * cluster to cluster; the convex hull is parameter-free and reproducible.
 * Its cost: it covers empty bays between arms of a cluster.
 * Output: ring of point ids, counter-clockwise, not closed (first ≠ last);
 * 0, 1 or 2 ids for degenerate inputs (collinear points give their two ends).
 * Cost: O(m log m) for m points.
 * Reference: Andrew, A. M. (1979), "Another efficient algorithm for convex
 * hulls in two dimensions", Information Processing Letters 9(5):216–219.
 */
import { DEG } from './haversine.ts';

export function convexHull(
  lon: Float64Array,
  lat: Float64Array,
  members: ArrayLike<number>,
): number[] {
  const m = members.length;
  if (m === 0) return [];
  let sx = 0,
    sy = 0,
    sz = 0,
    sumLat = 0;
  for (let k = 0; k < m; k++) {
    const i = members[k];
    sx += Math.cos(lon[i] * DEG);
    sy += Math.sin(lon[i] * DEG);
    sumLat += lat[i];
  }
  sz = sumLat / m;
  const lon0 = Math.atan2(sy, sx) / DEG;
  const c = Math.cos(sz * DEG);
  const pts = Array.from(members, (i) => {
    let d = lon[i] - lon0;
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    return { i, x: d * c, y: lat[i] - sz };
  });
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
