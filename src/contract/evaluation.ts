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
