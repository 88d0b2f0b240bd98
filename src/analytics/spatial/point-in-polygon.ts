/**
 * Point in polygon by the even-odd (crossing number) rule.
 *
 * Formula   a ray from (x, y) towards +x crosses edge (xi, yi)–(xj, yj) when
 *           (yi > y) ≠ (yj > y) and x < xi + (y − yi)(xj − xi)/(yj − yi);
 *           the point is inside a ring when the number of crossings is odd,
 *           inside a polygon when inside its outer ring and in none of its
 *           holes, inside a multipolygon when inside any of its polygons.
 * Conventions rings are flat typed arrays [x0, y0, x1, y1, …], closed or not
 *           (the edge from the last vertex back to the first is always
 *           tested); planar coordinates (degrees of longitude and latitude
 *           are fine at the scale of a region: the outlines are drawn in
 *           them). A point exactly on an edge may fall either side, as in
 *           every crossing test; the half-open rule (yi > y) counts a vertex
 *           once.
 * Edge cases a ring of fewer than three vertices contains nothing.
 * Cost      O(vertices) per ring.
 * References Shimrat (1962), "Algorithm 112: Position of point relative to
 *           polygon", CACM 5(8):434; Haines (1994), "Point in polygon
 *           strategies", Graphics Gems IV, 24-46; W. R. Franklin, PNPOLY.
 */

export function pointInRing(x: number, y: number, ring: Float64Array): boolean {
  const n = ring.length >> 1;
  if (n < 3) return false;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i];
    const yi = ring[2 * i + 1];
    const xj = ring[2 * j];
    const yj = ring[2 * j + 1];
    if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}

/** A polygon: its outer ring first, then its holes. */
export function pointInPolygon(x: number, y: number, rings: readonly Float64Array[]): boolean {
  if (rings.length === 0 || !pointInRing(x, y, rings[0])) return false;
  for (let k = 1; k < rings.length; k++) if (pointInRing(x, y, rings[k])) return false;
  return true;
}

/** Squared planar distance from (x, y) to the nearest edge of a ring. */
export function ringDistance2(x: number, y: number, ring: Float64Array): number {
  const n = ring.length >> 1;
  let best = Infinity;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const ax = ring[2 * j];
    const ay = ring[2 * j + 1];
    const dx = ring[2 * i] - ax;
    const dy = ring[2 * i + 1] - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const ex = ax + t * dx - x;
    const ey = ay + t * dy - y;
    best = Math.min(best, ex * ex + ey * ey);
  }
  return best;
}
