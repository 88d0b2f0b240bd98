/**
 * Entropy weights: an indicator whose values differ more across the
 * alternatives carries more information and gets more weight.
 *
 * Formula   p_ij = x_ij / Σ_i x_ij;  e_j = −(1/ln m) Σ_i p_ij ln p_ij;
 *           d_j = 1 − e_j;  w_j = d_j / Σ_k d_k.
 * Symbols   m alternatives, n indicators, x_ij ≥ 0 (raw values by default,
 *           the classic form; pass a normalised matrix to follow the variant
 *           that min-max normalises first).
 * Conventions 0 · ln 0 = 0. Direction does not matter: entropy measures
 *           dispersion only.
 * Edge cases x_ij < 0 or missing → refused (apply a missing-value rule
 *           first). A column with Σ_i x_ij = 0 or all values equal has e_j = 1
 *           (no information): weight 0, warned (ATLAS_W_INDICATOR_CONSTANT).
 *           When every d_j = 0 the weights are equal (warned).
 * Cost      O(m·n).
 * References Shannon (1948); Zeleny M. (1982) Multiple Criteria Decision
 *           Making, McGraw-Hill; Hwang & Yoon (1981) Multiple Attribute
 *           Decision Making, §2.2.
 */
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { assertScorable, type DecisionMatrix } from './decision-matrix.ts';

export interface WeightsResult {
  weights: Float64Array;
  warnings: AtlasWarning[];
}

export interface EntropyResult extends WeightsResult {
  entropy: Float64Array;
  divergence: Float64Array;
}

export function entropyWeights(dm: DecisionMatrix): EntropyResult {
  assertScorable(dm);
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const x = dm.values;
  const e = new Float64Array(n);
  const d = new Float64Array(n);
  const constant: string[] = [];
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < m; i++) {
      const v = x[i * n + j];
      if (Number.isNaN(v) || v < 0) {
        throw new AtlasError(
          'ATLAS_E_EVALUATION_INPUT',
          `entropy weights need x ≥ 0 and no missing value: ${dm.alternatives[i]} × ${dm.indicators[j]} = ${v}`,
          { alternative: dm.alternatives[i], indicator: dm.indicators[j] },
        );
      }
      sum += v;
    }
    let h = 0;
    if (sum > 0) {
      for (let i = 0; i < m; i++) {
        const p = x[i * n + j] / sum;
        if (p > 0) h -= p * Math.log(p);
      }
      e[j] = h / Math.log(m);
    } else e[j] = 1;
    d[j] = 1 - e[j];
    if (d[j] <= 1e-15) {
      d[j] = 0;
      constant.push(dm.indicators[j]);
    }
  }
  return { entropy: e, divergence: d, ...fromScores(d, constant, 'entropy') };
}

/** Weights ∝ scores; equal when all scores are 0. Shared by entropy and CRITIC. */
export function fromScores(
  scores: Float64Array,
  constant: string[],
  method: string,
): WeightsResult {
  const warnings: AtlasWarning[] = [];
  if (constant.length) {
    warnings.push(
      warning(
        'ATLAS_W_INDICATOR_CONSTANT',
        `${method}: ${constant.length} indicator(s) carry no information and get weight 0: ${constant.join(', ')}`,
        { method, indicators: constant },
      ),
    );
  }
  const total = scores.reduce((s, v) => s + v, 0);
  const n = scores.length;
  const weights = new Float64Array(n);
  if (total > 0) for (let j = 0; j < n; j++) weights[j] = scores[j] / total;
  else weights.fill(1 / n);
  return { weights, warnings };
}
