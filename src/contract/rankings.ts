/**
 * The horse race (赛马): the atlas's clusters ranked under the bundled index
 * system (GET /api/rankings) — the query, the system's outline, the scores
 * and ranks with their Monte-Carlo intervals, the clusters left unranked, the
 * weights and how sensitive the ranks are to each (docs/architecture.md,
 * "The contract rule").
 */
import { z } from 'zod';
import { Bilingual, Citation } from '../core/model/index-system.ts';
import { AggregationMethod, MissingRule, Weighting, Year, YearsOptions } from './evaluation.ts';

const whole = z.number().int();
/** A figure a run may leave undefined (NaN on the server, null on the wire). */
const figure = z.number().nullable();

export const DESIGNATIONS = ['national', 'provincial', 'user', 'seed'] as const;

/** GET /api/rankings's query. */
export const RankingsQuery = z.strictObject({
  designation: z.enum(DESIGNATIONS).optional(),
  method: AggregationMethod.optional(),
  weighting: z.enum(['expert', 'entropy', 'critic', 'equal']).optional(),
  runs: whole.min(0).max(5000).default(200),
  seed: whole.min(0).default(1),
  synthetic: z.enum(['include', 'exclude']).default('include'),
  w: z
    .string()
    .max(2000)
    .optional()
    .describe('expert weights set by a person: indicator:weight pairs, comma-separated'),
  peerSet: z
    .string()
    .max(200)
    .optional()
    .describe(
      'rank exactly the clusters of this saved peer set (and its subject) instead of a designation',
    ),
});
export type RankingsQuery = z.output<typeof RankingsQuery>;

/** GET /api/rankings/years's query: the years, the base year's scale, and the run. */
export const RankingsYearsQuery = z.strictObject({
  years: YearsOptions.shape.years
    .unwrap()
    .max(200)
    .optional()
    .describe('A-B or a comma-separated list; default every year with data'),
  baseYear: Year.optional(),
  designation: z.enum(DESIGNATIONS).optional(),
  method: AggregationMethod.optional(),
  weighting: z.enum(['expert', 'entropy', 'critic', 'equal']).optional(),
  runs: whole.min(0).max(2000).default(100),
  seed: whole.min(0).default(1),
  synthetic: z.enum(['include', 'exclude']).default('include'),
  peerSet: z.string().max(200).optional(),
});
export type RankingsYearsQuery = z.output<typeof RankingsYearsQuery>;

/** The index system's outline: its dimensions, indicators and the sources it rests on. */
export const RankingSystem = z.strictObject({
  id: z.string(),
  name: Bilingual,
  dimensions: z.array(
    z.strictObject({ id: z.string(), name: Bilingual, children: z.array(z.string()) }),
  ),
  indicators: z.array(
    z.strictObject({ id: z.string(), name: Bilingual, direction: z.enum(['benefit', 'cost']) }),
  ),
  basis: z.array(Citation),
});

/** A cluster's score and rank, with its Monte-Carlo rank interval. */
export const RankingRow = z.strictObject({
  alternative: z.string(),
  name: z.string(),
  score: z.number(),
  rank: whole,
  // Quantiles of the simulated ranks: they may fall between two ranks (18.95).
  rank_low: z.number().optional(),
  rank_high: z.number().optional(),
  synthetic_share: z.number(),
});
export type RankingRow = z.infer<typeof RankingRow>;

/** A cluster with no member data: not ranked (listed apart, never last), with the reason. */
export const NotRankedRow = z.strictObject({
  alternative: z.string(),
  name: z.string(),
  reason: z.enum(['no_member_data']),
});

/** How far the ranks move when an indicator's weight is set to zero or scaled. */
export const WeightSensitivity = z.strictObject({
  indicator: z.string(),
  baseWeight: z.number(),
  zeroMeanShift: z.number(),
  zeroMaxShift: z.number(),
  /** Spearman's rho between the ranks before and after (undefined when the ranks do not vary). */
  zeroSpearman: figure,
  scaledMeanShift: z.number(),
  scaledMaxShift: z.number(),
  scaledSpearman: figure,
});

/** A warning of the ranking; ATLAS_W_SYNTHETIC_INCLUDED gives each cluster's synthetic share. */
export const RankingWarning = z.strictObject({
  code: z.string(),
  message: z.string(),
  details: z
    .record(
      z.string(),
      z.union([
        z.string(),
        z.number(),
        z.boolean(),
        z.null(),
        z.array(z.union([z.string(), z.number()])),
        z.record(z.string(), figure),
      ]),
    )
    .optional(),
});

export const Rankings = z.strictObject({
  system: RankingSystem,
  rows: z.array(RankingRow),
  notRanked: z
    .array(NotRankedRow)
    .describe(
      'clusters with no member data: not ranked (listed apart, never last), with the reason',
    ),
  weights: z.array(
    z.strictObject({
      indicator: z.string(),
      weight: z.number(),
      direction: z.enum(['benefit', 'cost']),
    }),
  ),
  sensitivity: z.array(WeightSensitivity),
  spec: z
    .strictObject({
      method: AggregationMethod,
      weights: Weighting,
      missing: MissingRule,
      runs: whole,
      seed: whole,
      concentration: z.number(),
      system: z.string().nullable(),
    })
    .describe('everything needed to reproduce the run with the same data and system'),
  warnings: z.array(RankingWarning),
});
export type Rankings = z.infer<typeof Rankings>;

/** GET /api/clusters/:id/scorecard's query: whom the cluster is compared with. */
export const ScorecardQuery = z.strictObject({
  peers: z.enum(['type', 'field', 'all']).default('type'),
  peerSet: z
    .string()
    .max(200)
    .optional()
    .describe(
      'a saved peer set (GET /api/peer-sets): the cluster is ranked and compared among exactly its clusters',
    ),
  names: z
    .string()
    .max(4000)
    .optional()
    .describe('peers by name or id, separated by ; (instead of peers or peerSet)'),
});
export type ScorecardQuery = z.output<typeof ScorecardQuery>;

const ClusterType = z.enum(['basic', 'key_strategic', 'frontier']);
const Section = z.strictObject({ source: z.string(), section: z.string() });

/** A cluster's type and how it was decided, with the type's typical problems and path. */
export const ClusterTypology = z.strictObject({
  type: z.enum([...ClusterType.options, 'unclassified']),
  decidedBy: z.enum(['keyword-frontier', 'industry-codes', 'name-keywords', 'none']),
  evidence: z.strictObject({
    codes: z.array(
      z.strictObject({
        code: z.string(),
        prefix: z.string(),
        type: ClusterType,
        sector: z.string(),
        verified: z.boolean(),
      }),
    ),
    unmatchedCodes: z.array(z.string()),
    keywords: z.array(z.strictObject({ keyword: z.string(), type: ClusterType, in: z.string() })),
    tally: z.partialRecord(ClusterType, whole),
  }),
  problems: z.array(
    z.strictObject({
      id: z.string(),
      name: Bilingual,
      text: Bilingual,
      section: z.string(),
      evidence: z.array(z.record(z.string(), z.string())),
    }),
  ),
  path: z.array(z.strictObject({ id: z.string(), text: Bilingual, section: z.string() })),
  basis: Section.nullable(),
});

/** Where the cluster stands against its peers on one indicator (normalised values). */
export const PeerComparison = z.strictObject({
  indicator: z.string(),
  value: z.number(),
  peerMedian: z.number(),
  peerBest: z.number(),
  gap: z.number(),
  rank: whole,
  of: whole,
  position: z.enum(['ahead', 'behind', 'level']),
});

/** A typical problem of the type, checked on the peer comparison. */
export const DiagnosisRow = z.strictObject({
  problem: z.string(),
  name: Bilingual,
  section: z.string(),
  status: z.enum(['indicated', 'not indicated', 'no data']),
  evidence: z.array(PeerComparison),
  missing: z.array(z.string()),
});

export const Scorecard = z.strictObject({
  cluster: z.string(),
  name: z.string(),
  status: z
    .enum(['scored', 'no_member_data'])
    .describe('no_member_data: no rank, type, peers or diagnosis (null or empty)'),
  ranking: RankingRow.extend({
    /** The Monte-Carlo ranks' interval: quantiles, so possibly between two whole ranks. */
    rank_low: z.number().optional(),
    rank_high: z.number().optional(),
  }).nullable(),
  typology: ClusterTypology.nullable(),
  peers: z.array(z.string()),
  peerChoice: z.enum(['type', 'field', 'all', 'manual', 'set']),
  peerSet: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  peersLeftOut: z
    .array(z.string())
    .describe('chosen peers without member data, left out of the comparison'),
  comparison: z.array(PeerComparison),
  diagnosis: z.array(DiagnosisRow),
  warnings: z.array(RankingWarning),
});
export type Scorecard = z.infer<typeof Scorecard>;
