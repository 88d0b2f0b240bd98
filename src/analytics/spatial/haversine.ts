/**
 * Great-circle distance on a sphere (haversine formula).
 *
 *   h = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2),   d = 2R · asin(√h)
 *
 * φ latitude, λ longitude (radians), R the Earth's mean radius. `h` is the
 * "reduced distance" that index queries compare with sin²(d/2R): monotone in
 * d and cheaper (no asin, no sqrt). The expression order follows
 * scikit-learn's HaversineDistance.rdist so that comparisons at exactly eps
 * agree with it bit for bit on the same radians.
 *
 * Conventions: inputs in degrees (lon, lat), distances in kilometres; the
 * sphere's radius is the IUGG mean radius R₁ = 6371.0088 km. Error against
 * the WGS-84 ellipsoid: up to ~0.5 %. Cost: O(1).
 * References: Sinnott, R. W. (1984), "Virtues of the Haversine", Sky &
 * Telescope 68(2):159; Moritz, H. (2000), Geodetic Reference System 1980.
 */

/** IUGG mean Earth radius R₁, in km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Degrees → radians, as numpy.radians computes it (x · (π/180)). */
export const DEG = Math.PI / 180;

/** Reduced haversine distance h ∈ [0, 1] between two points in radians (φ latitude, λ longitude). */
export function haversineReduced(phi1: number, lam1: number, phi2: number, lam2: number): number {
  const s0 = Math.sin(0.5 * (phi1 - phi2));
  const s1 = Math.sin(0.5 * (lam1 - lam2));
  return s0 * s0 + Math.cos(phi1) * Math.cos(phi2) * s1 * s1;
}

/** The reduced distance that corresponds to a distance of `km` on the sphere. */
export function reducedOfKm(km: number, radiusKm = EARTH_RADIUS_KM): number {
  const s = Math.sin(0.5 * (km / radiusKm));
  return s * s;
}

/** Great-circle distance in km between (lon1, lat1) and (lon2, lat2), in degrees. */
export function haversineKm(
  lon1: number,
  lat1: number,
  lon2: number,
  lat2: number,
  radiusKm = EARTH_RADIUS_KM,
): number {
  const h = haversineReduced(lat1 * DEG, lon1 * DEG, lat2 * DEG, lon2 * DEG);
  return 2 * radiusKm * Math.asin(Math.sqrt(Math.min(1, h)));
}
