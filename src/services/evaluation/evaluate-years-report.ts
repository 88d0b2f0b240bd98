import type { DecisionMatrix, Direction } from '../../analytics/evaluation/decision-matrix.ts';
import { evaluateYears } from '../../analytics/evaluation/evaluate-years.ts';
import {
  explainChange,
  type ChangeExplanation,
} from '../../analytics/evaluation/explain-change.ts';
import { rankChanges, type RankChangeRow } from '../../analytics/evaluation/rank-changes.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type { IndexSystem } from '../../core/model/index-system.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { prepareEvaluation, type EvaluationContext } from './prepare-evaluation.ts';
import { readEvaluationData } from './read-evaluation-data.ts';
import { readPairwiseFile } from './read-pairwise-file.ts';
import type { EvaluationOptions } from './run-evaluation.ts';

export interface YearsOptions extends EvaluationOptions {
  /** The years to score (default: every year of the data). */
  years?: number[];
  /** Score every year on this year's scale (normalisation and data-driven weights). */
  baseYear?: number;
}

export interface YearsReport {
  years: number[];
  baseYear: number | null;
  /** Years asked for without data (left out, ATLAS_W_YEARS_MISSING). */
  missingYears: number[];
  rows: RankChangeRow[];
  columns: string[];
  /** Per alternative and year: what changed since its previous year scored, indicator by indicator. */
  changes: ChangeExplanation[];
  weights: { indicator: string; weight: number; direction: Direction }[];
  spec: {
    method: string;
    weights: string;
    missing: string;
    runs: number;
    seed: number;
    concentration: number;
    system: string | null;
  };
  warnings: AtlasWarning[];
}

export const YEAR_COLUMNS = [
  'alternative',
  'year',
  'score',
  'rank',
  'of',
  'rankLow',
  'rankHigh',
  'rankChange',
  'rankChangeLow',
  'rankChangeHigh',
  'scoreChange',
  'rankChangeBase',
  'scoreChangeBase',
  'scoreGrowthBase',
];

/** `2018-2020` → [2018, 2019, 2020]; `2018,2020` → [2018, 2020]; `2019` → [2019]. */
export function parseYears(text: string, what = 'years'): number[] {
  const year = (s: string): number => {
    const y = Number(s.trim());
    if (!/^\d{4}$/.test(s.trim()) || y < 1900 || y > 2100)
      throw new AtlasError('ATLAS_E_USAGE', `${what}: ${s} is not a year (1900-2100)`, {
        value: text,
      });
    return y;
  };
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const range = part.split('-');
    if (range.length === 2) {
      const [a, b] = range.map(year);
      if (b < a)
        throw new AtlasError('ATLAS_E_USAGE', `${what}: ${part} runs backwards`, { value: text });
      for (let y = a; y <= b; y++) out.add(y);
    } else if (range.length === 1) out.add(year(part));
    else throw new AtlasError('ATLAS_E_USAGE', `${what}: ${part} is not a year or a range A-B`);
  }
  return [...out].sort((a, b) => a - b);
}

/** The years of `available` asked for, and a warning for those without data; none → refused. */
export function chooseYears(
  available: readonly number[],
  asked: readonly number[] | undefined,
  baseYear: number | undefined,
): { years: number[]; missing: number[]; warnings: AtlasWarning[] } {
  const want = asked ? [...asked] : [...available];
  if (baseYear !== undefined && !want.includes(baseYear)) want.push(baseYear);
  want.sort((a, b) => a - b);
  const years = want.filter((y) => available.includes(y));
  const missing = want.filter((y) => !available.includes(y));
  if (baseYear !== undefined && !available.includes(baseYear))
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `no data for base year ${baseYear} (years with data: ${available.join(', ') || 'none'})`,
      { baseYear, available },
    );
  if (years.length === 0)
    throw new AtlasError(
      'ATLAS_E_EVALUATION_INPUT',
      `no data for ${want.join(', ')} (years with data: ${available.join(', ') || 'none'})`,
      { asked: want, available },
    );
  const warnings = missing.length
    ? [
        warning(
          'ATLAS_W_YEARS_MISSING',
          `no data for ${missing.join(', ')}: scored ${years.join(', ')}`,
          { missing, years },
        ),
      ]
    : [];
  return { years, missing, warnings };
}

/**
 * Scores and ranks the alternatives of each year under one index system and
 * one set of options: with a base year every year is normalised on the base
 * year's scale (and data-driven weights are the base year's), so a score's
 * change is the alternative's own. Rank changes (with their Monte-Carlo
 * intervals when runs > 0), score growth since the base year, and per
 * indicator what changed since the previous year (explainChange).
 */
export function evaluateYearsMatrices(
  byYear: ReadonlyMap<number, DecisionMatrix>,
  system: IndexSystem | undefined,
  opts: YearsOptions,
  ctx: EvaluationContext & { presentByYear?: ReadonlyMap<number, ReadonlySet<string>> },
): YearsReport {
  const chosen = chooseYears(
    [...byYear.keys()].sort((a, b) => a - b),
    opts.years,
    opts.baseYear,
  );
  const warnings: AtlasWarning[] = [...chosen.warnings];
  const prepared = new Map<number, DecisionMatrix>();
  let first: ReturnType<typeof prepareEvaluation> | undefined;
  for (const y of chosen.years) {
    const p = prepareEvaluation(byYear.get(y) as DecisionMatrix, system, opts, {
      ...ctx,
      dataFile: `${ctx.dataFile} (${y})`,
      present: ctx.presentByYear?.get(y) ?? ctx.present,
    });
    prepared.set(y, p.dm);
    if (y === (opts.baseYear ?? chosen.years[0])) first = p;
  }
  const base = first as ReturnType<typeof prepareEvaluation>;
  warnings.push(...base.warnings);
  const runs = opts.runs ?? 0;
  const seed = opts.seed ?? 1;
  const concentration = opts.concentration ?? 100;
  const ev = evaluateYears(prepared, base.spec, {
    baseYear: opts.baseYear,
    monteCarlo:
      runs > 0 ? { runs, seed, concentration, missingRules: opts.missingRules } : undefined,
  });
  warnings.push(...ev.warnings);
  const rows = rankChanges(ev.years, ev.baseYear);
  rows.sort(
    (a, b) => a.year - b.year || a.rank - b.rank || a.alternative.localeCompare(b.alternative),
  );
  const changes: ChangeExplanation[] = [];
  const lastSeen = new Map<string, (typeof ev.years)[number]>();
  for (const y of ev.years)
    for (const a of y.result.alternatives) {
      const prev = lastSeen.get(a);
      if (prev) {
        const c = explainChange(prev, y, a, base.spec.method);
        if (c) changes.push(c);
      }
      lastSeen.set(a, y);
    }
  const shown = ev.years.find((y) => y.year === (opts.baseYear ?? chosen.years[0])) ?? ev.years[0];
  return {
    years: chosen.years,
    baseYear: ev.baseYear,
    missingYears: chosen.missing,
    rows,
    columns: runs > 0 ? YEAR_COLUMNS : YEAR_COLUMNS.filter((c) => !/Low$|High$/.test(c)),
    changes,
    weights: shown.result.indicators.map((id, b) => ({
      indicator: id,
      weight: shown.result.weights[b],
      direction: base.directions[base.dm.indicators.indexOf(id)],
    })),
    spec: {
      method: base.spec.method,
      weights: base.spec.weighting,
      missing: base.spec.missing,
      runs,
      seed,
      concentration,
      system: ctx.systemFile,
    },
    warnings,
  };
}

/**
 * `atlas evaluate --data FILE --years A-B [--base-year Y]`: a long file with
 * a year column (alternative,indicator,year,value) scored year by year.
 */
export async function evaluateYearsFile(
  dataFile: string,
  systemFile: string | undefined,
  opts: YearsOptions,
): Promise<YearsReport> {
  const data = await readEvaluationData(dataFile);
  if (!data.years)
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${dataFile}: no year column: a comparison over years needs alternative,indicator,year,value`,
      { file: dataFile, missing: ['year'] },
    );
  const system = systemFile ? await loadIndexSystem(systemFile) : undefined;
  const matrices = new Map([...data.years].map(([y, d]) => [y, d.matrix]));
  const present = new Map([...data.years].map(([y, d]) => [y, d.indicatorsSeen]));
  return evaluateYearsMatrices(matrices, system, opts, {
    systemFile: systemFile ?? null,
    dataFile,
    presentByYear: present,
    ahpMatrix: opts.ahpMatrix ? await readPairwiseFile(opts.ahpMatrix) : undefined,
  });
}
