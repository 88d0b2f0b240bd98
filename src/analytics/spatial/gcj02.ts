/**
 * GCJ-02 ⇄ WGS-84 conversion.
 *
 * GCJ-02 ("Mars coordinates", 国测局坐标) is WGS-84 plus a deliberate,
 * smooth offset of a few hundred metres, used by Chinese web maps (AutoNavi /
 * Gaode, Tencent; Baidu's BD-09 adds a further shift and is not handled
 * here). The forward transform (WGS → GCJ) is the widely published one:
 * polynomial-plus-sine offsets dLat(x, y), dLon(x, y) in metres of a
 * Krasovsky-1940 ellipsoid (a = 6378245 m, e² = 0.00669342162296594323),
 * evaluated at x = λ − 105°, y = φ − 35°, turned into degrees with the
 * meridian and parallel radii at φ.
 *
 * The inverse has no closed form: GCJ → WGS iterates w ← w − (f(w) − g)
 * starting from w = g (fixed point; the offset's Jacobian is close to the
 * identity, so each step gains ~3 digits), until the change is below 1e-10°
 * or 20 steps.
 *
 * Accuracy: forward exact to the published formula (double precision). The
 * inverse round trip f⁻¹(f(w)) = w to better than 1e-9° (< 0.1 mm). The
 * published formula itself is reported to match the official (unpublished)
 * transform to within about 1 m.
 *
 * Outside China no offset is applied (both directions are the identity).
 * "Outside" is the usual rough box test: λ ∉ [72.004, 137.8347] or
 * φ ∉ [0.8293, 55.8271]; it keeps an offset for parts of neighbouring
 * countries inside that box, as every map provider using the formula does.
 * Cost: O(1) per point (a few sin/cos; ×~5 for the inverse).
 */

const A = 6378245.0;
const EE = 0.006693421622965943;

/** True when (lon, lat) lies outside the box where GCJ-02 applies an offset. */
export function outsideChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r +=
    ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r +=
    ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS-84 → GCJ-02, degrees in, degrees out: [lon, lat]. */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outsideChina(lon, lat)) return [lon, lat];
  let dLat = offsetLat(lon - 105.0, lat - 35.0);
  let dLon = offsetLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → WGS-84 by fixed-point iteration of the forward transform: [lon, lat]. */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  if (outsideChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let k = 0; k < 20; k++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const eLon = gLon - lon;
    const eLat = gLat - lat;
    wLon -= eLon;
    wLat -= eLat;
    if (Math.abs(eLon) < 1e-10 && Math.abs(eLat) < 1e-10) break;
  }
  return [wLon, wLat];
}
