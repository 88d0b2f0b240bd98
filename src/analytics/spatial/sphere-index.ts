/**
 * A static spatial index over points on the sphere, with exact radius
 * queries in kilometres.
 *
 * Method: a k-d tree (kdbush, static, typed arrays) over (longitude,
 * latitude) in degrees. A query for the cap of angular radius r = km / R
 * around (λ0, φ0) scans the tree's box
 *   φ ∈ [φ0 − r, φ0 + r],  λ ∈ [λ0 − Δλ, λ0 + Δλ],  Δλ = asin(sin r / cos φ0),
 * which bounds the cap exactly (the widest point of a cap lies at
 * asin(sin φ0 / cos r), not at φ0); Δλ is padded by 1e-9 relative so that
 * rounding never drops a point at the border, and every candidate is then
 * filtered by the reduced haversine distance h ≤ sin²(r/2) (see
 * haversine.ts), the same test scikit-learn's BallTree makes: a point at
 * exactly eps is a neighbour.
 * Edge cases: a cap that reaches a pole scans every longitude; one that
 * crosses ±180° scans the wrapped part too. Longitudes must lie in
 * [−180, 180], latitudes in [−90, 90].
 * Cost: build O(n log n); a query O(√n + k) for k points in the box.
 * Reference: Bentley, J. L. (1975), "Multidimensional binary search trees
 * used for associative searching", CACM 18(9):509–517; kdbush (V. Agafonkin).
 */
import KDBush from 'kdbush';
import { DEG, EARTH_RADIUS_KM, reducedOfKm } from './haversine.ts';

export class SphereIndex {
  readonly n: number;
  /** Latitude φ and longitude λ in radians, cos φ: kept for the distance filter. */
  readonly phi: Float64Array;
  readonly lam: Float64Array;
  readonly cosPhi: Float64Array;
  private readonly tree: KDBush;
  private readonly treeIds: Uint16Array | Uint32Array;
  private readonly treeXY: Float64Array;
  private readonly nodeSize: number;
  private readonly stack: Int32Array = new Int32Array(3 * 128);
  /** Ids found by the last `within` call (first `count` entries). */
  result: Uint32Array = new Uint32Array(64);

  constructor(
    readonly lon: Float64Array,
    readonly lat: Float64Array,
    readonly radiusKm = EARTH_RADIUS_KM,
  ) {
    const n = lon.length;
    this.n = n;
    this.phi = new Float64Array(n);
    this.lam = new Float64Array(n);
    this.cosPhi = new Float64Array(n);
    this.tree = new KDBush(Math.max(n, 1), 64, Float64Array);
    for (let i = 0; i < n; i++) {
      this.phi[i] = lat[i] * DEG;
      this.lam[i] = lon[i] * DEG;
      this.cosPhi[i] = Math.cos(this.phi[i]);
      this.tree.add(lon[i], lat[i]);
    }
    if (n === 0) this.tree.add(0, 0); // kdbush needs one item; never reported (ids ≥ n skipped)
    this.tree.finish();
    this.treeIds = this.tree.ids;
    this.treeXY = this.tree.coords as Float64Array;
    this.nodeSize = this.tree.nodeSize;
  }

  /**
   * Points within `km` of point `i` (itself included). Writes their ids to
   * `this.result` and returns their count; with `weights`, returns instead
   * the sum of their weights. Stops early once the count (or weight sum)
   * reaches `limit`, when the caller only needs to know that.
   */
  within(i: number, km: number, limit = Infinity, weights?: Float64Array): number {
    return this.query(this.lon[i], this.lat[i], this.phi[i], this.lam[i], this.cosPhi[i], km, limit, weights);
  }

  /** Points within `km` of (lon, lat) in degrees; as `within`. */
  withinOf(lon: number, lat: number, km: number, limit = Infinity, weights?: Float64Array): number {
    const phi = lat * DEG;
    return this.query(lon, lat, phi, lon * DEG, Math.cos(phi), km, limit, weights);
  }

  private query(
    lon: number,
    lat: number,
    phi: number,
    lam: number,
    cosPhi: number,
    km: number,
    limit: number,
    weights: Float64Array | undefined,
  ): number {
    const r = km / this.radiusKm;
    const hMax = reducedOfKm(km, this.radiusKm);
    const dLat = (r / DEG) * (1 + 1e-9) + 1e-12;
    const minY = lat - dLat;
    const maxY = lat + dLat;
    let acc = 0;
    const state = { acc, count: 0 };
    const boxes: number[] = [];
    if (r >= Math.PI / 2 - Math.abs(phi) || maxY >= 90 || minY <= -90) {
      boxes.push(-180, 180);
    } else {
      const dLon = (Math.asin(Math.min(1, Math.sin(r) / Math.cos(phi))) / DEG) * (1 + 1e-9) + 1e-12;
      if (dLon >= 180) boxes.push(-180, 180);
      else {
        const lo = lon - dLon;
        const hi = lon + dLon;
        boxes.push(Math.max(-180, lo), Math.min(180, hi));
        if (lo < -180) boxes.push(lo + 360, 180);
        if (hi > 180) boxes.push(-180, hi - 360);
      }
    }
    for (let b = 0; b < boxes.length && state.acc < limit; b += 2) {
      this.scan(boxes[b], minY, boxes[b + 1], maxY, phi, lam, cosPhi, hMax, limit, weights, state);
    }
    acc = state.acc;
    return weights ? acc : state.count;
  }

  /** kdbush's range search over its public ids/coords, with the haversine filter inlined. */
  private scan(
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
    phi: number,
    lam: number,
    cosPhi: number,
    hMax: number,
    limit: number,
    weights: Float64Array | undefined,
    state: { acc: number; count: number },
  ): void {
    const ids = this.treeIds;
    const xy = this.treeXY;
    const nodeSize = this.nodeSize;
    const n = this.n;
    const P = this.phi;
    const L = this.lam;
    const C = this.cosPhi;
    let stack = this.stack;
    let sp = 0;
    stack[sp++] = 0;
    stack[sp++] = ids.length - 1;
    stack[sp++] = 0;
    let acc = state.acc;
    let count = state.count;
    let out = this.result;
    const take = (id: number): boolean => {
      const s0 = Math.sin(0.5 * (phi - P[id]));
      const s1 = Math.sin(0.5 * (lam - L[id]));
      if (s0 * s0 + cosPhi * C[id] * s1 * s1 > hMax) return false;
      if (count === out.length) {
        const bigger = new Uint32Array(out.length * 2);
        bigger.set(out);
        out = bigger;
        this.result = out;
      }
      out[count++] = id;
      acc += weights ? weights[id] : 1;
      return acc >= limit;
    };
    while (sp > 0) {
      const axis = stack[--sp];
      const right = stack[--sp];
      const left = stack[--sp];
      if (right - left <= nodeSize) {
        for (let k = left; k <= right; k++) {
          const x = xy[2 * k];
          const y = xy[2 * k + 1];
          if (x >= minX && x <= maxX && y >= minY && y <= maxY && ids[k] < n && take(ids[k])) {
            state.acc = acc;
            state.count = count;
            return;
          }
        }
        continue;
      }
      const m = (left + right) >> 1;
      const x = xy[2 * m];
      const y = xy[2 * m + 1];
      if (x >= minX && x <= maxX && y >= minY && y <= maxY && ids[m] < n && take(ids[m])) {
        state.acc = acc;
        state.count = count;
        return;
      }
      if (sp + 6 > stack.length) {
        const bigger = new Int32Array(stack.length * 2);
        bigger.set(stack);
        stack = bigger;
      }
      if (axis === 0 ? minX <= x : minY <= y) {
        stack[sp++] = left;
        stack[sp++] = m - 1;
        stack[sp++] = 1 - axis;
      }
      if (axis === 0 ? maxX >= x : maxY >= y) {
        stack[sp++] = m + 1;
        stack[sp++] = right;
        stack[sp++] = 1 - axis;
      }
    }
    state.acc = acc;
    state.count = count;
  }
}
