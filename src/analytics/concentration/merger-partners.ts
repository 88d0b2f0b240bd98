/**
 * Merger partners for a leading firm, ranked by complementarity: what a
 * candidate adds to the leader's chain, how near it is, how many customers
 * they share, and which of its products overlap the leader's (the duplicated
 * capacity a merger would bring under one roof).
 *
 * Formula   for leader L and candidate c with product sets P (chain nodes,
 *           industry codes or labels) and customer sets C:
 *             added_c  = P_c \ P_L,  shared_c = P_c ∩ P_L
 *             comp_c   = |added_c| / |P_c ∪ P_L|              (0..1)
 *             prox_c   = 1 / (1 + d_c / d0),  d0 = 100 km       (0..1; 0 unknown)
 *             cust_c   = |C_c ∩ C_L| / |C_c ∪ C_L|              (Jaccard; 0 if both empty)
 *             score_c  = w_comp·comp_c + w_prox·prox_c + w_cust·cust_c
 *           overlapSize_c = size_c · |shared_c| / |P_c|  (the candidate's size
 *           in the overlapping products, assuming it is spread evenly over its
 *           products — an assumption, said so in the answer).
 * Convention default weights 0.5 / 0.25 / 0.25: the basic-industry remedy is
 *           to extend the leader's chain, so what a partner adds weighs most;
 *           shared customers and nearness make integration cheaper. Ties by
 *           index. The leader itself is never a candidate.
 * Edge cases a candidate with no products: comp = 0, overlapSize = 0. Unknown
 *           coordinates (NaN) → distance NaN and prox 0.
 * Cost      O(K · (|P| + |C|)) with set lookups, plus O(K log K) for the sort.
 * References Hoberg, G. & Phillips, G. (2010) "Product market synergies and
 *           competition in mergers and acquisitions", Review of Financial
 *           Studies 23(10): 3773-3811 (product similarity and merger gains);
 *           Jaccard (1912) for the overlap of sets.
 */
import { haversineKm } from '../matching/haversine.ts';

export interface PartnerFirm {
  products: readonly string[];
  customers: readonly string[];
  /** Degrees; NaN when unknown. */
  lon: number;
  lat: number;
  size: number;
}

export interface PartnerWeights {
  complementarity: number;
  proximity: number;
  customers: number;
}

export const DEFAULT_PARTNER_WEIGHTS: PartnerWeights = {
  complementarity: 0.5,
  proximity: 0.25,
  customers: 0.25,
};

/** Distance at which proximity is one half, km. */
export const PROXIMITY_HALF_KM = 100;

export interface PartnerScore {
  index: number;
  added: string[];
  shared: string[];
  complementarity: number;
  distanceKm: number;
  proximity: number;
  sharedCustomers: number;
  customerOverlap: number;
  overlapSize: number;
  score: number;
}

/** Candidates for `leader` among `firms`, best first; weights must be ≥ 0 and not all 0. */
export function mergerPartners(
  firms: readonly PartnerFirm[],
  leader: number,
  weights: PartnerWeights = DEFAULT_PARTNER_WEIGHTS,
): PartnerScore[] {
  if (!Number.isInteger(leader) || leader < 0 || leader >= firms.length)
    throw new RangeError(`leader index ${leader} out of range 0..${firms.length - 1}`);
  const w = [weights.complementarity, weights.proximity, weights.customers];
  if (w.some((v) => !Number.isFinite(v) || v < 0) || w.every((v) => v === 0))
    throw new RangeError('weights must be finite, ≥ 0 and not all 0');
  const L = firms[leader];
  const lp = new Set(L.products);
  const lc = new Set(L.customers);
  const out: PartnerScore[] = [];
  firms.forEach((c, index) => {
    if (index === leader) return;
    out.push(scoreOne(c, index, L, lp, lc, weights));
  });
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}

function scoreOne(
  c: PartnerFirm,
  index: number,
  L: PartnerFirm,
  lp: ReadonlySet<string>,
  lc: ReadonlySet<string>,
  w: PartnerWeights,
): PartnerScore {
  const products = [...new Set(c.products)];
  const added = products.filter((p) => !lp.has(p));
  const shared = products.filter((p) => lp.has(p));
  const union = lp.size + added.length;
  const complementarity = union === 0 ? 0 : added.length / union;
  const distanceKm = haversineKm(L.lon, L.lat, c.lon, c.lat);
  const proximity = Number.isNaN(distanceKm) ? 0 : 1 / (1 + distanceKm / PROXIMITY_HALF_KM);
  const customers = new Set(c.customers);
  let sharedCustomers = 0;
  for (const k of customers) if (lc.has(k)) sharedCustomers++;
  const cu = customers.size + lc.size - sharedCustomers;
  const customerOverlap = cu === 0 ? 0 : sharedCustomers / cu;
  const overlapSize = products.length === 0 ? 0 : (c.size * shared.length) / products.length;
  return {
    index,
    added,
    shared,
    complementarity,
    distanceKm,
    proximity,
    sharedCustomers,
    customerOverlap,
    overlapSize,
    score:
      w.complementarity * complementarity + w.proximity * proximity + w.customers * customerOverlap,
  };
}
