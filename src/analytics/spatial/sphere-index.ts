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
 * exactly eps is a neighbour. Speed: h is first computed from 3-D unit
 * vectors as |u − v|²/4 (= sin²(d/2) exactly in real arithmetic; a few
 * multiplications instead of two sines); only when that lands within 1e-13
 * of the threshold (absolute error of the vector form is below 1e-15) is the
 * haversine expression evaluated, so the decision is the haversine one.
 * Coordinates are stored in tree order so that a scan reads memory in
 * sequence.
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
  /** Latitude φ and longitude λ in radians, cos φ, unit vectors (x, y, z): by point id. */
  readonly phi: Float64Array;
  readonly lam: Float64Array;
  readonly cosPhi: Float64Array;
  readonly xyz: Float64Array;
  /** The same in the tree's order (position k holds point treeIds[k]). */
  private readonly tPhi: Float64Array;
  private readonly tLam: Float64Array;
  private readonly tCos: Float64Array;
  private readonly tXyz: Float64Array;
  private readonly treeIds: Uint16Array | Uint32Array;
  private readonly treeXY: Float64Array;
  private readonly nodeSize: number;
  private stack: Int32Array = new Int32Array(3 * 128);
  /** Ids found by the last query (first `count` entries). */
  result: Uint32Array = new Uint32Array(64);
  private count = 0;
  private acc = 0;

  constructor(
    readonly lon: Float64Array,
    readonly lat: Float64Array,
    readonly radiusKm = EARTH_RADIUS_KM,
    /** Points per k-d tree leaf (kdbush's default). */
    nodeSize = 64,
  ) {
    const n = lon.length;
    this.n = n;
    this.phi = new Float64Array(n);
    this.lam = new Float64Array(n);
    this.cosPhi = new Float64Array(n);
    this.xyz = new Float64Array(3 * n);
    const tree = new KDBush(Math.max(n, 1), nodeSize, Float64Array);
    for (let i = 0; i < n; i++) {
      const p = lat[i] * DEG;
      const l = lon[i] * DEG;
      const c = Math.cos(p);
      this.phi[i] = p;
      this.lam[i] = l;
      this.cosPhi[i] = c;
      this.xyz[3 * i] = c * Math.cos(l);
      this.xyz[3 * i + 1] = c * Math.sin(l);
      this.xyz[3 * i + 2] = Math.sin(p);
      tree.add(lon[i], lat[i]);
    }
    if (n === 0) tree.add(0, 0); // kdbush needs one item; ids ≥ n are never reported
    tree.finish();
    this.treeIds = tree.ids;
    this.treeXY = tree.coords as Float64Array;
    this.nodeSize = tree.nodeSize;
    const m = this.treeIds.length;
    this.tPhi = new Float64Array(m);
    this.tLam = new Float64Array(m);
    this.tCos = new Float64Array(m);
    this.tXyz = new Float64Array(3 * m).fill(NaN);
    for (let k = 0; k < m; k++) {
      const i = this.treeIds[k];
      if (i >= n) continue;
      this.tPhi[k] = this.phi[i];
      this.tLam[k] = this.lam[i];
      this.tCos[k] = this.cosPhi[i];
      this.tXyz[3 * k] = this.xyz[3 * i];
      this.tXyz[3 * k + 1] = this.xyz[3 * i + 1];
      this.tXyz[3 * k + 2] = this.xyz[3 * i + 2];
    }
  }

  /**
   * Points within `km` of point `i` (itself included). Writes their ids to
   * `this.result` and returns their count; with `weights`, returns instead
   * the sum of their weights. Stops early once the count (or weight sum)
   * reaches `limit`, when the caller only needs to know that.
   */
  within(i: number, km: number, limit = Infinity, weights?: Float64Array): number {
    const x = this.xyz;
    return this.query(
      this.lon[i],
      this.lat[i],
      this.phi[i],
      this.lam[i],
      this.cosPhi[i],
      x[3 * i],
      x[3 * i + 1],
      x[3 * i + 2],
      km,
      limit,
      weights,
    );
  }

  /** Points within `km` of (lon, lat) in degrees; as `within`. */
  withinOf(lon: number, lat: number, km: number, limit = Infinity, weights?: Float64Array): number {
    const p = lat * DEG;
    const l = lon * DEG;
    const c = Math.cos(p);
    return this.query(
      lon,
      lat,
      p,
      l,
      c,
      c * Math.cos(l),
      c * Math.sin(l),
      Math.sin(p),
      km,
      limit,
      weights,
    );
  }

  private query(
    lon: number,
    lat: number,
    phi: number,
    lam: number,
    cosPhi: number,
    qx: number,
    qy: number,
    qz: number,
    km: number,
    limit: number,
    weights: Float64Array | undefined,
  ): number {
    const r = km / this.radiusKm;
    const hMax = reducedOfKm(km, this.radiusKm);
    const dLat = (r / DEG) * (1 + 1e-9) + 1e-12;
    const minY = lat - dLat;
    const maxY = lat + dLat;
    this.count = 0;
    this.acc = 0;
    const q = [phi, lam, cosPhi, qx, qy, qz, hMax, limit];
    if (r >= Math.PI / 2 - Math.abs(phi) || maxY >= 90 || minY <= -90) {
      this.scan(-180, minY, 180, maxY, q, weights);
    } else {
      const dLon = (Math.asin(Math.min(1, Math.sin(r) / cosPhi)) / DEG) * (1 + 1e-9) + 1e-12;
      if (dLon >= 180) this.scan(-180, minY, 180, maxY, q, weights);
      else {
        const lo = lon - dLon;
        const hi = lon + dLon;
        this.scan(Math.max(-180, lo), minY, Math.min(180, hi), maxY, q, weights);
        if (lo < -180 && this.acc < limit) this.scan(lo + 360, minY, 180, maxY, q, weights);
        if (hi > 180 && this.acc < limit) this.scan(-180, minY, hi - 360, maxY, q, weights);
      }
    }
    return weights ? this.acc : this.count;
  }

  /** kdbush's range search over its public ids/coords, with the distance filter inlined. */
  private scan(
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
    q: number[],
    weights: Float64Array | undefined,
  ): void {
    const [phi, lam, cosPhi, qx, qy, qz, hMax, limit] = q;
    const lo = hMax - 1e-13;
    const hi = hMax + 1e-13;
    const ids = this.treeIds;
    const xy = this.treeXY;
    const T = this.tXyz;
    const nodeSize = this.nodeSize;
    let stack = this.stack;
    let sp = 0;
    stack[sp++] = 0;
    stack[sp++] = ids.length - 1;
    stack[sp++] = 0;
    let acc = this.acc;
    let count = this.count;
    let out = this.result;
    while (sp > 0) {
      const axis = stack[--sp];
      const right = stack[--sp];
      const left = stack[--sp];
      let from: number, to: number;
      let m = -1;
      if (right - left <= nodeSize) {
        from = left;
        to = right;
      } else {
        m = (left + right) >> 1;
        from = m;
        to = m;
      }
      for (let k = from; k <= to; k++) {
        const x = xy[2 * k];
        const y = xy[2 * k + 1];
        if (x < minX || x > maxX || y < minY || y > maxY) continue;
        const dx = T[3 * k] - qx;
        const dy = T[3 * k + 1] - qy;
        const dz = T[3 * k + 2] - qz;
        const h = 0.25 * (dx * dx + dy * dy + dz * dz);
        if (h > hi) continue;
        if (h >= lo) {
          // Near the threshold (or an empty slot, NaN): decide with the haversine expression.
          if (ids[k] >= this.n || this.beyond(k, phi, lam, cosPhi, hMax)) continue;
        } else if (!(h >= 0)) continue;
        const id = ids[k];
        if (count === out.length) out = this.growResult();
        out[count++] = id;
        acc += weights ? weights[id] : 1;
        if (acc >= limit) {
          this.acc = acc;
          this.count = count;
          return;
        }
      }
      if (m < 0) continue;
      const x = xy[2 * m];
      const y = xy[2 * m + 1];
      if (sp + 6 > stack.length) stack = this.growStack();
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
    this.acc = acc;
    this.count = count;
  }

  /** The haversine test of slot k, for points near the threshold: beyond hMax (reduced distance)? */
  private beyond(k: number, phi: number, lam: number, cosPhi: number, hMax: number): boolean {
    const s0 = Math.sin(0.5 * (phi - this.tPhi[k]));
    const s1 = Math.sin(0.5 * (lam - this.tLam[k]));
    return s0 * s0 + cosPhi * this.tCos[k] * s1 * s1 > hMax;
  }

  /** The result buffer, twice as long, its contents kept. */
  private growResult(): Uint32Array {
    const bigger = new Uint32Array(this.result.length * 2);
    bigger.set(this.result);
    this.result = bigger;
    return bigger;
  }

  /** The range search's stack, twice as long, its contents kept. */
  private growStack(): Int32Array {
    const bigger = new Int32Array(this.stack.length * 2);
    bigger.set(this.stack);
    this.stack = bigger;
    return bigger;
  }
}
