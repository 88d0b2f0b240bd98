/**
 * Concave hull of points (k-nearest-neighbours method), as an outline that
 * follows the bays between the arms of a detected cluster.
 *
 * Method (Moreira and Santos 2007), on the local projection of
 * local-projection.ts: start at the lowest point (ties: leftmost) heading
 * east; at each step take the k nearest points not yet on the hull and go to
 * the one that turns furthest right (the walk is counter-clockwise, every
 * point stays on its left) among those whose edge crosses no earlier edge.
 * The walk ends when it returns to the first point (allowed back after three
 * steps). If no candidate fits, or the closed ring leaves a point outside,
 * k grows by one and the walk restarts; at k ≥ m the convex hull is
 * returned (the method's own limit).
 * Symbols: m points, k neighbours (the shape parameter: 3 follows every bay,
 * larger k smooths towards the convex hull). Default k = 6.
 * Conventions: duplicate positions count once; a point on the ring's
 * boundary is inside. The result reports the k that succeeded, so an outline
 * can be reproduced.
 * Edge cases: fewer than 4 distinct positions → the convex hull (0–3 ids).
 * Output: ring of point ids, counter-clockwise, not closed; and `k`.
 * Cost: O(m² log m) per attempt (each step sorts distances to the remaining
 * points), up to m − k attempts in the worst case; callers cap m (the
 * service falls back to the convex hull for large clusters).
 * Reference: Moreira, A. and Santos, M. Y. (2007), "Concave hull: a
 * k-nearest neighbours approach for the computation of the region occupied
 * by a set of points", GRAPP 2007, pp. 61–68.
 */
import { AtlasError } from '../../core/errors.ts';
import { convexHull } from './convex-hull.ts';
import { projectLocal, type ProjectedPoint } from './local-projection.ts';

export interface ConcaveHull {
  /** Point ids of the ring, counter-clockwise, not closed. */
  ring: number[];
  /** The neighbour count that produced the ring; m when it fell back to the convex hull. */
  k: number;
  method: 'concave' | 'convex';
}

export const DEFAULT_CONCAVE_K = 6;

export function concaveHull(
  lon: Float64Array,
  lat: Float64Array,
  members: ArrayLike<number>,
  k = DEFAULT_CONCAVE_K,
): ConcaveHull {
  if (!Number.isInteger(k) || k < 3) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'the concave hull needs an integer k ≥ 3', { k });
  }
  const pts = distinct(projectLocal(lon, lat, members));
  const convex = (): ConcaveHull => ({
    ring: convexHull(lon, lat, members),
    k: pts.length,
    method: 'convex',
  });
  if (pts.length < 4) return convex();
  for (let kk = Math.min(k, pts.length - 1); kk < pts.length; kk++) {
    const ring = walk(pts, kk);
    if (ring && allInside(pts, ring)) {
      return { ring: ring.map((p) => p.i), k: kk, method: 'concave' };
    }
  }
  return convex();
}

function distinct(pts: ProjectedPoint[]): ProjectedPoint[] {
  const seen = new Set<string>();
  return pts.filter((p) => {
    const key = `${p.x},${p.y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One attempt with k neighbours: the ring, or null when the walk gets stuck. */
function walk(pts: ProjectedPoint[], k: number): ProjectedPoint[] | null {
  let first = pts[0];
  for (const p of pts) if (p.y < first.y || (p.y === first.y && p.x < first.x)) first = p;
  const left = new Set(pts);
  left.delete(first);
  const ring = [first];
  let current = first;
  let heading = 0; // east
  const maxSteps = pts.length + 1;
  for (let step = 1; step <= maxSteps; step++) {
    if (step === 4) left.add(first);
    const near = [...left]
      .map((p) => ({ p, d: (p.x - current.x) ** 2 + (p.y - current.y) ** 2 }))
      .sort((a, b) => a.d - b.d || a.p.i - b.p.i)
      .slice(0, k)
      .map(({ p }) => ({
        p,
        turn: turnFrom(heading, Math.atan2(p.y - current.y, p.x - current.x)),
      }))
      .sort((a, b) => a.turn - b.turn);
    const next = near.find(({ p }) => !crossesRing(ring, current, p, p === first));
    if (!next) return null;
    if (next.p === first) return ring;
    ring.push(next.p);
    left.delete(next.p);
    heading = Math.atan2(next.p.y - current.y, next.p.x - current.x);
    current = next.p;
  }
  return null;
}

/** Signed turn from one heading to another in (−π, π]; right turns are negative, a U-turn is π. */
function turnFrom(heading: number, to: number): number {
  let t = to - heading;
  while (t <= -Math.PI) t += 2 * Math.PI;
  while (t > Math.PI) t -= 2 * Math.PI;
  return t;
}

/** Does the edge current → p cross or touch an earlier ring edge (the adjacent ones excepted)? */
function crossesRing(
  ring: ProjectedPoint[],
  current: ProjectedPoint,
  p: ProjectedPoint,
  closing: boolean,
): boolean {
  // Edges ring[t] → ring[t+1]; the last one ends at current and is adjacent.
  const last = ring.length - 2;
  for (let t = closing ? 1 : 0; t < last; t++) {
    if (segmentsMeet(current, p, ring[t], ring[t + 1])) return true;
  }
  return false;
}

function orient(a: ProjectedPoint, b: ProjectedPoint, c: ProjectedPoint): number {
  const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: ProjectedPoint, b: ProjectedPoint, c: ProjectedPoint): boolean {
  return (
    Math.min(a.x, b.x) <= c.x &&
    c.x <= Math.max(a.x, b.x) &&
    Math.min(a.y, b.y) <= c.y &&
    c.y <= Math.max(a.y, b.y)
  );
}

function segmentsMeet(
  a: ProjectedPoint,
  b: ProjectedPoint,
  c: ProjectedPoint,
  d: ProjectedPoint,
): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** Every point inside the closed ring or on its boundary (even-odd rule). */
function allInside(pts: ProjectedPoint[], ring: ProjectedPoint[]): boolean {
  const n = ring.length;
  for (const p of pts) {
    let inside = false;
    let boundary = false;
    for (let a = 0, b = n - 1; a < n; b = a++) {
      const pa = ring[a];
      const pb = ring[b];
      if (orient(pa, pb, p) === 0 && onSegment(pa, pb, p)) {
        boundary = true;
        break;
      }
      if (
        pa.y > p.y !== pb.y > p.y &&
        p.x < ((pb.x - pa.x) * (p.y - pa.y)) / (pb.y - pa.y) + pa.x
      ) {
        inside = !inside;
      }
    }
    if (!boundary && !inside) return false;
  }
  return true;
}
