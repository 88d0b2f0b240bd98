/**
 * What a clustering says about each cluster: its members, size (count and,
 * with weights, the weight sum), centroid (spherical, weighted when weights
 * are given), outline (convex hull, see convex-hull.ts) and the
 * administrative units its members lie in.
 *
 * `regionOf(i)` maps a point to its unit code (or undefined when unknown);
 * it is passed in so that this file stays free of I/O: the service layer
 * builds it from organisations' region codes. A cluster "spans" every
 * distinct unit of its members, sorted; members without a unit are counted
 * in `unplaced`. Cost: O(n + Σ m log m).
 */
import { convexHull } from './convex-hull.ts';
import { sphericalCentroid } from './spherical-centroid.ts';

export interface ClusterDescription {
  cluster: number;
  members: number[];
  size: number;
  weight: number;
  centroid: [number, number];
  /** Point ids of the outline ring, counter-clockwise, not closed. */
  hull: number[];
  units: string[];
  unplaced: number;
}

export function describeClusters(
  lon: Float64Array,
  lat: Float64Array,
  labels: Int32Array,
  opts: { weights?: Float64Array; regionOf?: (i: number) => string | undefined } = {},
): ClusterDescription[] {
  const { weights, regionOf } = opts;
  const members: number[][] = [];
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    if (c < 0) continue;
    while (members.length <= c) members.push([]);
    members[c].push(i);
  }
  return members.map((m, c) => {
    const units = new Set<string>();
    let unplaced = 0;
    let weight = 0;
    for (const i of m) {
      weight += weights ? weights[i] : 1;
      const u = regionOf?.(i);
      if (u) units.add(u);
      else unplaced++;
    }
    return {
      cluster: c,
      members: m,
      size: m.length,
      weight,
      centroid: sphericalCentroid(lon, lat, m, weights),
      hull: convexHull(lon, lat, m),
      units: [...units].sort(),
      unplaced: regionOf ? unplaced : 0,
    };
  });
}
