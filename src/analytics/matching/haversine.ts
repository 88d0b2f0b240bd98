/**
 * Great-circle distance between two points given in degrees.
 *
 * Formula   h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2);  d = 2R·asin(√min(1, h))
 * Symbols   φ latitude, λ longitude (radians), R = 6371.0088 km (IUGG mean radius).
 * Conventions kilometres; the sphere ignores the ellipsoid (error < 0.5%) and the
 *           GCJ-02 offset (< 1 km), both far below what matching cares about.
 * Edge cases any NaN coordinate → NaN (unknown location).
 * Cost      O(1).
 * References Sinnott (1984) "Virtues of the haversine", Sky and Telescope 68(2): 159;
 *           Moritz (2000) Geodetic Reference System 1980 (mean radius).
 */
const R_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * R_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}
