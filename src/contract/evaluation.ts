/**
 * The evaluation use cases (scores and ranks over an index system, and the
 * weights of its indicators) as the CLI and the API take their options: the
 * words of each choice (from the index system's model in core) and the
 * ranges and defaults of the Monte-Carlo run (docs/architecture.md, "The
 * contract rule").
 */
import { z } from 'zod';
import {
  AggregationMethodName,
  MissingRuleName,
  WeightingName,
} from '../core/model/index-system.ts';

export const AggregationMethod = AggregationMethodName;
export const MissingRule = MissingRuleName;
export type MissingRule = z.infer<typeof MissingRule>;
export const Weighting = WeightingName;

/** The options of `atlas evaluate` and of ranking the atlas's clusters. */
export const EvaluateOptions = z.strictObject({
  /** Default: the index system's method, else wsum. */
  method: AggregationMethod.optional(),
  /** Default: the system's expert weights, else equal. */
  weights: Weighting.optional(),
  missing: MissingRule.optional(),
  /** Monte-Carlo: the missing-value rules to cycle through. */
  missingRules: z.array(MissingRule).optional(),
  /** Monte-Carlo runs over weights (0: none). */
  runs: z.number().int().min(0).default(0),
  seed: z.number().int().min(0).default(1),
  /** Dirichlet concentration around the base weights. */
  concentration: z.number().gt(0).default(100),
  synthetic: z.enum(['include', 'exclude']).optional(),
});
export type EvaluateOptions = z.input<typeof EvaluateOptions>;

/** The options of `atlas weights`. */
export const WeightsOptions = z.strictObject({
  kind: z.enum(['ahp', 'entropy', 'critic']),
  /** AHP: how the priority vector is read from the pairwise matrix. */
  variant: z.enum(['eigenvector', 'geometric-mean']).optional(),
  missing: MissingRule.optional(),
});
export type WeightsOptions = z.input<typeof WeightsOptions>;

/** A year of a yearly measure (the store's and the import's range). */
export const Year = z.number().int().min(1900).max(2100);

/**
 * Years of an evaluation, metric or ranking: one year, or several
 * (`2018-2020`, `2018,2020`) with an optional base year whose scale every
 * year is scored on.
 */
export const YearsOptions = z.strictObject({
  year: Year.optional(),
  /** `A-B` or a comma-separated list of years and ranges. */
  years: z
    .string()
    .regex(/^\s*\d{4}(\s*-\s*\d{4})?(\s*,\s*\d{4}(\s*-\s*\d{4})?)*\s*$/)
    .optional(),
  baseYear: Year.optional(),
});
export type YearsOptions = z.input<typeof YearsOptions>;

/** What a peer set compares: a cluster's peers, or a region's. */
export const PeerSubjectType = z.enum(['cluster', 'region']);

/** A saved peer set: the clusters (or regions) a subject is compared with, chosen by name. */
export const PeerSetInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  subjectType: PeerSubjectType.default('cluster'),
  /** The cluster (or region) the set is for; optional: a set may serve several. */
  subject: z.string().trim().min(1).max(200).optional(),
  /** Names or ids; resolved to ids when saved (an ambiguous or unknown name is refused). */
  members: z.array(z.string().trim().min(1).max(200)).min(1).max(100),
  note: z.string().max(2000).optional(),
});
export type PeerSetInput = z.input<typeof PeerSetInput>;

export const PeerSet = z.object({
  id: z.string(),
  name: z.string(),
  subjectType: PeerSubjectType,
  subject: z.string().nullable(),
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type PeerSet = z.infer<typeof PeerSet>;

/** A suggested peer and why: similarity of industry structure and of size. */
export const PeerSuggestion = z.object({
  id: z.string(),
  name: z.string(),
  /** The cluster's English name, where it has one. */
  nameEn: z.string().nullable(),
  similarity: z.number(),
  industrySimilarity: z.number(),
  sizeSimilarity: z.number(),
  sharedIndustries: z.array(z.string()),
  members: z.number().int(),
  reason: z.object({ zh: z.string(), en: z.string() }),
});
export type PeerSuggestion = z.infer<typeof PeerSuggestion>;

const Text = z.object({ zh: z.string(), en: z.string() });
const Ratio = z.number().nullable();

/** One cluster in one year of a ranking over years, with its changes. */
export const RankChangeRow = z.object({
  alternative: z.string(),
  name: z.string(),
  year: z.number().int(),
  score: z.number(),
  rank: z.number().int(),
  /** How many were ranked that year. */
  of: z.number().int(),
  rankLow: Ratio,
  rankHigh: Ratio,
  /** Since the previous year scored: positive = moved up. */
  rankChange: z.number().int().nullable(),
  rankChangeLow: Ratio,
  rankChangeHigh: Ratio,
  scoreChange: Ratio,
  rankChangeBase: z.number().int().nullable(),
  scoreChangeBase: Ratio,
  scoreGrowthBase: Ratio,
});

/** One indicator's part in a change of score between two years. */
export const ChangeTerm = z.object({
  indicator: z.string(),
  from: Ratio,
  to: Ratio,
  growth: Ratio,
  cagr: Ratio,
  normalisedFrom: Ratio,
  normalisedTo: Ratio,
  weight: z.number(),
  contribution: z.number(),
});

export const ChangeExplanation = z.object({
  alternative: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  scoreFrom: z.number(),
  scoreTo: z.number(),
  scoreChange: z.number(),
  rankFrom: z.number().int(),
  rankTo: z.number().int(),
  /** false for TOPSIS, whose change has no additive form. */
  exact: z.boolean(),
  terms: z.array(ChangeTerm),
});

/** The horse race over years: per year ranks, changes and what changed. */
export const YearsRanking = z.object({
  years: z.array(z.number().int()),
  baseYear: z.number().int().nullable(),
  missingYears: z.array(z.number().int()),
  rows: z.array(RankChangeRow),
  changes: z.array(ChangeExplanation),
  indicators: z.array(z.object({ id: z.string(), name: Text, unit: z.string() })),
  weights: z.array(z.object({ indicator: z.string(), weight: z.number() })),
  peerSet: z.object({ id: z.string(), name: z.string() }).nullable(),
  spec: z.object({
    method: z.string(),
    weights: z.string(),
    missing: z.string(),
    runs: z.number().int(),
    seed: z.number().int(),
  }),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type YearsRanking = z.infer<typeof YearsRanking>;

export const PeerSetList = z.object({ items: z.array(PeerSet) });
export const PeerSuggestionList = z.object({ cluster: z.string(), items: z.array(PeerSuggestion) });
