import type { AhpResult } from '../../analytics/evaluation/ahp-weights.ts';
import type { DecisionMatrix, Direction } from '../../analytics/evaluation/decision-matrix.ts';
import {
  evaluate,
  type AggregationMethod,
  type EvaluationResult,
  type Weighting,
} from '../../analytics/evaluation/evaluate.ts';
import type { MissingRule } from '../../analytics/evaluation/missing-values.ts';
import {
  monteCarloRanks,
  type RankInterval,
} from '../../analytics/evaluation/monte-carlo-ranks.ts';
import {
  weightSensitivity,
  type SensitivityRow,
} from '../../analytics/evaluation/weight-sensitivity.ts';
import { AtlasError, type AtlasWarning } from '../../core/errors.ts';
import type { IndexSystem } from '../../core/model/index-system.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { readEvaluationData } from './read-evaluation-data.ts';
import { readPairwiseFile } from './read-pairwise-file.ts';
import { prepareEvaluation, type EvaluationContext } from './prepare-evaluation.ts';
import type { EvaluationOptions } from './evaluation-options.ts';

export type { EvaluationContext };

export type { EvaluationOptions } from './evaluation-options.ts';

export interface EvaluationRow {
  alternative: string;
  score: number;
  rank: number;
  rank_low?: number;
  rank_high?: number;
}

export interface EvaluationReport {
  rows: EvaluationRow[];
  columns: string[];
  weights: { indicator: string; weight: number; direction: Direction }[];
  ahp?: Pick<AhpResult, 'lambdaMax' | 'CI' | 'CR' | 'consistent'>;
  intervals?: RankInterval[];
  sensitivity?: SensitivityRow[];
  base: EvaluationResult;
  /** Everything needed to reproduce the run with the same data and system. */
  spec: {
    method: AggregationMethod;
    weights: Weighting;
    missing: MissingRule;
    runs: number;
    seed: number;
    concentration: number;
    system: string | null;
  };
  warnings: AtlasWarning[];
}

/**
 * `atlas evaluate`: scores and ranks the alternatives of a long data file
 * (alternative,indicator,value) under an index system, or — without one —
 * every indicator a benefit indicator of equal standing. Reads and checks
 * every input before computing; on any error nothing is returned.
 */
export async function evaluateFiles(
  dataFile: string,
  systemFile: string | undefined,
  opts: EvaluationOptions = {},
): Promise<EvaluationReport> {
  const data = await readEvaluationData(dataFile);
  const system = systemFile ? await loadIndexSystem(systemFile) : undefined;
  const one = data.years ? data.years.get(opts.year ?? NaN) : data;
  if (!one)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `${dataFile} has a year column (years ${[...(data.years?.keys() ?? [])].join(', ')}): give --year Y, or --years A-B to compare them`,
      { file: dataFile, year: opts.year ?? null },
    );
  return evaluateMatrix(one.matrix, system, opts, {
    systemFile: systemFile ?? null,
    dataFile,
    present: one.indicatorsSeen,
    ahpMatrix: opts.ahpMatrix ? await readPairwiseFile(opts.ahpMatrix) : undefined,
  });
}

/** The same use case over a matrix already in memory (services, API). */
export function evaluateMatrix(
  input: DecisionMatrix,
  system: IndexSystem | undefined,
  opts: EvaluationOptions,
  ctx: EvaluationContext,
): EvaluationReport {
  const { dm, spec, directions, ahp, warnings } = prepareEvaluation(input, system, opts, ctx);
  const { method, weighting } = spec;
  const missing = spec.missing as MissingRule;
  const runs = opts.runs ?? 0;
  const seed = opts.seed ?? 1;
  const concentration = opts.concentration ?? 100;
  let base: EvaluationResult;
  let intervals: RankInterval[] | undefined;
  if (runs > 0) {
    const mc = monteCarloRanks(dm, spec, {
      runs,
      seed,
      concentration,
      missingRules: opts.missingRules,
    });
    base = mc.base;
    intervals = mc.intervals;
  } else base = evaluate(dm, spec);
  warnings.push(...base.warnings);
  const rows: EvaluationRow[] = base.alternatives.map((a, i) => {
    const row: EvaluationRow = { alternative: a, score: base.scores[i], rank: base.ranks[i] };
    if (intervals) {
      row.rank_low = intervals[i].rankLow;
      row.rank_high = intervals[i].rankHigh;
    }
    return row;
  });
  rows.sort((a, b) => a.rank - b.rank || a.alternative.localeCompare(b.alternative));
  return {
    rows,
    columns: intervals
      ? ['alternative', 'score', 'rank', 'rank_low', 'rank_high']
      : ['alternative', 'score', 'rank'],
    weights: base.indicators.map((id, b) => ({
      indicator: id,
      weight: base.weights[b],
      direction: directions[dm.indicators.indexOf(id)],
    })),
    ahp,
    intervals,
    sensitivity: opts.sensitivity ? weightSensitivity(dm, spec) : undefined,
    base,
    spec: {
      method,
      weights: weighting,
      missing,
      runs,
      seed,
      concentration,
      system: ctx.systemFile,
    },
    warnings,
  };
}
