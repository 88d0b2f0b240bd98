/**
 * One evaluation per year, on one scale: every year is scored with the same
 * spec and, with a base year, the base year's normalisation parameters and
 * weights (base-year.ts), so that a score's change is the alternative's own
 * change, not the field's. Optional Monte-Carlo rank intervals per year
 * (monte-carlo-ranks.ts) with the same seed every year.
 *
 * Method    base year b given: θ = fit(x^b), w = w(x^b) (data-driven weights
 *           fitted once); year t: S^t = A(N(x^t; θ), w). No base year: each
 *           year is normalised on its own (relative scores: a change then
 *           mixes the alternative's change with the field's — reported as a
 *           warning, ATLAS_W_RELATIVE_YEARS).
 * Conventions years ascending; a year's alternatives are those its data
 *           holds (an alternative may enter or leave); the base year must be
 *           one of the years.
 * Edge cases no year → refused; a base year without data → refused; TOPSIS
 *           with a base year → refused (its ideal points are per year).
 * Cost      O(Y · cost of one evaluation), × (runs + 1) with Monte-Carlo.
 * References OECD/JRC (2008) Handbook on Constructing Composite Indicators,
 *           §5; Saisana, Saltelli & Tarantola (2005), J. R. Stat. Soc. A 168(2).
 */
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { alignToBase, baseYearSpec } from './base-year.ts';
import type { DecisionMatrix } from './decision-matrix.ts';
import { evaluate, type EvaluationResult, type EvaluationSpec } from './evaluate.ts';
import { monteCarloRanks, type MonteCarloOptions, type RankInterval } from './monte-carlo-ranks.ts';

export interface YearResult {
  year: number;
  /** The matrix as scored (columns in the base year's order when there is one). */
  matrix: DecisionMatrix;
  result: EvaluationResult;
  intervals?: RankInterval[];
}

export interface YearsEvaluation {
  years: YearResult[];
  baseYear: number | null;
  /** The spec each year was scored with (fixed weights and parameters with a base year). */
  spec: EvaluationSpec;
  warnings: AtlasWarning[];
}

export function evaluateYears(
  years: ReadonlyMap<number, DecisionMatrix>,
  spec: EvaluationSpec,
  opts: { baseYear?: number; monteCarlo?: MonteCarloOptions } = {},
): YearsEvaluation {
  const order = [...years.keys()].sort((a, b) => a - b);
  if (order.length === 0) throw new AtlasError('ATLAS_E_EVALUATION_INPUT', 'no year to evaluate');
  const warnings: AtlasWarning[] = [];
  let used = spec;
  let names: string[] | null = null;
  if (opts.baseYear !== undefined) {
    const base = years.get(opts.baseYear);
    if (!base)
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `no data for base year ${opts.baseYear} (years with data: ${order.join(', ')})`,
        { baseYear: opts.baseYear, years: order },
      );
    used = baseYearSpec(base, spec);
    names = base.indicators;
  } else if (order.length > 1) {
    warnings.push(
      warning(
        'ATLAS_W_RELATIVE_YEARS',
        'no base year: each year is normalised on its own, so a change of score mixes the alternative’s change with the field’s; give a base year to compare on one scale',
        { years: order },
      ),
    );
  }
  const out: YearResult[] = order.map((year) => {
    const raw = years.get(year) as DecisionMatrix;
    const matrix = names ? alignToBase(raw, names, year) : raw;
    if (opts.monteCarlo && opts.monteCarlo.runs > 0) {
      const mc = monteCarloRanks(matrix, used, opts.monteCarlo);
      return { year, matrix, result: mc.base, intervals: mc.intervals };
    }
    return { year, matrix, result: evaluate(matrix, used) };
  });
  for (const y of out)
    for (const w of y.result.warnings)
      warnings.push({
        ...w,
        message: `${y.year}: ${w.message}`,
        details: { ...w.details, year: y.year },
      });
  return { years: out, baseYear: opts.baseYear ?? null, spec: used, warnings };
}
