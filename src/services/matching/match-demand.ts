import {
  DEFAULT_DISTANCE_SCALE_KM,
  rankCandidates,
} from '../../analytics/matching/rank-candidates.ts';
import type { MatchWeights } from '../../analytics/matching/match-weights.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readDemand,
  partyFacts,
  pastLinkCounts,
  readRegionPoint,
  type DemandRow,
} from '../../store/matching.ts';
import { capabilityIndex } from './capability-index.ts';
import { proposeMatches } from './outcomes.ts';
import { explain, matchReasons } from './explain.ts';
import { poolVisibleTo } from './shared-pool.ts';
import { sizeClassOf } from './size-class.ts';
import { listChainTemplates } from '../chain/templates.ts';
import { bilingualQuery } from './bilingual-query.ts';
import { nodeNamer } from './node-names.ts';
import type { DemandMatches, SupplierMatch } from '../../contract/matching.ts';

export type { DemandMatches, SupplierMatch };

/** A demand to match: a stored one by id, or a draft not stored (CLI --demand "text"). */
export type DemandRef =
  | { id: string }
  | {
      text: string;
      organization?: string;
      region?: string;
      nodes?: string[];
      wantedSize?: 'sme' | 'large';
    };

export interface MatchDemandOptions {
  top?: number;
  weights?: Partial<MatchWeights>;
  distanceScaleKm?: number;
  /** Keep only suppliers whose region code starts with this prefix (e.g. 4301). */
  regionPrefix?: string;
  /** Keep only SMEs, or only large firms. */
  supplierSize?: 'sme' | 'large';
  /** Store the ranked matches as proposed (a stored demand only). */
  record?: boolean;
  now?: Date | string;
}

function demandText(d: DemandRow): string {
  return [d.title, d.description ?? '', d.specification ?? ''].join(' ');
}

/**
 * Ranks capabilities for a demand: BM25 over character n-grams of the offer,
 * chain-node fit, distance to the wanted region (or the buyer), size, tags,
 * past links with the buyer and the buyer's peers' shared pool
 * (analytics/matching/rank-candidates.ts). Each supplier appears once, with
 * its best capability; the buyer's own capabilities are left out.
 */
export async function matchDemand(
  db: Duck,
  ref: DemandRef,
  opts: MatchDemandOptions = {},
): Promise<DemandMatches> {
  const stored = 'id' in ref ? await readDemand(db, ref.id) : undefined;
  if ('id' in ref && !stored)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no demand ${ref.id}`, { demand: ref.id });
  const text = stored ? demandText(stored) : (ref as { text: string }).text;
  const buyer = stored ? stored.organization : (ref as { organization?: string }).organization;
  const region = stored ? stored.region : (ref as { region?: string }).region;
  const nodes = stored ? stored.nodes : ((ref as { nodes?: string[] }).nodes ?? []);
  const wanted = (stored ? stored.wanted_size : (ref as { wantedSize?: string }).wantedSize) as
    'sme' | 'large' | undefined;
  if (opts.record && !stored)
    throw new AtlasError('ATLAS_E_USAGE', 'only a stored demand can record its matches', {});

  const idx = await capabilityIndex(db);
  const buyerFacts = buyer ? (await partyFacts(db, [buyer]))[0] : undefined;
  if (buyer && !buyerFacts)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${buyer}`, { organization: buyer });
  const { lon, lat } = await demandPoint(db, buyerFacts, region);

  // Per-buyer evidence, mapped from organisations to capability rows.
  const pastByOrg = buyer ? await pastLinkCounts(db, buyer) : new Map<string, number>();
  const peers = buyer ? await poolVisibleTo(db, buyer) : new Map<string, string[]>();
  const past = new Map<number, number>();
  for (const [org, n] of pastByOrg)
    for (const i of idx.byOrganization.get(org) ?? []) past.set(i, n);
  const pooled = new Set<number>();
  for (const org of peers.keys()) for (const i of idx.byOrganization.get(org) ?? []) pooled.add(i);
  const exclude = new Set<number>(buyer ? (idx.byOrganization.get(buyer) ?? []) : []);

  const allowed = allowedMask(idx, opts);

  const top = opts.top ?? 10;
  // Ask for more than top: a supplier with several capabilities appears once.
  // An English request is ranked in the capabilities' Chinese words too (bilingual-query.ts).
  const templates = await listChainTemplates(db);
  const asked = bilingualQuery(text, templates);
  const nameOf = nodeNamer(templates);
  const hits = rankCandidates(
    idx.candidates,
    { text: asked, nodes, lon, lat, size: wanted, past, pooled, exclude, allowed },
    {
      top: top * 3 + 10,
      weights: opts.weights,
      distanceScaleKm: opts.distanceScaleKm ?? DEFAULT_DISTANCE_SCALE_KM,
    },
  );
  const names = new Map<string, string>();
  const peerIds = [...new Set([...peers.values()].flat())];
  for (const f of peerIds.length > 0 ? await partyFacts(db, peerIds) : []) names.set(f.id, f.name);

  const matches = supplierMatches(hits, idx, { peers, names, pastByOrg, nodes, nameOf, top });

  if (opts.record && stored && matches.length > 0) await recordMatches(db, stored, matches, opts);
  return {
    demand: { id: stored?.id, text, buyer, region, nodes },
    candidates: idx.rows.length,
    matches,
  };
}

type CapabilityIndex = Awaited<ReturnType<typeof capabilityIndex>>;

/** Where distances are measured from: the wanted region's point, else the buyer's. */
async function demandPoint(
  db: Duck,
  buyerFacts: Awaited<ReturnType<typeof partyFacts>>[number] | undefined,
  region: string | undefined,
) {
  let lon = buyerFacts?.lon;
  let lat = buyerFacts?.lat;
  if (region) {
    const p = await readRegionPoint(db, region);
    if (!p) throw new AtlasError('ATLAS_E_NOT_FOUND', `no region ${region}`, { region });
    lon = p.lon;
    lat = p.lat;
  }
  return { lon, lat };
}

/** 1 for the capabilities whose owner is in the region prefix and of the size asked. */
function allowedMask(idx: CapabilityIndex, opts: MatchDemandOptions): Uint8Array | undefined {
  if (!opts.regionPrefix && !opts.supplierSize) return undefined;
  const allowed = new Uint8Array(idx.rows.length);
  for (let i = 0; i < allowed.length; i++) {
    const o = idx.owners[i];
    const okRegion = !opts.regionPrefix || (o.region ?? '').startsWith(opts.regionPrefix);
    const okSize = !opts.supplierSize || sizeClassOf(o) === opts.supplierSize;
    allowed[i] = okRegion && okSize ? 1 : 0;
  }
  return allowed;
}

/** The ranked hits as matches: each supplier once (its best capability), at most top, with reasons. */
function supplierMatches(
  hits: ReturnType<typeof rankCandidates>,
  idx: CapabilityIndex,
  c: {
    peers: Map<string, string[]>;
    names: Map<string, string>;
    pastByOrg: Map<string, number>;
    nodes: string[];
    nameOf: ReturnType<typeof nodeNamer>;
    top: number;
  },
): SupplierMatch[] {
  const { peers, names, pastByOrg, nodes, nameOf, top } = c;
  const seen = new Set<string>();
  const matches: SupplierMatch[] = [];
  for (const h of hits) {
    const cap = idx.rows[h.candidate];
    const o = idx.owners[h.candidate];
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    const qualifiedBy = (peers.get(o.id) ?? []).map((id) => ({ id, name: names.get(id) ?? id }));
    const m: SupplierMatch = {
      rank: matches.length + 1,
      capability: cap.id,
      title: cap.title,
      supplier: {
        id: o.id,
        name: o.name,
        region: o.region,
        size: sizeClassOf(o),
        tags: o.tags,
        synthetic: o.synthetic,
      },
      score: h.score,
      parts: h.parts,
      reasons: [],
      why: [],
      matchedTerms: h.matchedTerms,
      ...(h.distanceKm !== undefined ? { distanceKm: h.distanceKm } : {}),
      qualifiedBy,
      pastLinks: pastByOrg.get(o.id) ?? 0,
    };
    m.why = matchReasons(m, cap.nodes.length > 0 ? cap.nodes : o.industries, nodes, nameOf);
    m.reasons = explain(m.why);
    matches.push(m);
    if (matches.length === top) break;
  }

  return matches;
}

/** A stored demand's matches proposed as outcomes; each match gets its id. */
async function recordMatches(
  db: Duck,
  stored: DemandRow,
  matches: SupplierMatch[],
  opts: MatchDemandOptions,
): Promise<void> {
  const rows = await proposeMatches(
    db,
    matches.map((m) => ({
      demand: stored.id,
      capability: m.capability,
      buyer: stored.organization,
      supplier: m.supplier.id,
      score: m.score,
      reasons: { parts: m.parts, reasons: m.reasons },
    })),
    { now: opts.now },
  );
  rows.forEach((r, k) => (matches[k].matchId = r.id));
}
