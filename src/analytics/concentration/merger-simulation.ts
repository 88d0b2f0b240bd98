/**
 * Merger simulation on market shares: concentration before and after one or
 * several proposed mergers, read as the US and EU merger guidelines read it.
 *
 * Formula   for a merger of the firms G with shares s_k (percent):
 *             ΔHHI_G = (Σ_{k∈G} s_k)² − Σ_{k∈G} s_k² = 2 Σ_{i<j∈G} s_i s_j
 *           for a set of disjoint mergers ΔHHI = Σ_G ΔHHI_G; the post-merger
 *           HHI, CRn and N50 are recomputed on the merged sizes (the merged
 *           firm's size is the sum of its members': no efficiencies, no lost
 *           sales, the static reading the guidelines' screens use).
 * Readings  US 2023 (Merger Guidelines, Guideline 1): a merger is presumed to
 *           substantially lessen competition when ΔHHI > 100 and either the
 *           post-merger HHI > 1,800 or the merged firm's share > 30%.
 *           EU 2004 (Horizontal Merger Guidelines, paras 18-21): concerns are
 *           unlikely when the post-merger HHI < 1,000, or 1,000-2,000 with
 *           ΔHHI < 250, or > 2,000 with ΔHHI < 150 (para 20 lists exceptions);
 *           a combined share ≤ 25% indicates compatibility (para 18).
 *           Each merger is read alone against today's market; the set is read
 *           with its total ΔHHI and its final HHI.
 * Caveat    the guidelines apply to a relevant antitrust market; a cluster's
 *           recorded members are not one, so the readings are a screen, not a
 *           legal finding.
 * Edge cases a group of fewer than 2 firms, an index out of range or a firm in
 *           two groups → RangeError. A market with no positive size → NaN.
 * Cost      O(K log K + Σ|G|).
 * References US Department of Justice & Federal Trade Commission, Merger
 *           Guidelines (18 December 2023); US DOJ & FTC, Horizontal Merger
 *           Guidelines (2010), §5.3 (the earlier 1,500/2,500 bands); European
 *           Commission, Guidelines on the assessment of horizontal mergers
 *           under the Council Regulation on the control of concentrations
 *           between undertakings, OJ C 31, 5.2.2004, pp. 5-18.
 */
import { concentrationProfile, type ConcentrationProfile } from './concentration-profile.ts';

export type UsReading = 'presumed-harmful' | 'no-presumption';
export type EuReading = 'concerns-unlikely' | 'further-analysis';

export interface GuidelineReading {
  us2023: UsReading;
  eu2004: EuReading;
  /** EU para 18: the combined share is at most 25%. */
  euShareIndication: boolean;
}

export interface MergerEffect {
  /** Indices of the merging firms. */
  members: number[];
  /** Σ sizes of the members: the merged firm's size. */
  size: number;
  /** The merged firm's share, percent. */
  share: number;
  /** ΔHHI of this merger alone, points. */
  deltaHhi: number;
  /** HHI after this merger alone, points. */
  postHhi: number;
  reading: GuidelineReading;
}

export interface MergerSimulation {
  before: ConcentrationProfile;
  after: ConcentrationProfile;
  /** after.hhi − before.hhi = Σ ΔHHI of the mergers. */
  deltaHhi: number;
  mergers: MergerEffect[];
  /** The set of mergers read together. */
  reading: GuidelineReading;
  /** For each entity of `after`, the indices of the firms it holds. */
  entities: number[][];
}

export const US_2023 = { highlyConcentrated: 1800, delta: 100, share: 30 } as const;
export const EU_2004 = { low: 1000, mid: 2000, deltaMid: 250, deltaHigh: 150, share: 25 } as const;

/** The US 2023 and EU 2004 screens for a post-merger HHI, its ΔHHI and the merged share. */
export function readGuidelines(postHhi: number, deltaHhi: number, share: number): GuidelineReading {
  const us2023: UsReading =
    deltaHhi > US_2023.delta && (postHhi > US_2023.highlyConcentrated || share > US_2023.share)
      ? 'presumed-harmful'
      : 'no-presumption';
  const eu2004: EuReading =
    postHhi < EU_2004.low ||
    (postHhi <= EU_2004.mid && deltaHhi < EU_2004.deltaMid) ||
    (postHhi > EU_2004.mid && deltaHhi < EU_2004.deltaHigh)
      ? 'concerns-unlikely'
      : 'further-analysis';
  return { us2023, eu2004, euShareIndication: share <= EU_2004.share };
}

/** Checks the groups (≥ 2 firms each, in range, disjoint), then simulates. */
export function mergerSimulation(
  sizes: ArrayLike<number>,
  mergers: readonly (readonly number[])[],
  ns: readonly number[] = [4, 8],
): MergerSimulation {
  const K = sizes.length;
  const groupOf = new Int32Array(K).fill(-1);
  mergers.forEach((g, gi) => {
    if (g.length < 2) throw new RangeError(`merger ${gi + 1} needs at least two firms`);
    for (const k of g) {
      if (!Number.isInteger(k) || k < 0 || k >= K)
        throw new RangeError(`merger ${gi + 1}: firm index ${k} out of range 0..${K - 1}`);
      if (groupOf[k] !== -1)
        throw new RangeError(`firm ${k} is in merger ${groupOf[k] + 1} and merger ${gi + 1}`);
      groupOf[k] = gi;
    }
  });
  const before = concentrationProfile(sizes, ns);
  return simulate(Float64Array.from(sizes), mergers, groupOf, before, ns);
}

function simulate(
  x: Float64Array,
  mergers: readonly (readonly number[])[],
  groupOf: Int32Array,
  before: ConcentrationProfile,
  ns: readonly number[],
): MergerSimulation {
  const s = before.shares;
  const effects: MergerEffect[] = mergers.map((g) => {
    let size = 0;
    let share = 0;
    let sq = 0;
    for (const k of g) {
      size += x[k];
      share += s[k];
      sq += s[k] * s[k];
    }
    const deltaHhi = share * share - sq;
    const postHhi = before.hhi + deltaHhi;
    return {
      members: [...g],
      size,
      share,
      deltaHhi,
      postHhi,
      reading: readGuidelines(postHhi, deltaHhi, share),
    };
  });
  // Entities after: each merger at its lowest member's place, other firms as they are.
  const entities: number[][] = [];
  const merged: number[] = [];
  for (let k = 0; k < x.length; k++) {
    const gi = groupOf[k];
    if (gi === -1) {
      entities.push([k]);
      merged.push(x[k]);
    } else if (Math.min(...mergers[gi]) === k) {
      entities.push([...mergers[gi]]);
      merged.push(effects[gi].size);
    }
  }
  const after = concentrationProfile(merged, ns);
  const deltaHhi = effects.reduce((a, e) => a + e.deltaHhi, 0);
  const largest = effects.reduce((a, e) => Math.max(a, e.share), 0);
  return {
    before,
    after,
    deltaHhi,
    mergers: effects,
    reading: readGuidelines(after.hhi, deltaHhi, largest),
    entities,
  };
}
