import { ahpWeights, type AhpResult } from '../../analytics/evaluation/ahp-weights.ts';
import type { DecisionMatrix, Direction } from '../../analytics/evaluation/decision-matrix.ts';
import {
  evaluate,
  type AggregationMethod,
  type EvaluationResult,
  type EvaluationSpec,
  type Weighting,
} from '../../analytics/evaluation/evaluate.ts';
import type { MissingRule } from '../../analytics/evaluation/missing-values.ts';
import {
  monteCarloRanks,
  type RankInterval,
} from '../../analytics/evaluation/monte-carlo-ranks.ts';
import type {
  Normalisation,
  NormalisationParams,
} from '../../analytics/evaluation/normalise-column.ts';
import {
  weightSensitivity,
  type SensitivityRow,
} from '../../analytics/evaluation/weight-sensitivity.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import {
  checkIndicatorValues,
  indicatorWeights,
  type IndexSystem,
} from '../../core/model/index-system.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { readEvaluationData } from './read-evaluation-data.ts';
import { readPairwiseFile } from './read-pairwise-file.ts';

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
}

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
  return evaluateMatrix(data.matrix, system, opts, {
    systemFile: systemFile ?? null,
    dataFile,
    present: data.indicatorsSeen,
    ahpMatrix: opts.ahpMatrix ? await readPairwiseFile(opts.ahpMatrix) : undefined,
  });
}

/** The same use case over a matrix already in memory (services, API). */
export function evaluateMatrix(
  input: DecisionMatrix,
  system: IndexSystem | undefined,
  opts: EvaluationOptions,
  ctx: {
    systemFile: string | null;
    dataFile: string;
    present?: ReadonlySet<string>;
    ahpMatrix?: { criteria: string[]; values: Float64Array };
  },
): EvaluationReport {
  const warnings: AtlasWarning[] = [];
  let dm = input;
  let directions: Direction[] = dm.indicators.map(() => 'benefit');
  let normalisations: (Normalisation | undefined)[] = dm.indicators.map(() => undefined);
  let params: (NormalisationParams | undefined)[] = dm.indicators.map(() => undefined);
  if (system) {
    const present =
      ctx.present ??
      new Set(
        dm.indicators.filter((_, j) =>
          dm.alternatives.some((_a, i) => !Number.isNaN(dm.values[i * dm.indicators.length + j])),
        ),
      );
    checkIndicatorValues(system, present, ctx.systemFile ?? system.id, ctx.dataFile);
    const ignored = dm.indicators.filter((x) => !system.indicators.some((i) => i.id === x));
    if (ignored.length) {
      warnings.push(
        warning(
          'ATLAS_W_COLUMNS_UNMAPPED',
          `${ignored.length} indicator(s) in the data are not in the index system and were ignored: ${ignored.join(', ')}`,
          { indicators: ignored },
        ),
      );
    }
    dm = select(
      dm,
      system.indicators.map((i) => i.id),
    );
    directions = system.indicators.map((i) => i.direction);
    normalisations = system.indicators.map((i) => i.normalisation);
    params = system.indicators.map((i) =>
      i.target !== undefined ? { target: i.target } : undefined,
    );
  }
  const method = opts.method ?? system?.defaults.method ?? 'wsum';
  const weighting: Weighting = opts.weights ?? (system ? 'expert' : 'equal');
  const missing = opts.missing ?? system?.defaults.missing ?? 'refuse';
  let weights: Float64Array | undefined;
  let ahp: EvaluationReport['ahp'];
  if (weighting === 'expert') {
    if (!system) {
      throw new AtlasError(
        'ATLAS_E_USAGE',
        'expert weights come from an index system: give --system FILE',
      );
    }
    const w = indicatorWeights(system);
    const over = opts.weightOverrides ?? {};
    for (const [id, v] of Object.entries(over)) {
      if (!dm.indicators.includes(id) || !(v >= 0) || !Number.isFinite(v))
        throw new AtlasError(
          'ATLAS_E_BAD_VALUE',
          `weight of ${id}: an indicator of the system and a number ≥ 0`,
          {
            indicator: id,
            value: v,
          },
        );
    }
    weights = Float64Array.from(dm.indicators, (id) => over[id] ?? w.get(id) ?? 0);
    const total = weights.reduce((a, b) => a + b, 0);
    if (!(total > 0))
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        'the weights sum to 0: give at least one indicator a weight',
        {
          weights: over,
        },
      );
    for (let j = 0; j < weights.length; j++) weights[j] /= total;
  } else if (weighting === 'ahp') {
    if (!ctx.ahpMatrix) {
      throw new AtlasError(
        'ATLAS_E_USAGE',
        'AHP weights need a pairwise matrix: give --ahp-matrix FILE',
      );
    }
    const r = ahpWeights(ctx.ahpMatrix, { force: opts.force });
    warnings.push(...r.warnings);
    const unknown = r.criteria.filter((c) => !dm.indicators.includes(c));
    const lacking = dm.indicators.filter((c) => !r.criteria.includes(c));
    if (unknown.length || lacking.length) {
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `the AHP matrix's criteria must be the indicators: ${[
          unknown.length ? `not indicators: ${unknown.join(', ')}` : '',
          lacking.length ? `missing: ${lacking.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
      );
    }
    weights = Float64Array.from(dm.indicators, (id) => r.weights[r.criteria.indexOf(id)]);
    ahp = { lambdaMax: r.lambdaMax, CI: r.CI, CR: r.CR, consistent: r.consistent };
  }
  const spec: EvaluationSpec = {
    method,
    weighting,
    directions,
    normalisations,
    params,
    weights,
    missing,
  };
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

/** The columns of `ids`, in that order (all present: checked before). */
function select(dm: DecisionMatrix, ids: string[]): DecisionMatrix {
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const idx = ids.map((id) => dm.indicators.indexOf(id));
  const values = new Float64Array(m * ids.length);
  for (let i = 0; i < m; i++)
    idx.forEach((j, b) => (values[i * ids.length + b] = j < 0 ? NaN : dm.values[i * n + j]));
  return { alternatives: dm.alternatives, indicators: ids, values };
}
