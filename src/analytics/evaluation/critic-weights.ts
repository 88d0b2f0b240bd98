/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation):
 * an indicator weighs more when it varies more and agrees less with the
 * others.
 *
 * Formula   r_ij = min-max normalised x_ij, oriented by direction
 *           (benefit: (x − min)/(max − min), cost: (max − x)/(max − min));
 *           σ_j = standard deviation of r_·j; ρ_jk = Pearson correlation of
 *           r_·j and r_·k; C_j = σ_j Σ_k (1 − ρ_jk); w_j = C_j / Σ_k C_k.
 * Conventions σ_j with divisor m − 1 (the choice cancels in w: every σ_j
 *           scales by the same factor). Directions matter: they set the sign
 *           of ρ.
 * Edge cases a constant column has σ = 0, C = 0 (warned) and is left out
 *           of the other columns' sums (its correlations are undefined).
 *           Missing values are refused (apply a missing-value rule first).
 * Cost      O(m·n²).
 * References Diakoulaki D., Mavrotas G., Papayannakis L. (1995) "Determining
 *           objective weights in multiple criteria problems: the CRITIC
 *           method", Computers & Operations Research 22(7): 763-770.
 */
import { AtlasError } from '../../core/errors.ts';
import { assertScorable, type DecisionMatrix, type Direction } from './decision-matrix.ts';
import { fromScores, type WeightsResult } from './entropy-weights.ts';
import { normaliseMatrix } from './normalise-matrix.ts';

export interface CriticResult extends WeightsResult {
  sd: Float64Array;
  /** n × n correlation matrix, row-major (NaN next to a constant column). */
  correlation: Float64Array;
  information: Float64Array;
}

export function criticWeights(dm: DecisionMatrix, directions?: readonly Direction[]): CriticResult {
  assertScorable(dm);
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  for (let k = 0; k < dm.values.length; k++) {
    if (Number.isNaN(dm.values[k])) {
      const i = Math.floor(k / n);
      throw new AtlasError(
        'ATLAS_E_EVALUATION_INPUT',
        `CRITIC needs no missing value: ${dm.alternatives[i]} × ${dm.indicators[k % n]}`,
      );
    }
  }
  const r = normaliseMatrix(
    dm,
    dm.indicators.map((_, j) => ({
      direction: directions?.[j] ?? 'benefit',
      normalisation: 'min-max' as const,
    })),
  );
  const mean = new Float64Array(n);
  const sd = new Float64Array(n);
  const constant: boolean[] = [];
  for (let j = 0; j < n; j++) {
    let s = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < m; i++) {
      const v = dm.values[i * n + j];
      s += r[i * n + j];
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    mean[j] = s / m;
    let ss = 0;
    for (let i = 0; i < m; i++) ss += (r[i * n + j] - mean[j]) ** 2;
    constant[j] = hi === lo;
    sd[j] = constant[j] ? 0 : Math.sqrt(ss / (m - 1));
  }
  const corr = new Float64Array(n * n).fill(NaN);
  for (let j = 0; j < n; j++) {
    if (constant[j]) continue;
    for (let k = j; k < n; k++) {
      if (constant[k]) continue;
      let c = 0;
      for (let i = 0; i < m; i++) c += (r[i * n + j] - mean[j]) * (r[i * n + k] - mean[k]);
      const rho = j === k ? 1 : c / ((m - 1) * sd[j] * sd[k]);
      corr[j * n + k] = rho;
      corr[k * n + j] = rho;
    }
  }
  const info = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (constant[j]) continue;
    let s = 0;
    for (let k = 0; k < n; k++) if (!constant[k]) s += 1 - corr[j * n + k];
    info[j] = sd[j] * s;
  }
  const names = dm.indicators.filter((_, j) => constant[j]);
  return { sd, correlation: corr, information: info, ...fromScores(info, names, 'CRITIC') };
}
