/**
 * What changed: an alternative's change of score between two years,
 * indicator by indicator, so a rise or fall can be read as "more chain
 * leaders" or "denser supply links", not as a bare number.
 *
 * Formula   wsum: S = Σ_j w_j r_j, so ΔS = Σ_j (w^t_j r^t_j − w^s_j r^s_j)
 *           exactly; each term is indicator j's contribution.
 *           wgeo: ln S = Σ_j w_j ln r_j; term c_j = w^t_j ln r^t_j −
 *           w^s_j ln r^s_j, shared out of ΔS in proportion (c_j / Σ c).
 *           topsis: no additive form; c_j = w_j (r^t_j − r^s_j) on the
 *           direction-oriented normalised values, marked not exact.
 *           Beside it: the raw values, their growth rate and CAGR
 *           (growth-rate.ts), the normalised values and the weights.
 * Conventions with a base year both years are on one scale and the
 *           contributions are the alternative's own change; without one they
 *           include the field's (evaluate-years.ts warns). Rows are sorted by
 *           |contribution|, largest first.
 * Edge cases an indicator kept in one year only (missing-value rule) counts
 *           0 in the other; an alternative absent from either year → null.
 * Cost      O(n log n).
 */
import type { YearResult } from './evaluate-years.ts';
import { compoundAnnualGrowth, growthRate } from './growth-rate.ts';

export interface ChangeTerm {
  indicator: string;
  from: number | null;
  to: number | null;
  growth: number | null;
  cagr: number | null;
  normalisedFrom: number | null;
  normalisedTo: number | null;
  weight: number;
  /** This indicator's part of the change of score (score units). */
  contribution: number;
}

export interface ChangeExplanation {
  alternative: string;
  fromYear: number;
  toYear: number;
  scoreFrom: number;
  scoreTo: number;
  scoreChange: number;
  rankFrom: number;
  rankTo: number;
  exact: boolean;
  terms: ChangeTerm[];
}

interface Side {
  raw: Map<string, number>;
  r: Map<string, number>;
  w: Map<string, number>;
  score: number;
  rank: number;
}

function side(y: YearResult, alternative: string): Side | null {
  const res = y.result;
  const i = res.alternatives.indexOf(alternative);
  const k = y.matrix.alternatives.indexOf(alternative);
  if (i < 0 || k < 0) return null;
  const n = res.indicators.length;
  const nm = y.matrix.indicators.length;
  return {
    raw: new Map(y.matrix.indicators.map((name, j) => [name, y.matrix.values[k * nm + j]])),
    r: new Map(res.indicators.map((name, j) => [name, res.normalised[i * n + j]])),
    w: new Map(res.indicators.map((name, j) => [name, res.weights[j]])),
    score: res.scores[i],
    rank: res.ranks[i],
  };
}

export function explainChange(
  from: YearResult,
  to: YearResult,
  alternative: string,
  method: 'wsum' | 'wgeo' | 'topsis',
): ChangeExplanation | null {
  const a = side(from, alternative);
  const b = side(to, alternative);
  if (!a || !b) return null;
  const names = [...new Set([...a.w.keys(), ...b.w.keys()])];
  const dS = b.score - a.score;
  const term = (name: string): number => {
    const [wa, wb] = [a.w.get(name) ?? 0, b.w.get(name) ?? 0];
    const [ra, rb] = [a.r.get(name) ?? 0, b.r.get(name) ?? 0];
    if (method === 'wsum') return wb * rb - wa * ra;
    if (method === 'wgeo')
      return wb * Math.log(Math.max(rb, 1e-12)) - wa * Math.log(Math.max(ra, 1e-12));
    return wb * (rb - ra);
  };
  const raw = names.map(term);
  const sum = raw.reduce((s, c) => s + c, 0);
  const terms = names.map((indicator, j): ChangeTerm => {
    const x0 = a.raw.get(indicator);
    const x1 = b.raw.get(indicator);
    const ok = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
    return {
      indicator,
      from: ok(x0),
      to: ok(x1),
      growth: x0 === undefined || x1 === undefined ? null : growthRate(x0, x1),
      cagr:
        x0 === undefined || x1 === undefined
          ? null
          : compoundAnnualGrowth(x0, x1, from.year, to.year),
      normalisedFrom: ok(a.r.get(indicator)),
      normalisedTo: ok(b.r.get(indicator)),
      weight: b.w.get(indicator) ?? a.w.get(indicator) ?? 0,
      contribution: method === 'wgeo' ? (sum === 0 ? 0 : (raw[j] / sum) * dS) : raw[j],
    };
  });
  terms.sort((p, q) => Math.abs(q.contribution) - Math.abs(p.contribution));
  return {
    alternative,
    fromYear: from.year,
    toYear: to.year,
    scoreFrom: a.score,
    scoreTo: b.score,
    scoreChange: dS,
    rankFrom: a.rank,
    rankTo: b.rank,
    exact: method !== 'topsis',
    terms,
  };
}
