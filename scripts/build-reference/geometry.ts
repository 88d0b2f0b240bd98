/** Small planar helpers for the build scripts (lon/lat treated as planar). */
import type { Ring } from './echarts-decode.ts';

/** Signed shoelace area and centroid of one ring. */
function ringMoments(ring: Ring): { a: number; cx: number; cy: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { a: a / 2, cx, cy };
}

/**
 * Area-weighted centroid of a set of polygons: outer rings add, holes (rings
 * after the first) subtract. Falls back to the mean vertex for degenerate
 * shapes.
 */
export function centroid(polygons: Ring[][], digits = 3): [number, number] | undefined {
  let A = 0;
  let X = 0;
  let Y = 0;
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (const poly of polygons) {
    poly.forEach((ring, i) => {
      if (ring.length < 3) return;
      const m = ringMoments(ring);
      const sign = (m.a < 0 ? -1 : 1) * (i === 0 ? 1 : -1);
      A += sign * m.a;
      X += sign * m.cx;
      Y += sign * m.cy;
      if (i === 0) {
        for (const [x, y] of ring) {
          sx += x;
          sy += y;
          n++;
        }
      }
    });
  }
  if (n === 0) return undefined;
  const f = 10 ** digits;
  const round = (v: number) => Math.round(v * f) / f;
  if (Math.abs(A) < 1e-12) return [round(sx / n), round(sy / n)];
  return [round(X / (6 * A)), round(Y / (6 * A))];
}

/** Quantise a ring to `digits` decimals and drop consecutive duplicates. */
export function quantiseRing(ring: Ring, digits: number): Ring {
  const f = 10 ** digits;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  // GeoJSON rings are closed.
  if (out.length > 0) {
    const [fx, fy] = out[0];
    const [lx, ly] = out[out.length - 1];
    if (fx !== lx || fy !== ly) out.push([fx, fy]);
  }
  return out;
}

/** Perpendicular distance of p from segment a-b (planar). */
function segDist(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return Math.sqrt(x * x + y * y);
}

/**
 * Douglas-Peucker simplification of a ring with tolerance `eps` degrees
 * (iterative, O(n log n) typical). Keeps the first and last points.
 */
export function simplifyRing(ring: Ring, eps: number): Ring {
  const n = ring.length;
  if (n <= 4) return ring;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    let best = -1;
    let dmax = 0;
    for (let k = i + 1; k < j; k++) {
      const d = segDist(ring[k], ring[i], ring[j]);
      if (d > dmax) {
        dmax = d;
        best = k;
      }
    }
    if (best >= 0 && dmax > eps) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  const out: Ring = [];
  for (let k = 0; k < n; k++) if (keep[k]) out.push(ring[k]);
  return out;
}
