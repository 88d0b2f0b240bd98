/**
 * The matchmaking use cases (供需对接) as the API, the CLI and the web see
 * them: for each, the zod schema of its input (with defaults) and of its
 * output, and the types inferred from them. Written once here; the API mounts
 * them (src/api/contract-schema.ts turns them into JSON Schema for
 * validation, serialisation and OpenAPI), the CLI builds its options and
 * checks from them (src/cli/contract-options.ts), the web imports the types.
 * See docs/architecture.md, "The contract rule".
 */
import { z } from 'zod';
import { RegionCode } from '../core/model/region.ts';
import { Provenance } from '../core/model/provenance.ts';
import { pagedQuery, pageOf } from './paging.ts';

// ── Shared words ───────────────────────────────────────────────────────────

/** What a demand asks for: a product, material, part, service or technology. */
export const DemandKind = z.enum(['product', 'material', 'part', 'service', 'technology']);
/** Who may see a demand: anyone, the members of its cluster, or invited firms only. */
export const Visibility = z.enum(['open', 'cluster', 'invited']);
export const SizeWanted = z.enum(['sme', 'large']);
export const CapabilityKind = z.enum(['product', 'process', 'service', 'technology']);
/** Outcome states of a match; contract and declined are final. */
export const MatchStatus = z.enum([
  'proposed',
  'contacted',
  'sample_trial',
  'contract',
  'declined',
]);
export type MatchStatus = z.infer<typeof MatchStatus>;
export const PoolConsent = z.enum(['pending', 'granted', 'refused', 'withdrawn']);
export type PoolConsent = z.infer<typeof PoolConsent>;
/** The seven parts of a match's score (analytics/matching/match-weights.ts). */
export const MatchPart = z.enum(['text', 'node', 'distance', 'size', 'tags', 'past', 'pool']);
export type MatchPart = z.infer<typeof MatchPart>;
export const Period = z.enum(['month', 'quarter', 'year']);
export type Period = z.infer<typeof Period>;

/** How many matches a ranking returns. */
export const MATCH_TOP = { min: 1, max: 200, default: 10 } as const;
const top = z.number().int().min(MATCH_TOP.min).max(MATCH_TOP.max).default(MATCH_TOP.default);
const id = z.string().min(1).max(200);
const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** Provenance as stored with a record: the model's fields, each as it was written. */
export const StoredProvenance = z.object({
  source: z.string().optional(),
  year: z.number().int().optional(),
  method: z.string().optional(),
  confidence: z.number().optional(),
  verified: z.boolean().optional(),
  synthetic: z.boolean().optional(),
  note: z.string().optional(),
});

// ── Demands and capabilities ───────────────────────────────────────────────

/** A demand to post (需求). */
export const DemandInput = z.object({
  id: z.string().min(1).optional(),
  organization: z.string().min(1),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  kind: DemandKind.default('part'),
  specification: z.string().optional(),
  quantity: z.number().finite().min(0).optional(),
  unit: z.string().optional(),
  /** Where the supply is wanted (GB/T 2260); default: the buyer's own region. */
  region: RegionCode.optional(),
  /** Chain node ids or GB/T 4754 classes. */
  nodes: z.array(z.string().min(1)).default([]),
  wantedSize: SizeWanted.optional(),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional(),
  visibility: Visibility.default('cluster'),
  invited: z.array(z.string().min(1)).default([]),
  cluster: z.string().optional(),
  provenance: Provenance.optional(),
});
export type DemandInput = z.input<typeof DemandInput>;

/** A stored demand. */
export const Demand = z.object({
  id: z.string(),
  organization: z.string(),
  title: z.string(),
  description: z.string().optional(),
  kind: z.string(),
  specification: z.string().optional(),
  quantity: z.number().optional(),
  unit: z.string().optional(),
  region: z.string().optional(),
  nodes: z.array(z.string()),
  wanted_size: z.string().optional(),
  deadline: z.string().optional(),
  visibility: z.string(),
  invited: z.array(z.string()),
  cluster: z.string().optional(),
  status: z.string(),
  created_at: z.string(),
  synthetic: z.boolean(),
  provenance: StoredProvenance.optional(),
});
export type Demand = z.infer<typeof Demand>;

/** A capability to post (能力). */
export const CapabilityInput = z.object({
  id: z.string().min(1).optional(),
  organization: z.string().min(1),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  kind: CapabilityKind.default('product'),
  products: z.array(z.string().min(1)).default([]),
  processes: z.array(z.string().min(1)).default([]),
  certifications: z.array(z.string().min(1)).default([]),
  capacity: z.string().optional(),
  nodes: z.array(z.string().min(1)).default([]),
  provenance: Provenance.optional(),
});
export type CapabilityInput = z.input<typeof CapabilityInput>;

/** A stored capability, posted or derived from an organisation. */
export const Capability = z.object({
  id: z.string(),
  organization: z.string(),
  title: z.string(),
  description: z.string().optional(),
  kind: z.string(),
  products: z.array(z.string()),
  processes: z.array(z.string()),
  certifications: z.array(z.string()),
  capacity: z.string().optional(),
  nodes: z.array(z.string()),
  derived: z.boolean(),
  created_at: z.string(),
  synthetic: z.boolean(),
  provenance: StoredProvenance.optional(),
});
export type Capability = z.infer<typeof Capability>;

export const DemandListQuery = pagedQuery({
  organization: z.string().optional(),
  status: z.string().optional(),
});
export type DemandListQuery = z.input<typeof DemandListQuery>;
export const DemandPage = pageOf(Demand);

export const CapabilityListQuery = pagedQuery({ organization: z.string().optional() });
export type CapabilityListQuery = z.input<typeof CapabilityListQuery>;
export const CapabilityPage = pageOf(Capability);

/** How many records matchmaking derived again from the organisations. */
export const DerivedCounts = z.strictObject({
  capabilities: z.number().int(),
  platforms: z.number().int(),
});
export type DerivedCounts = z.infer<typeof DerivedCounts>;

// ── Ranked matches ─────────────────────────────────────────────────────────

export const PartScore = z.object({
  value: z.number(),
  weight: z.number(),
  contribution: z.number(),
});
export const MatchParts = z.object({
  text: PartScore,
  node: PartScore,
  distance: PartScore,
  size: PartScore,
  tags: PartScore,
  past: PartScore,
  pool: PartScore,
});

/** A chain node or industry a reason names, in both languages. */
export const NamedNode = z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() });
export type NamedNode = z.infer<typeof NamedNode>;

/**
 * One part that adds to a match's score, as data: its value (0..1), its
 * contribution to the score and share of it, and what it rests on. The web
 * says it in the reader's language; `reasons` says it in English.
 */
export const MatchReason = z.object({
  part: MatchPart,
  value: z.number(),
  contribution: z.number(),
  share: z.number(),
  terms: z.array(z.string()).optional(),
  /** For part node: the wanted nodes shared (sameNode), else the query's industry group. */
  nodes: z.array(NamedNode).optional(),
  sameNode: z.boolean().optional(),
  km: z.number().optional(),
  size: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  pastLinks: z.number().optional(),
  peers: z.array(z.string()).optional(),
});
export type MatchReason = z.infer<typeof MatchReason>;

const Named = z.object({ id: z.string(), name: z.string() });

const rankedFields = {
  rank: z.number().int(),
  title: z.string(),
  score: z.number(),
  parts: MatchParts,
  /** Human-readable reasons in English, largest contribution first. */
  reasons: z.array(z.string()),
  /** The same reasons as data, for a reader in any language. */
  why: z.array(MatchReason),
  matchedTerms: z.array(z.string()),
  distanceKm: z.number().optional(),
  /** Peer leaders that qualified and shared this supplier ("qualified by a peer"). */
  qualifiedBy: z.array(Named),
};

/** A supplier ranked for a demand, with its best capability. */
export const SupplierMatch = z.object({
  ...rankedFields,
  capability: z.string(),
  supplier: z.object({
    id: z.string(),
    name: z.string(),
    region: z.string().nullish(),
    size: SizeWanted.nullish(),
    tags: z.array(z.string()),
    synthetic: z.boolean(),
  }),
  pastLinks: z.number().int(),
  matchId: z.string().optional(),
});
export type SupplierMatch = z.infer<typeof SupplierMatch>;

/** Suppliers ranked for one demand. */
export const DemandMatches = z.object({
  demand: z.object({
    id: z.string().optional(),
    text: z.string(),
    buyer: z.string().optional(),
    region: z.string().optional(),
    nodes: z.array(z.string()),
  }),
  candidates: z.number().int(),
  matches: z.array(SupplierMatch),
});
export type DemandMatches = z.infer<typeof DemandMatches>;

/** An open demand ranked for a capability. */
export const DemandMatch = z.object({
  ...rankedFields,
  demand: z.string(),
  buyer: z.object({
    id: z.string(),
    name: z.string(),
    region: z.string().nullish(),
    tags: z.array(z.string()),
    synthetic: z.boolean(),
  }),
});
export type DemandMatch = z.infer<typeof DemandMatch>;

/** Open demands ranked for one capability. */
export const CapabilityMatches = z.object({
  capability: z.string(),
  supplier: z.string(),
  candidates: z.number().int(),
  matches: z.array(DemandMatch),
});
export type CapabilityMatches = z.infer<typeof CapabilityMatches>;

/** Rank suppliers for a stored demand (GET /api/demands/:id/matches). */
export const StoredDemandMatchQuery = z.strictObject({
  top,
  /** Keep suppliers whose region code starts with this (e.g. 4301). */
  local: z
    .string()
    .regex(/^\d{2,6}$/, '2 to 6 digits of a GB/T 2260 code')
    .optional(),
  /** Keep SME suppliers only. */
  sme: z.boolean().optional(),
});
export type StoredDemandMatchQuery = z.input<typeof StoredDemandMatchQuery>;

/** Rank suppliers for a demand text that is not stored (GET /api/matches/rank). */
export const DemandTextQuery = z.strictObject({
  q: z.string().min(1).max(500),
  buyer: z.string().optional(),
  region: RegionCode.optional(),
  /** Comma-separated chain nodes or GB/T 4754 classes. */
  node: z.string().optional(),
  top,
});
export type DemandTextQuery = z.input<typeof DemandTextQuery>;

/** Rank open demands for a capability (GET /api/capabilities/:id/matches). */
export const CapabilityMatchQuery = z.strictObject({ top });
export type CapabilityMatchQuery = z.input<typeof CapabilityMatchQuery>;

/** Rank suppliers for a stored demand and record them as proposed (POST /api/matches). */
export const RecordMatchesInput = z.strictObject({ demand: z.string(), top });
export type RecordMatchesInput = z.input<typeof RecordMatchesInput>;

// ── Recorded matches and their outcome ─────────────────────────────────────

const StoredReasons = z.object({
  parts: MatchParts.optional(),
  reasons: z.array(z.string()).optional(),
});

/** A recorded match, with the parties' names where listed. */
export const RecordedMatch = z.object({
  id: z.string(),
  demand: z.string().optional(),
  capability: z.string().optional(),
  buyer: z.string(),
  supplier: z.string(),
  buyer_name: z.string().optional(),
  supplier_name: z.string().optional(),
  score: z.number().optional(),
  reasons: StoredReasons.optional(),
  status: MatchStatus,
  created_at: z.string(),
  updated_at: z.string(),
});
export type RecordedMatch = z.infer<typeof RecordedMatch>;

export const MatchEvent = z.object({
  match_id: z.string(),
  seq: z.number().int(),
  from_status: MatchStatus.optional(),
  to_status: MatchStatus,
  happened_at: z.string(),
  note: z.string().optional(),
});
export const MatchWithEvents = RecordedMatch.extend({ events: z.array(MatchEvent) });
export type MatchWithEvents = z.infer<typeof MatchWithEvents>;

export const MatchListQuery = pagedQuery({
  buyer: z.string().optional(),
  supplier: z.string().optional(),
  demand: z.string().optional(),
  status: z.string().optional(),
});
export type MatchListQuery = z.input<typeof MatchListQuery>;
export const MatchPage = pageOf(RecordedMatch);

/** Record the next outcome of a match. */
export const OutcomeInput = z.strictObject({ status: z.string(), note: z.string().optional() });
export type OutcomeInput = z.input<typeof OutcomeInput>;

/** The id of one record in a path. */
export const IdParams = z.strictObject({ id });

// ── The outcome dashboard ──────────────────────────────────────────────────

export const DashboardQuery = z.strictObject({
  period: Period.default('quarter'),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
export type DashboardQuery = z.input<typeof DashboardQuery>;

const ByStatus = z.object({
  proposed: z.number().int(),
  contacted: z.number().int(),
  sample_trial: z.number().int(),
  contract: z.number().int(),
  declined: z.number().int(),
});
const periodCounts = {
  /** Distinct SMEs matched with any large firm or chain leader. */
  smesWithLeaders: z.number().int(),
  leaders: z.number().int(),
  matches: z.number().int(),
  byStatus: ByStatus,
};
export const Dashboard = z.object({
  from: z.string(),
  to: z.string(),
  period: Period,
  periods: z.array(z.object({ period: z.string(), ...periodCounts })),
  byLeader: z.array(
    z.object({
      period: z.string(),
      leader: z.string(),
      leaderName: z.string(),
      /** Distinct SMEs matched with this leader in the period. */
      smes: z.number().int(),
      matches: z.number().int(),
      byStatus: ByStatus,
    }),
  ),
  totals: z.object(periodCounts),
});
export type Dashboard = z.infer<typeof Dashboard>;

// ── The shared supplier pool ───────────────────────────────────────────────

/** A pool entry as a leader sees it; `peer`: shared by another leader of the cluster. */
export const PoolEntry = z.object({
  cluster: z.string(),
  leader: z.string(),
  supplier: z.string(),
  consent: PoolConsent,
  shared: z.boolean(),
  qualified_at: z.string(),
  consent_at: z.string().optional(),
  shared_at: z.string().optional(),
  note: z.string().optional(),
  peer: z.boolean().optional(),
});
export type PoolEntry = z.infer<typeof PoolEntry>;

export const PoolListQuery = pagedQuery({ as: z.string() });
export type PoolListQuery = z.input<typeof PoolListQuery>;
export const PoolPage = pageOf(PoolEntry);

/** Qualify a supplier (leader), consent (supplier), share or unshare (leader). */
export const PoolActionInput = z.strictObject({
  action: z.enum(['qualify', 'consent', 'share', 'unshare']),
  cluster: z.string(),
  leader: z.string(),
  supplier: z.string(),
  actor: z.string(),
  consent: z.enum(['granted', 'refused', 'withdrawn']).optional(),
  note: z.string().optional(),
});
export type PoolActionInput = z.input<typeof PoolActionInput>;
