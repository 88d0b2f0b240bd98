/**
 * A local equirectangular projection about a point set's mean, for planar
 * geometry on a cluster-sized set (outlines): x = (λ − λ̄)·cos φ̄, y = φ − φ̄,
 * in degrees of latitude. λ̄ is the circular mean of the longitudes and
 * longitudes are unwrapped around it, so a set across ±180° stays whole.
 * Distortion grows with the set's extent; for a few hundred km it bends no
 * outline enough to matter on a map. Not for continent-sized sets.
 * Cost: O(m).
 */
import { DEG } from './haversine.ts';

export interface ProjectedPoint {
  /** The point's id in the caller's arrays. */
  i: number;
  x: number;
  y: number;
}

export function projectLocal(
  lon: Float64Array,
  lat: Float64Array,
  members: ArrayLike<number>,
): ProjectedPoint[] {
  const m = members.length;
  if (m === 0) return [];
  let sx = 0,
    sy = 0,
    sumLat = 0;
  for (let k = 0; k < m; k++) {
    const i = members[k];
    sx += Math.cos(lon[i] * DEG);
    sy += Math.sin(lon[i] * DEG);
    sumLat += lat[i];
  }
  const lat0 = sumLat / m;
  const lon0 = Math.atan2(sy, sx) / DEG;
  const c = Math.cos(lat0 * DEG);
  return Array.from(members, (i) => {
    let d = lon[i] - lon0;
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    return { i, x: d * c, y: lat[i] - lat0 };
  });
}
