/**
 * AHP priority weights from a pairwise comparison matrix, with Saaty's
 * consistency check.
 *
 * Formula   eigenvector: A w = λmax w, w > 0, Σ w = 1 (principal
 *           eigenvector, by power iteration w ← A w / Σ A w from w = 1/n);
 *           λmax = Σ_i (A w)_i at convergence (since Σ w = 1);
 *           geometric-mean (row geometric mean, a named variant):
 *           w_i ∝ (Π_j a_ij)^(1/n), λmax = (1/n) Σ_i (A w)_i / w_i;
 *           CI = (λmax − n)/(n − 1); CR = CI / RI(n) (ahp-random-index.ts).
 * Conventions CR ≥ 0.1 is refused (ATLAS_E_AHP_INCONSISTENT, with the
 *           judgements that deviate most from w_i/w_j) unless `force`. For
 *           n ≤ 2 every reciprocal matrix is consistent: CI = CR = 0.
 *           Power iteration stops when max |Δw| ≤ 1e-15 or after 10,000 steps
 *           (ATLAS_W_NOT_CONVERGED); a positive matrix has a simple dominant
 *           eigenvalue (Perron), so it converges.
 * Edge cases n > 10 needs `randomIndex` (Saaty's table stops at 10).
 * Cost      O(n² · iterations).
 * References Saaty T.L. (1977) J. Mathematical Psychology 15: 234-281;
 *           Saaty (1980) The Analytic Hierarchy Process; Crawford & Williams
 *           (1985) J. Math. Psychology 29: 387-405 (geometric mean).
 */
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { saatyRandomIndex } from './ahp-random-index.ts';
import { checkPairwise, type PairwiseMatrix } from './pairwise-matrix.ts';

export type AhpMethod = 'eigenvector' | 'geometric-mean';

export interface AhpOptions {
  method?: AhpMethod;
  /** Accept CR ≥ 0.1. */
  force?: boolean;
  /** RI for n > 10 (or to override Saaty's table). */
  randomIndex?: number;
  /** Threshold of the consistency ratio; default 0.1. */
  maxCR?: number;
}

export interface AhpResult {
  criteria: string[];
  weights: Float64Array;
  lambdaMax: number;
  CI: number;
  CR: number;
  RI: number;
  method: AhpMethod;
  iterations: number;
  consistent: boolean;
  warnings: AtlasWarning[];
}

export function ahpWeights(pm: PairwiseMatrix, opts: AhpOptions = {}): AhpResult {
  checkPairwise(pm);
  const n = pm.criteria.length;
  const A = pm.values;
  const method = opts.method ?? 'eigenvector';
  const warnings: AtlasWarning[] = [];
  let w: Float64Array = new Float64Array(n);
  let iterations = 0;
  let lambdaMax: number;
  if (method === 'geometric-mean') {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += Math.log(A[i * n + j]);
      w[i] = Math.exp(s / n);
    }
    normalise(w);
    const Aw = multiply(A, w, n);
    lambdaMax = 0;
    for (let i = 0; i < n; i++) lambdaMax += Aw[i] / w[i];
    lambdaMax /= n;
  } else {
    w.fill(1 / n);
    let delta = Infinity;
    while (delta > 1e-15 && iterations < 10_000) {
      const next = multiply(A, w, n);
      normalise(next);
      delta = 0;
      for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs(next[i] - w[i]));
      w = next;
      iterations++;
    }
    if (delta > 1e-15) {
      warnings.push(
        warning('ATLAS_W_NOT_CONVERGED', 'AHP power iteration did not converge', {
          method: 'ahp eigenvector',
          iterations,
          lastChange: delta,
        }),
      );
    }
    lambdaMax = multiply(A, w, n).reduce((s, v) => s + v, 0);
  }
  const RI = opts.randomIndex ?? saatyRandomIndex(n);
  if (RI === undefined) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `Saaty's random index is bundled for n ≤ 10 only; ${n} criteria: give randomIndex`,
      { n },
    );
  }
  const CI = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const CR = n <= 2 || RI === 0 ? 0 : CI / RI;
  const maxCR = opts.maxCR ?? 0.1;
  const consistent = CR < maxCR;
  if (!consistent && !opts.force) {
    throw new AtlasError(
      'ATLAS_E_AHP_INCONSISTENT',
      `consistency ratio CR = ${CR.toFixed(4)} ≥ ${maxCR} (λmax = ${lambdaMax.toFixed(4)}, n = ${n})`,
      { CR, CI, lambdaMax, n, worstJudgements: worstJudgements(pm, w, 3) },
    );
  }
  return {
    criteria: [...pm.criteria],
    weights: w,
    lambdaMax,
    CI,
    CR,
    RI,
    method,
    iterations,
    consistent,
    warnings,
  };
}

function multiply(A: Float64Array, w: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A[i * n + j] * w[j];
    out[i] = s;
  }
  return out;
}

function normalise(w: Float64Array): void {
  let s = 0;
  for (const v of w) s += v;
  for (let i = 0; i < w.length; i++) w[i] /= s;
}

/** The judgements a_ij farthest (in log ratio) from the consistent w_i/w_j, worst first. */
function worstJudgements(
  pm: PairwiseMatrix,
  w: Float64Array,
  k: number,
): { row: string; column: string; given: number; consistent: number }[] {
  const n = pm.criteria.length;
  const all: { row: string; column: string; given: number; consistent: number; d: number }[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const given = pm.values[i * n + j];
      const consistent = w[i] / w[j];
      all.push({
        row: pm.criteria[i],
        column: pm.criteria[j],
        given,
        consistent,
        d: Math.abs(Math.log(given / consistent)),
      });
    }
  all.sort((a, b) => b.d - a.d);
  return all.slice(0, k).map(({ row, column, given, consistent }) => ({
    row,
    column,
    given,
    consistent,
  }));
}
