import { buildMatchCandidates } from '../../analytics/matching/match-candidates.ts';
import type { MatchWeights } from '../../analytics/matching/match-weights.ts';
import { rankCandidates } from '../../analytics/matching/rank-candidates.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readCapability,
  readDemands,
  memberships,
  partyFacts,
  pastLinkCounts,
  readRegionPoint,
  type DemandRow,
} from '../../store/matching.ts';
import { capabilityText } from './capability-index.ts';
import { cached } from './matching-cache.ts';
import { explain, matchReasons } from './explain.ts';
import { buyersSeeingSupplier } from './shared-pool.ts';
import { sizeClassOf } from './size-class.ts';
import { nodeNamer } from './node-names.ts';
import { listChainTemplates } from '../chain/templates.ts';
import type { CapabilityMatches, DemandMatch } from '../../contract/matching.ts';

export type { DemandMatch, CapabilityMatches };

/**
 * Whether an organisation may see a demand: open demands to all, cluster
 * demands to the members of that cluster (all, when no cluster is named),
 * invited demands to the invited firms only; the buyer always sees its own.
 */
export function demandVisibleTo(d: DemandRow, org: string, clusters: ReadonlySet<string>): boolean {
  if (d.organization === org) return true;
  if (d.visibility === 'open') return true;
  if (d.visibility === 'invited') return d.invited.includes(org);
  return !d.cluster || clusters.has(d.cluster);
}

interface DemandIndex {
  rows: DemandRow[];
  candidates: ReturnType<typeof buildMatchCandidates>;
}

async function demandIndex(db: Duck): Promise<DemandIndex> {
  return cached(db, 'demands', async () => {
    const rows = (await readDemands(db, { status: 'open', limit: 10_000_000 })).reverse();
    const facts = new Map(
      (await partyFacts(db, [...new Set(rows.map((r) => r.organization))])).map((f) => [f.id, f]),
    );
    const points = new Map<string, { lon?: number; lat?: number }>();
    for (const r of rows)
      if (r.region && !points.has(r.region))
        points.set(r.region, (await readRegionPoint(db, r.region)) ?? {});
    const candidates = buildMatchCandidates(
      rows.map((r) => {
        const buyer = facts.get(r.organization);
        const p = r.region ? points.get(r.region) : buyer;
        return {
          text: [r.title, r.description ?? '', r.specification ?? ''].join(' '),
          lon: p?.lon,
          lat: p?.lat,
          size: buyer ? sizeClassOf(buyer) : undefined,
          tags: [],
          nodes: r.nodes,
        };
      }),
    );
    return { rows, candidates };
  });
}

/**
 * Ranks the open demands an organisation may see for one of its
 * capabilities: the same seven parts as matchDemand, seen from the supplier
 * (past links with each buyer; pool: buyers that see this supplier as
 * qualified by a peer).
 */
export async function matchCapability(
  db: Duck,
  capabilityId: string,
  opts: { top?: number; weights?: Partial<MatchWeights> } = {},
): Promise<CapabilityMatches> {
  const cap = await readCapability(db, capabilityId);
  if (!cap)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no capability ${capabilityId}`, {
      capability: capabilityId,
    });
  const [owner] = await partyFacts(db, [cap.organization]);
  const idx = await demandIndex(db);
  const clusters = new Set((await memberships(db, cap.organization)).map((m) => m.cluster));
  const allowed = Uint8Array.from(idx.rows, (d) =>
    demandVisibleTo(d, cap.organization, clusters) && d.organization !== cap.organization ? 1 : 0,
  );
  const pastByOrg = await pastLinkCounts(db, cap.organization);
  const seenBy = await buyersSeeingSupplier(db, cap.organization);
  const { past, pooled, qualifiedBy } = buyerEvidence(idx.rows, pastByOrg, seenBy);
  const hits = rankCandidates(
    idx.candidates,
    {
      text: capabilityText(cap),
      nodes: cap.nodes.length > 0 ? cap.nodes : (owner?.industries ?? []),
      lon: owner?.lon,
      lat: owner?.lat,
      size: owner ? sizeClassOf(owner) : undefined,
      past,
      pooled,
      allowed,
    },
    { top: opts.top ?? 10, weights: opts.weights },
  );
  const buyers = new Map(
    (await partyFacts(db, [...new Set(hits.map((h) => idx.rows[h.candidate].organization))])).map(
      (f) => [f.id, f],
    ),
  );
  const names = new Map<string, string>();
  for (const f of await partyFacts(db, [...new Set([...qualifiedBy.values()].flat())]))
    names.set(f.id, f.name);
  const nameOf = nodeNamer(await listChainTemplates(db));
  const matches = hits.map((h, k) => {
    const d = idx.rows[h.candidate];
    const b = buyers.get(d.organization);
    const m: DemandMatch = {
      rank: k + 1,
      demand: d.id,
      title: d.title,
      buyer: {
        id: d.organization,
        name: b?.name ?? d.organization,
        region: d.region ?? b?.region,
        tags: b?.tags ?? [],
        synthetic: b?.synthetic ?? false,
      },
      score: h.score,
      parts: h.parts,
      reasons: [],
      why: [],
      matchedTerms: h.matchedTerms,
      ...(h.distanceKm !== undefined ? { distanceKm: h.distanceKm } : {}),
      qualifiedBy: (qualifiedBy.get(h.candidate) ?? []).map((id) => ({
        id,
        name: names.get(id) ?? id,
      })),
    };
    const explainable = {
      ...m,
      pastLinks: pastByOrg.get(d.organization) ?? 0,
      supplier: { tags: [], size: owner ? sizeClassOf(owner) : undefined },
    };
    m.why = matchReasons(explainable, d.nodes, cap.nodes, nameOf);
    m.reasons = explain(m.why);
    return m;
  });
  return { capability: cap.id, supplier: cap.organization, candidates: idx.rows.length, matches };
}

/** Per demand row: past links with its buyer, and the peers through which its buyer sees this supplier. */
function buyerEvidence(
  rows: readonly { organization: string }[],
  pastByOrg: ReadonlyMap<string, number>,
  seenBy: ReadonlyMap<string, string[]>,
): { past: Map<number, number>; pooled: Set<number>; qualifiedBy: Map<number, string[]> } {
  const past = new Map<number, number>();
  const pooled = new Set<number>();
  const qualifiedBy = new Map<number, string[]>();
  for (let i = 0; i < rows.length; i++) {
    const buyer = rows[i].organization;
    const n = pastByOrg.get(buyer);
    if (n) past.set(i, n);
    const peers = seenBy.get(buyer);
    if (peers) {
      pooled.add(i);
      qualifiedBy.set(i, peers);
    }
  }
  return { past, pooled, qualifiedBy };
}
