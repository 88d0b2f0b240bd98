/**
 * Weighted centroid of points on the sphere: the normalised weighted mean of
 * their unit vectors, c = Σ wᵢ uᵢ / |Σ wᵢ uᵢ|, back to (lon, lat).
 * Unlike the mean of longitudes it is right across ±180°. Edge cases: no
 * members, or vectors that cancel (|Σ| < 1e-12, e.g. antipodal pairs),
 * give [NaN, NaN]. Cost: O(m).
 */
import { DEG } from './haversine.ts';

export function sphericalCentroid(
  lon: Float64Array,
  lat: Float64Array,
  members: ArrayLike<number>,
  weights?: Float64Array,
): [number, number] {
  let x = 0,
    y = 0,
    z = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    const w = weights ? weights[i] : 1;
    const p = lat[i] * DEG;
    const l = lon[i] * DEG;
    x += w * Math.cos(p) * Math.cos(l);
    y += w * Math.cos(p) * Math.sin(l);
    z += w * Math.sin(p);
  }
  const norm = Math.hypot(x, y, z);
  if (!(norm > 1e-12)) return [NaN, NaN];
  return [Math.atan2(y, x) / DEG, Math.asin(z / norm) / DEG];
}
