/**
 * Robustness of a ranking: Monte-Carlo over weights and over missing-value
 * rules gives each alternative a rank interval.
 *
 * Method    run k = 1…N: weights w^k ~ Dirichlet(κ·w₀) around the base
 *           weights w₀ (dirichlet-weights.ts); missing-value rule = rules[k
 *           mod |rules|] when the data has missing values (every rule gets the
 *           same number of runs); evaluate (evaluate.ts) with w^k given.
 *           Per alternative: rank quantiles (type 7) at pLow, 0.5, pHigh,
 *           mean rank, share of runs ranked first.
 * Conventions deterministic given the seed (prng.ts); the base evaluation's
 *           weights, however obtained (expert, AHP, entropy, CRITIC), are w₀
 *           and are not recomputed per run. drop-alternative is not allowed
 *           in the rule set (it would change who is ranked).
 * Edge cases runs < 1 refused; an alternative dropped by the base rule is
 *           absent from the result.
 * Cost      O(N · cost of one evaluation).
 * References Saisana M., Saltelli A., Tarantola S. (2005) "Uncertainty and
 *           sensitivity analysis techniques as tools for the quality
 *           assessment of composite indicators", J. Royal Statistical Society
 *           A 168(2): 307-323; Butler, Jia & Dyer (1997).
 */
import { AtlasError } from '../../core/errors.ts';
import { hasMissing, type DecisionMatrix } from './decision-matrix.ts';
import { dirichletWeights } from './dirichlet-weights.ts';
import { evaluate, type EvaluationResult, type EvaluationSpec } from './evaluate.ts';
import type { MissingRule } from './missing-values.ts';
import { createRng } from './prng.ts';
import { quantile7 } from './quantile.ts';

export interface MonteCarloOptions {
  runs: number;
  seed: number;
  /** Dirichlet concentration; default 100. */
  concentration?: number;
  /** Rules to cycle through when values are missing; default the spec's rule only. */
  missingRules?: readonly MissingRule[];
  /** Rank interval quantiles; default 0.05 and 0.95. */
  pLow?: number;
  pHigh?: number;
}

export interface RankInterval {
  alternative: string;
  baseRank: number;
  rankLow: number;
  rankMedian: number;
  rankHigh: number;
  meanRank: number;
  shareFirst: number;
}

export interface MonteCarloResult {
  base: EvaluationResult;
  intervals: RankInterval[];
  runs: number;
  seed: number;
  concentration: number;
  missingRules: MissingRule[];
}

export function monteCarloRanks(
  dm: DecisionMatrix,
  spec: EvaluationSpec,
  opts: MonteCarloOptions,
): MonteCarloResult {
  if (!Number.isInteger(opts.runs) || opts.runs < 1) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', `runs must be a positive integer, not ${opts.runs}`);
  }
  const base = evaluate(dm, spec);
  const kappa = opts.concentration ?? 100;
  const rules = hasMissing(dm)
    ? [...(opts.missingRules ?? [spec.missing ?? 'refuse'])]
    : [spec.missing ?? 'refuse'];
  if (rules.includes('drop-alternative') && hasMissing(dm) && rules.length > 1) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'drop-alternative cannot be varied in Monte-Carlo: it changes who is ranked',
    );
  }
  // w₀ over the input's indicators (0 where the base rule dropped one).
  const w0 = new Float64Array(dm.indicators.length);
  base.indicators.forEach((name, b) => (w0[dm.indicators.indexOf(name)] = base.weights[b]));
  const rng = createRng(opts.seed);
  const pos = new Map(base.alternatives.map((a, i) => [a, i]));
  const ranks = base.alternatives.map(() => new Float64Array(opts.runs));
  for (let k = 0; k < opts.runs; k++) {
    const w = dirichletWeights(rng, w0, kappa);
    const run = evaluate(dm, {
      ...spec,
      weighting: 'expert',
      weights: w,
      missing: rules[k % rules.length],
    });
    run.alternatives.forEach((a, i) => {
      const p = pos.get(a);
      if (p !== undefined) ranks[p][k] = run.ranks[i];
    });
  }
  const pLow = opts.pLow ?? 0.05;
  const pHigh = opts.pHigh ?? 0.95;
  const intervals = base.alternatives.map((a, i) => {
    const r = ranks[i];
    let first = 0;
    let sum = 0;
    for (const v of r) {
      sum += v;
      if (v === 1) first++;
    }
    return {
      alternative: a,
      baseRank: base.ranks[i],
      rankLow: quantile7(r, pLow),
      rankMedian: quantile7(r, 0.5),
      rankHigh: quantile7(r, pHigh),
      meanRank: sum / opts.runs,
      shareFirst: first / opts.runs,
    };
  });
  return {
    base,
    intervals,
    runs: opts.runs,
    seed: opts.seed,
    concentration: kappa,
    missingRules: rules,
  };
}
