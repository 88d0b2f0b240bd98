/**
 * One evaluation run: missing-value rule → weights → normalisation →
 * aggregation → ranks. The transparent chain every other tool reuses.
 *
 * Steps    1. applyMissingRule (missing-values.ts), reported;
 *          2. weights: given (expert, AHP, or a Monte-Carlo draw), or
 *             computed on the matrix after step 1: entropy (on raw values,
 *             which must be ≥ 0), CRITIC (by direction), equal; restricted
 *             to the indicators kept and renormalised;
 *          3. normalisation per indicator (default by method: wsum min-max,
 *             wgeo max (x/max, keeps values > 0), topsis vector);
 *          4. wsum | wgeo | topsis; 5. ranks (ranks.ts).
 * Edge     a constant indicator is warned (ATLAS_W_INDICATOR_CONSTANT).
 * Cost     O(m·n) (CRITIC: O(m·n²)).
 */
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { equalWeights, normaliseWeights } from './combine-weights.ts';
import { criticWeights } from './critic-weights.ts';
import { assertScorable, type DecisionMatrix, type Direction } from './decision-matrix.ts';
import { entropyWeights } from './entropy-weights.ts';
import { applyMissingRule, type MissingReport, type MissingRule } from './missing-values.ts';
import { normaliseMatrix } from './normalise-matrix.ts';
import type { Normalisation, NormalisationParams } from './normalise-column.ts';
import { ranksOf } from './ranks.ts';
import { topsis } from './topsis.ts';
import { weightedGeometricMean } from './weighted-geometric-mean.ts';
import { weightedSum } from './weighted-sum.ts';

export type AggregationMethod = 'wsum' | 'wgeo' | 'topsis';
export type Weighting = 'expert' | 'ahp' | 'entropy' | 'critic' | 'equal';

export const DEFAULT_NORMALISATION: Record<AggregationMethod, Normalisation> = {
  wsum: 'min-max',
  wgeo: 'max',
  topsis: 'vector',
};

export interface EvaluationSpec {
  method: AggregationMethod;
  weighting: Weighting;
  /** Per indicator of the input matrix; default benefit. */
  directions?: readonly Direction[];
  /** Per indicator; default DEFAULT_NORMALISATION[method]. */
  normalisations?: readonly (Normalisation | undefined)[];
  /** Fixed normalisation parameters per indicator (base year, targets). */
  params?: readonly (NormalisationParams | undefined)[];
  /** Per indicator of the input matrix; required for expert and ahp. */
  weights?: ArrayLike<number>;
  missing?: MissingRule;
}

export interface EvaluationResult {
  alternatives: string[];
  indicators: string[];
  weights: Float64Array;
  scores: Float64Array;
  ranks: Int32Array;
  /** m × n normalised values, larger = better (TOPSIS: vector-normalised, cost as 1 − r, unweighted). */
  normalised: Float64Array;
  missing: MissingReport;
  warnings: AtlasWarning[];
}

export function evaluate(dm: DecisionMatrix, spec: EvaluationSpec): EvaluationResult {
  const n0 = dm.indicators.length;
  const dirs0 = dm.indicators.map((_, j) => spec.directions?.[j] ?? 'benefit');
  const missing = applyMissingRule(dm, spec.missing ?? 'refuse', dirs0);
  const x = missing.matrix;
  assertScorable(x);
  const keep = missing.keptIndicators;
  const dirs = keep.map((j) => dirs0[j]);
  const m = x.alternatives.length;
  const n = x.indicators.length;
  const warnings: AtlasWarning[] = [...missing.warnings];

  let w: Float64Array;
  if (spec.weighting === 'expert' || spec.weighting === 'ahp' || spec.weights) {
    if (!spec.weights || spec.weights.length !== n0) {
      throw new AtlasError(
        'ATLAS_E_EVALUATION_INPUT',
        `weighting ${spec.weighting} needs one weight per indicator (${n0})`,
      );
    }
    const given = spec.weights;
    w = normaliseWeights(keep.map((j) => given[j]));
  } else if (spec.weighting === 'entropy') {
    const r = entropyWeights(x);
    w = r.weights;
    warnings.push(...r.warnings);
  } else if (spec.weighting === 'critic') {
    const r = criticWeights(x, dirs);
    w = r.weights;
    warnings.push(...r.warnings);
  } else w = equalWeights(n);

  const constant = constantIndicators(x);
  if (constant.length && !warnings.some((v) => v.code === 'ATLAS_W_INDICATOR_CONSTANT')) {
    warnings.push(
      warning(
        'ATLAS_W_INDICATOR_CONSTANT',
        `${constant.length} indicator(s) equal for every alternative: ${constant.join(', ')}`,
        { indicators: constant },
      ),
    );
  }

  const norms = keep.map((j) => spec.normalisations?.[j] ?? DEFAULT_NORMALISATION[spec.method]);
  let scores: Float64Array;
  let normalised: Float64Array;
  if (spec.method === 'topsis') {
    const t = topsis(x, w, dirs, norms[0] ?? 'vector');
    scores = t.closeness;
    // Shown oriented by direction (a cost column as 1 − r), as the other methods show it.
    normalised = normaliseMatrix(
      x,
      keep.map((_, b) => ({ direction: dirs[b], normalisation: norms[b] })),
    );
  } else {
    normalised = normaliseMatrix(
      x,
      keep.map((j, b) => ({
        direction: dirs[b],
        normalisation: norms[b],
        params: spec.params?.[j],
      })),
    );
    scores =
      spec.method === 'wsum'
        ? weightedSum(normalised, m, n, w)
        : weightedGeometricMean(normalised, m, n, w);
  }
  return {
    alternatives: x.alternatives,
    indicators: x.indicators,
    weights: w,
    scores,
    ranks: ranksOf(scores),
    normalised,
    missing: missing.report,
    warnings,
  };
}

function constantIndicators(x: DecisionMatrix): string[] {
  const m = x.alternatives.length;
  const n = x.indicators.length;
  const out: string[] = [];
  for (let j = 0; j < n; j++) {
    let same = true;
    for (let i = 1; i < m; i++) if (x.values[i * n + j] !== x.values[j]) same = false;
    if (same) out.push(x.indicators[j]);
  }
  return out;
}
