import {
  buildMatchCandidates,
  type MatchCandidates,
} from '../../analytics/matching/match-candidates.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readCapabilities,
  partyFacts,
  type CapabilityRow,
  type PartyFacts,
} from '../../store/matching.ts';
import { cached } from './matching-cache.ts';
import { sizeClassOf } from './size-class.ts';

export interface CapabilityIndex {
  rows: CapabilityRow[];
  owners: PartyFacts[];
  candidates: MatchCandidates;
  /** organisation id → row numbers of its capabilities */
  byOrganization: Map<string, number[]>;
}

/** The text a capability is found by: what it offers, then who offers it. */
export function capabilityText(c: CapabilityRow): string {
  return [c.title, ...c.products, ...c.processes, ...c.certifications, c.description ?? ''].join(
    ' ',
  );
}

/** The BM25 index and features of every capability, with its owner's facts. */
export function capabilityIndex(db: Duck): Promise<CapabilityIndex> {
  return cached(db, 'capabilities', async () => {
    const rows = await readCapabilities(db, { limit: 10_000_000 });
    const facts = new Map((await partyFacts(db)).map((f) => [f.id, f]));
    const owners: PartyFacts[] = [];
    const byOrganization = new Map<string, number[]>();
    const kept: CapabilityRow[] = [];
    for (const r of rows) {
      const o = facts.get(r.organization);
      if (!o) continue; // an owner deleted since: not matchable
      byOrganization.set(r.organization, [
        ...(byOrganization.get(r.organization) ?? []),
        kept.length,
      ]);
      kept.push(r);
      owners.push(o);
    }
    const candidates = buildMatchCandidates(
      kept.map((r, i) => ({
        text: capabilityText(r),
        lon: owners[i].lon,
        lat: owners[i].lat,
        size: sizeClassOf(owners[i]),
        tags: owners[i].tags,
        nodes: r.nodes.length > 0 ? r.nodes : owners[i].industries,
      })),
    );
    return { rows: kept, owners, candidates, byOrganization };
  });
}
