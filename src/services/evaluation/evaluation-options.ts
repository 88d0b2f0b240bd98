import type { AggregationMethod, Weighting } from '../../analytics/evaluation/evaluate.ts';
import type { MissingRule } from '../../analytics/evaluation/missing-values.ts';

/** How an evaluation is asked: the year of the data, the weighting method and its inputs. */
export interface EvaluationOptions {
  method?: AggregationMethod;
  weights?: Weighting;
  /** AHP pairwise matrix file over the indicators (weights 'ahp'). */
  ahpMatrix?: string;
  /** Accept an AHP matrix with CR ≥ 0.1. */
  force?: boolean;
  missing?: MissingRule;
  /** Monte-Carlo runs (0 = none). */
  runs?: number;
  seed?: number;
  concentration?: number;
  /** Missing-value rules the Monte-Carlo cycles through (default: the chosen rule). */
  missingRules?: MissingRule[];
  sensitivity?: boolean;
  /**
   * With expert weights: a person's weights for some indicators (e.g. from
   * the rankings page's sliders), any non-negative numbers; the others keep
   * the system's weight, and all are scaled to sum to 1.
   */
  weightOverrides?: Record<string, number>;
  /** A file with a year column: the year to score (required there; see evaluate-years-report.ts for several). */
  year?: number;
}
