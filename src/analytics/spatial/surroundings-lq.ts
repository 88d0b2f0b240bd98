/**
 * Location quotient of a detected cluster against its surroundings: how much
 * more the industry group weighs among the firms where the cluster is than
 * among the firms around it.
 *
 *   LQ = (a / A) / (b / B)
 *
 * a, A: firms of the group, and firms of any industry, in the cluster's
 * footprint — every firm within ε km of at least one member (ε the
 * clustering radius, so the footprint is what DBSCAN looked at);
 * b, B: the same within R km of the cluster's centroid (the surroundings,
 * footprint included, as a region's LQ includes the region in the nation).
 * Conventions: counts of firms, not of a measure; a member is by definition
 * in its own footprint. LQ > 1: the group is over-represented where the
 * cluster is. The footprint may reach beyond R when a cluster is wider than
 * R; choose R several times the cluster's extent.
 * Edge cases: A = 0 or b = 0 → null (no firms to compare).
 * Cost: O(m · (√n + q)) for m members and q firms per ε-disc, plus one
 * R-disc query; the index is built by the caller and reused across clusters.
 * Reference: the LQ of Isard, W. (1960), Methods of Regional Analysis, ch. 7,
 * with areas drawn from the data instead of administrative units.
 */
import type { SphereIndex } from './sphere-index.ts';

export interface SurroundingsLq {
  footprintFirms: number;
  footprintGroupFirms: number;
  surroundingFirms: number;
  surroundingGroupFirms: number;
  lq: number | null;
}

export function surroundingsLq(
  index: SphereIndex,
  /** 1 where the firm belongs to the industry group, by index id. */
  inGroup: Uint8Array,
  /** Index ids of the cluster's members. */
  members: ArrayLike<number>,
  centroid: readonly [number, number],
  epsKm: number,
  radiusKm: number,
): SurroundingsLq {
  const seen = new Uint8Array(index.n);
  let A = 0;
  let a = 0;
  for (let k = 0; k < members.length; k++) {
    const count = index.within(members[k], epsKm);
    const found = index.result;
    for (let j = 0; j < count; j++) {
      const i = found[j];
      if (seen[i]) continue;
      seen[i] = 1;
      A++;
      a += inGroup[i];
    }
  }
  const count = index.withinOf(centroid[0], centroid[1], radiusKm);
  let b = 0;
  for (let j = 0; j < count; j++) b += inGroup[index.result[j]];
  const lq = A === 0 || b === 0 ? null : a / A / (b / count);
  return {
    footprintFirms: A,
    footprintGroupFirms: a,
    surroundingFirms: count,
    surroundingGroupFirms: b,
    lq,
  };
}
