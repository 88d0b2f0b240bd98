import { ahpWeights, type AhpResult } from '../../analytics/evaluation/ahp-weights.ts';
import type { DecisionMatrix, Direction } from '../../analytics/evaluation/decision-matrix.ts';
import type { EvaluationSpec, Weighting } from '../../analytics/evaluation/evaluate.ts';
import type {
  Normalisation,
  NormalisationParams,
} from '../../analytics/evaluation/normalise-column.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import {
  checkIndicatorValues,
  indicatorWeights,
  type IndexSystem,
} from '../../core/model/index-system.ts';
import type { EvaluationOptions } from './evaluation-options.ts';

export interface EvaluationContext {
  systemFile: string | null;
  dataFile: string;
  present?: ReadonlySet<string>;
  ahpMatrix?: { criteria: string[]; values: Float64Array };
}

export interface PreparedEvaluation {
  /** The input with the system's indicators selected, in the system's order. */
  dm: DecisionMatrix;
  spec: EvaluationSpec & { missing: NonNullable<EvaluationSpec['missing']> };
  directions: Direction[];
  ahp?: Pick<AhpResult, 'lambdaMax' | 'CI' | 'CR' | 'consistent'>;
  warnings: AtlasWarning[];
}

/**
 * The spec of one evaluation from an index system and the options: the
 * system's indicators selected in order, their directions, normalisations
 * and targets, the weights (expert with a person's overrides, AHP, or left
 * to the data), the method and the missing-value rule. Shared by one run
 * (evaluateMatrix) and a run over years (evaluate-years-report.ts).
 */
export function prepareEvaluation(
  input: DecisionMatrix,
  system: IndexSystem | undefined,
  opts: EvaluationOptions,
  ctx: EvaluationContext,
): PreparedEvaluation {
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
    dm = selectIndicators(
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
  const { weights, ahp } = givenWeights(dm, system, weighting, opts, ctx, warnings);
  const spec: PreparedEvaluation['spec'] = {
    method,
    weighting,
    directions,
    normalisations,
    params,
    weights,
    missing,
  };
  return { dm, spec, directions, ahp, warnings };
}

/** Weights given by the system (expert, with a person's overrides) or an AHP matrix; none for data-driven ones. */
function givenWeights(
  dm: DecisionMatrix,
  system: IndexSystem | undefined,
  weighting: Weighting,
  opts: EvaluationOptions,
  ctx: EvaluationContext,
  warnings: AtlasWarning[],
): { weights?: Float64Array; ahp?: PreparedEvaluation['ahp'] } {
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
    const weights = Float64Array.from(dm.indicators, (id) => over[id] ?? w.get(id) ?? 0);
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
    return { weights };
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
    return {
      weights: Float64Array.from(dm.indicators, (id) => r.weights[r.criteria.indexOf(id)]),
      ahp: { lambdaMax: r.lambdaMax, CI: r.CI, CR: r.CR, consistent: r.consistent },
    };
  }
  return {};
}

/** The columns of `ids`, in that order (all present: checked before). */
export function selectIndicators(dm: DecisionMatrix, ids: string[]): DecisionMatrix {
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const idx = ids.map((id) => dm.indicators.indexOf(id));
  const values = new Float64Array(m * ids.length);
  for (let i = 0; i < m; i++)
    idx.forEach((j, b) => (values[i * ids.length + b] = j < 0 ? NaN : dm.values[i * n + j]));
  return { alternatives: dm.alternatives, indicators: ids, values };
}
