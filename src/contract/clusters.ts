/**
 * Industrial clusters as the API, the CLI and the web see them: the list and
 * the map, one cluster's profile, its size and growth, and the figures
 * published sources give for it (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { Citation } from '../core/model/citation.ts';
import { AnswerWarning } from './answer-warning.ts';
import { OrganizationView } from './organizations.ts';
import { RecordProvenance } from './record-provenance.ts';
import { NamedRegion } from './regions.ts';

const strings = z.array(z.string());

/** GET /api/clusters/:id and the routes under it. */
export const ClusterIdParams = z.strictObject({ id: z.string().min(1).max(200) });
/** GET /api/clusters takes no parameter. */
export const NoQuery = z.strictObject({});

/** A cluster for lists and the map. */
export const ClusterSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  regions: strings,
  regionNames: z.array(NamedRegion),
  /** The provinces the cluster spans (from its regions), named. */
  provinces: z.array(NamedRegion),
  location: z
    .tuple([z.number(), z.number()])
    .nullable()
    .describe('[lon, lat] GCJ-02: centroid of the first region'),
  industries: strings,
  field: z.string().nullable(),
  designation: z.string(),
  round: z.number().int().nullable(),
  /** The analyst's choice stored in the atlas, else the templates of the cluster's chain field. */
  chainTemplates: strings,
  chainTemplatesBy: z.enum(['analyst', 'field', 'none']),
  synthetic: z.boolean(),
  verified: z.boolean(),
  provenance: RecordProvenance,
  memberCount: z.number().int(),
  syntheticMemberCount: z.number().int(),
  memberTags: strings.describe('every tag a member carries (专精特新, 链主 …), sorted'),
});
export type ClusterSummary = z.infer<typeof ClusterSummary>;
export const ClusterList = z.array(ClusterSummary);

/** A member of a cluster: the organisation, its role, where the membership comes from. */
export const ClusterMember = OrganizationView.extend({
  role: z.string().nullable(),
  membership: RecordProvenance.nullable().describe(
    'where the membership comes from: a seed article naming the member, or an inference rule (method inferred, with a confidence); null: not stated',
  ),
});
export type ClusterMember = z.infer<typeof ClusterMember>;

/** Members counted by a kind or a tag, synthetic ones apart. */
export const MemberCount = z.strictObject({
  key: z.string(),
  count: z.number().int(),
  synthetic: z.number().int().describe('how many of count are synthetic'),
});
export type MemberCount = z.infer<typeof MemberCount>;

/** One cluster: its regions, members, counts by kind and tag, synthetic share. */
export const ClusterProfile = ClusterSummary.extend({
  members: z.array(ClusterMember),
  /** True when `members` holds fewer than memberCount. */
  membersTruncated: z.boolean(),
  byKind: z.array(MemberCount),
  byTag: z.array(MemberCount),
  /** Share of members that are synthetic, 0..1; null for a cluster without members. */
  syntheticShare: z.number().nullable(),
});
export type ClusterProfile = z.infer<typeof ClusterProfile>;

// ── Size and growth ────────────────────────────────────────────────────────

export const SIZE_MEASURES = ['employees', 'revenue', 'output'] as const;
export const SizeMeasure = z.enum(SIZE_MEASURES);
export type SizeMeasure = z.infer<typeof SizeMeasure>;

/** A sum over the members reporting a measure in a year. */
export const SizeCell = z.strictObject({
  sum: z.number().nullable().describe('null: withheld (disclosure rule) or none'),
  organizations: z.number().int(),
  synthetic: z.number().int(),
  suppressed: z.boolean(),
});
export type SizeCell = z.infer<typeof SizeCell>;

/** Compound annual growth between the first and last year with values. */
export const Growth = z.strictObject({
  from: z.number().int(),
  to: z.number().int(),
  total: z.number().nullable().describe('CAGR of the totals'),
  samePanel: z.number().nullable().describe('CAGR of organisations in both years'),
  panel: z.number().int(),
  suppressed: z.boolean(),
});
export type Growth = z.infer<typeof Growth>;

const byMeasure = <T extends z.ZodType>(t: T) =>
  z.strictObject({ employees: t, revenue: t, output: t });

export const ClusterSize = z.strictObject({
  cluster: z.string(),
  units: byMeasure(z.string()),
  years: z.array(byMeasure(SizeCell).extend({ year: z.number().int() })),
  growth: byMeasure(Growth.nullable()),
  disclosure: z.strictObject({
    minContributors: z.number().int(),
    dominance: z.number(),
    applied: z.boolean(),
  }),
});
export type ClusterSize = z.infer<typeof ClusterSize>;

// ── Cited figures ──────────────────────────────────────────────────────────

/** The atlas's own count of the cluster's real member firms against the cited count. */
export const FirmCoverage = z.strictObject({
  kind: z.literal('firms'),
  held: z.number().int(),
  of: z.number(),
  /** held / of. */
  share: z.number(),
  /** Synthetic member enterprises, not counted in `held`. */
  synthetic: z.number().int(),
});
export type FirmCoverage = z.infer<typeof FirmCoverage>;

/** The atlas's sum of its real members' measure in the cited year against the cited figure. */
export const SumCoverage = z.strictObject({
  kind: z.literal('sum'),
  measure: SizeMeasure,
  year: z.number().int(),
  /** Null: no member reported, or withheld by the disclosure rule (`suppressed`). */
  sum: z.number().nullable(),
  organizations: z.number().int(),
  /** sum / cited value; null with the sum. */
  share: z.number().nullable(),
  suppressed: z.boolean(),
});
export type SumCoverage = z.infer<typeof SumCoverage>;

export const Qualifier = z.enum(['over', 'about', 'nearly']).nullable();
export type Qualifier = z.infer<typeof Qualifier>;

export const CitedFact = z.strictObject({
  indicator: z.string(),
  value: z
    .number()
    .describe('as the source states it (its quotation wins over a stored value it contradicts)'),
  stored: z.number().describe('as stored in the atlas (indicators)'),
  quoted: z
    .number()
    .nullable()
    .describe('the amount the quotation states, in the stored unit (money only)'),
  unit: z.string().nullable().describe('10k yuan (万元), firms, share (a fraction), …'),
  year: z.number().int().nullable(),
  qualifier: Qualifier.describe('as the source words it; null: the figure as stated'),
  quote: z.string().nullable().describe('the source’s own words'),
  source: z.string(),
  citation: Citation.nullable().describe(
    'how a reader cites the source; null: cite `source` as written',
  ),
  verified: z.boolean(),
  coverage: z
    .discriminatedUnion('kind', [FirmCoverage, SumCoverage])
    .nullable()
    .describe(
      'what the atlas holds of the figure — kind firms: real member firms held of the cited count; kind sum: real members’ sum of the measure in the cited year — coverage, never the cluster’s size; null: not comparable (a market share)',
    ),
});
export type CitedFact = z.infer<typeof CitedFact>;

export const ClusterFacts = z.strictObject({
  cluster: z.string(),
  facts: z.array(CitedFact),
  /** ATLAS_W_CITED_FIGURE_MISMATCH for a stored value its own quotation contradicts. */
  warnings: z.array(AnswerWarning),
});
export type ClusterFacts = z.infer<typeof ClusterFacts>;
