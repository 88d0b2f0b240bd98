/**
 * A fixed base year: every year is normalised with the base year's
 * parameters (min/max, mean/sd, max), so that a score of 0.7 in 2024 and in
 * 2020 mean the same distance along the same scale and a rise is a rise.
 *
 * Formula   for indicator j, θ_j = fitNormalisation(x^{base}_·j) (min, max |
 *           mean, sd | max | norm); year t: r^t_ij = N(x^t_ij; θ_j). Values
 *           outside the base year's range fall outside [0, 1]: that is the
 *           point (progress beyond the base year's best shows as > 1).
 * Conventions rank and target normalisations are refused (rank is relative
 *           within a year by construction; a target is already fixed).
 *           TOPSIS is refused by evaluateWithBaseYear: its ideal points are
 *           relative to the year's alternatives. The weighted geometric mean
 *           refuses negative normalised values, which a year below the base
 *           year's minimum produces under min-max: use 'max' with wgeo.
 * Edge cases an indicator absent from the base year is refused.
 * Cost      O(m·n) per year.
 * References OECD/JRC (2008) Handbook on Constructing Composite Indicators,
 *           §5 (normalisation over time with a reference year).
 */
import { AtlasError } from '../../core/errors.ts';
import { column, type DecisionMatrix } from './decision-matrix.ts';
import {
  evaluate,
  DEFAULT_NORMALISATION,
  type EvaluationResult,
  type EvaluationSpec,
} from './evaluate.ts';
import {
  fitNormalisation,
  type Normalisation,
  type NormalisationParams,
} from './normalise-column.ts';

export function baseYearParams(
  base: DecisionMatrix,
  normalisations: readonly Normalisation[],
): NormalisationParams[] {
  return base.indicators.map((name, j) => {
    const method = normalisations[j];
    if (method === 'rank' || method === 'target') {
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `indicator ${name}: normalisation ${method} cannot use a fixed base year`,
      );
    }
    const p = fitNormalisation(column(base, j), method);
    if (Object.keys(p).length === 0) {
      throw new AtlasError(
        'ATLAS_E_EVALUATION_INPUT',
        `indicator ${name} has no value in the base year`,
        {
          indicator: name,
        },
      );
    }
    return p;
  });
}

/**
 * The spec every year is scored with: the base year's normalisation
 * parameters and, for data-driven weights, the base year's weights held fixed.
 */
export function baseYearSpec(base: DecisionMatrix, spec: EvaluationSpec): EvaluationSpec {
  if (spec.method === 'topsis') {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'TOPSIS cannot use a fixed base year (its ideal points are relative to each year); use wsum or wgeo',
    );
  }
  const norms = base.indicators.map(
    (_, j) => spec.normalisations?.[j] ?? DEFAULT_NORMALISATION[spec.method],
  );
  const params = baseYearParams(base, norms);
  // Data-driven weights are fitted once, on the base year, and then held fixed.
  const fixed =
    spec.weighting === 'entropy' || spec.weighting === 'critic' || spec.weighting === 'equal'
      ? weightsOver(base.indicators, evaluate(base, spec))
      : spec.weights;
  return { ...spec, weights: fixed, normalisations: norms, params };
}

/** A year's matrix with its columns in the base year's order (by name); a lacking one is refused. */
export function alignToBase(
  dm: DecisionMatrix,
  indicators: readonly string[],
  year: number,
): DecisionMatrix {
  const order = indicators.map((name) => {
    const j = dm.indicators.indexOf(name);
    if (j < 0)
      throw new AtlasError('ATLAS_E_EVALUATION_INPUT', `year ${year} lacks indicator ${name}`, {
        year,
        indicator: name,
      });
    return j;
  });
  const m = dm.alternatives.length;
  const n = indicators.length;
  const values = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    order.forEach((j, b) => (values[i * n + b] = dm.values[i * dm.indicators.length + j]));
  return { alternatives: dm.alternatives, indicators: [...indicators], values };
}

/** Scores every year on the base year's scale; the years share indicators (by name). */
export function evaluateWithBaseYear(
  years: ReadonlyMap<number, DecisionMatrix>,
  baseYear: number,
  spec: EvaluationSpec,
): Map<number, EvaluationResult> {
  const base = years.get(baseYear);
  if (spec.method !== 'topsis' && !base)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `no data for base year ${baseYear}`);
  const fixed = baseYearSpec(base as DecisionMatrix, spec);
  const out = new Map<number, EvaluationResult>();
  for (const [year, dm] of years)
    out.set(year, evaluate(alignToBase(dm, (base as DecisionMatrix).indicators, year), fixed));
  return out;
}

function weightsOver(names: string[], r: EvaluationResult): Float64Array {
  const w = new Float64Array(names.length);
  r.indicators.forEach((name, b) => (w[names.indexOf(name)] = r.weights[b]));
  return w;
}
