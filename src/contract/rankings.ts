/**
 * The horse race (赛马): the atlas's clusters ranked under the bundled index
 * system (GET /api/rankings) — the query, the system's outline, the scores
 * and ranks with their Monte-Carlo intervals, the clusters left unranked, the
 * weights and how sensitive the ranks are to each (docs/architecture.md,
 * "The contract rule").
 */
import { z } from 'zod';
import { Bilingual, Citation } from '../core/model/index-system.ts';
import { AggregationMethod, MissingRule, Weighting } from './evaluation.ts';

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
  rank_low: whole.optional(),
  rank_high: whole.optional(),
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
