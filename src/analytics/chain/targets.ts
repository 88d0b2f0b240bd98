/**
 * Targets to attract (招商) for a chain gap: organisations outside the place
 * that are placed on the gap's node, ranked, each with the reasons it is
 * listed.
 *
 * Score     s = w_tier·tier + w_size·size + w_conf·confidence
 *               + w_near·proximity + w_ties·ties, each term in [0, 1]:
 *   tier       chain leader 1, single-item champion 0.8, little giant 0.6,
 *              other enterprise 0.2 (tags);
 *   size       (rank of its latest revenue among the candidates with one,
 *              ascending, 1-based) / (number of such candidates); 0 without;
 *   confidence of its placement on the node;
 *   proximity  1 / (1 + d / nearKm), d the great-circle distance in km from
 *              the place's centre to the organisation (0 when either has no
 *              coordinates);
 *   ties       min(1, k / 3), k = supply links it already has with
 *              organisations inside the place (either direction).
 * Defaults  w = (0.35, 0.25, 0.15, 0.15, 0.10), nearKm = 500.
 * Ties      equal scores sort by id. Node-level relatedness (the share of
 *           the node's template neighbours present in the place) is
 *           reported with the gap, not in the score: it is the same for
 *           every candidate of a node.
 * Cost      O(candidates log candidates + links).
 */
import { haversineKm } from '../spatial/haversine.ts';
import { tierOf, type Tier } from './panorama.ts';
import type { Placement, PlacementFact } from './place.ts';
import { withDefaults } from './with-defaults.ts';

export interface TargetCandidate {
  id: string;
  name: string;
  kind: string;
  tags: readonly string[];
  regionName: string | null;
  lon: number | null;
  lat: number | null;
  revenue: number | null;
  employees: number | null;
  synthetic: boolean;
}

export interface TargetOptions {
  weights: { tier: number; size: number; confidence: number; proximity: number; ties: number };
  nearKm: number;
  limit: number;
}

export const DEFAULT_TARGET_OPTIONS: TargetOptions = {
  weights: { tier: 0.35, size: 0.25, confidence: 0.15, proximity: 0.15, ties: 0.1 },
  nearKm: 500,
  limit: 10,
};

export interface Target {
  rank: number;
  id: string;
  name: string;
  tier: Tier | null;
  tags: readonly string[];
  regionName: string | null;
  revenue: number | null;
  employees: number | null;
  distanceKm: number | null;
  tiesInside: number;
  confidence: number;
  method: string;
  synthetic: boolean;
  score: number;
  terms: { tier: number; size: number; confidence: number; proximity: number; ties: number };
  /** Share of the node's candidates at or above its revenue (0.05 = top 5%); null without revenue. */
  revenueTop: number | null;
  /** The first reason it sits on the node (the reasons' first line, as data). */
  placedBy: PlacementFact | null;
  /** Why it ranks where it does, as sentences (English, for the CLI and logs). */
  reasons: string[];
}

const TIER_VALUE: Record<Tier, number> = {
  chain_leader: 1,
  single_champion: 0.8,
  little_giant: 0.6,
  sme: 0.2,
};
const TIER_LABEL: Record<Tier, string> = {
  chain_leader: 'chain leader (链主)',
  single_champion: 'single-item champion (单项冠军)',
  little_giant: 'little giant (专精特新小巨人)',
  sme: 'enterprise',
};

export function rankTargets(
  node: string,
  placements: readonly Placement[],
  candidates: ReadonlyMap<string, TargetCandidate>,
  /** Supply links inside ↔ candidate, as (candidate id → number of links with inside organisations). */
  tiesInside: ReadonlyMap<string, number>,
  centre: { lon: number; lat: number } | null,
  options: Partial<TargetOptions> = {},
): Target[] {
  const o = withDefaults(DEFAULT_TARGET_OPTIONS, options);
  const here = placements.filter((p) => p.node === node && candidates.has(p.organization));
  const revenues = here
    .map((p) => candidates.get(p.organization)!.revenue)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  const sizeOf = (r: number | null): number => {
    if (r === null || revenues.length === 0) return 0;
    let k = 0;
    while (k < revenues.length && revenues[k] <= r) k++;
    return k / revenues.length;
  };
  const out = here.map((p) => {
    const c = candidates.get(p.organization)!;
    const tier = tierOf(c);
    const d =
      centre && c.lon !== null && c.lat !== null
        ? haversineKm(centre.lon, centre.lat, c.lon, c.lat)
        : null;
    const ties = tiesInside.get(c.id) ?? 0;
    const terms = {
      tier: tier ? TIER_VALUE[tier] : 0,
      size: sizeOf(c.revenue),
      confidence: p.confidence,
      proximity: d === null ? 0 : 1 / (1 + d / o.nearKm),
      ties: Math.min(1, ties / 3),
    };
    const w = o.weights;
    const score =
      w.tier * terms.tier +
      w.size * terms.size +
      w.confidence * terms.confidence +
      w.proximity * terms.proximity +
      w.ties * terms.ties;
    const revenueTop =
      c.revenue === null ? null : Math.min(1, 1 - terms.size + 1 / Math.max(1, revenues.length));
    const reasons = targetReasons(p, c, { tier, revenueTop, d, ties });
    return {
      rank: 0,
      id: c.id,
      name: c.name,
      tier,
      tags: c.tags,
      regionName: c.regionName,
      revenue: c.revenue,
      employees: c.employees,
      distanceKm: d,
      tiesInside: ties,
      confidence: p.confidence,
      method: p.method,
      synthetic: c.synthetic,
      score,
      terms,
      revenueTop,
      placedBy: p.facts[0] ?? null,
      reasons,
    };
  });
  out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return out.slice(0, o.limit).map((t, i) => ({ ...t, rank: i + 1 }));
}

/** Why a candidate is listed, in words: its placement, tier, revenue, distance, ties, and if synthetic. */
function targetReasons(
  p: Placement,
  c: TargetCandidate,
  f: { tier: Tier | null; revenueTop: number | null; d: number | null; ties: number },
): string[] {
  const { tier, revenueTop, d, ties } = f;
  const reasons = [
    `placed on the node by ${p.method} (confidence ${p.confidence.toFixed(2)}): ${p.evidence[0] ?? ''}`,
  ];
  if (tier) reasons.push(TIER_LABEL[tier]);
  if (c.revenue !== null)
    reasons.push(
      `revenue ${c.revenue.toFixed(0)} (10k yuan), top ${(100 * revenueTop!).toFixed(0)}% of the node's candidates`,
    );
  if (d !== null)
    reasons.push(`${d.toFixed(0)} km away${c.regionName ? ` (${c.regionName})` : ''}`);
  if (ties > 0) reasons.push(`already has ${ties} supply link(s) with organisations of the place`);
  if (c.synthetic) reasons.push('SYNTHETIC record: not a real firm');
  return reasons;
}
