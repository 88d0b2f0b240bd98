import { describe, expect, it } from 'vitest';
import { evaluateWithBaseYear } from '../../src/analytics/evaluation/base-year.ts';
import { decisionMatrix } from '../../src/analytics/evaluation/decision-matrix.ts';
import { dirichletWeights } from '../../src/analytics/evaluation/dirichlet-weights.ts';
import { evaluate } from '../../src/analytics/evaluation/evaluate.ts';
import { applyMissingRule } from '../../src/analytics/evaluation/missing-values.ts';
import { monteCarloRanks } from '../../src/analytics/evaluation/monte-carlo-ranks.ts';
import { normaliseColumn } from '../../src/analytics/evaluation/normalise-column.ts';
import { createRng } from '../../src/analytics/evaluation/prng.ts';
import { ranksOf } from '../../src/analytics/evaluation/ranks.ts';
import { weightSensitivity } from '../../src/analytics/evaluation/weight-sensitivity.ts';

const dm = decisionMatrix(
  ['A', 'B', 'C', 'D', 'E'],
  ['x', 'y', 'z'],
  [
    [70, 2.1, 5],
    [90, 1.8, 5.5],
    [60, 2.9, null],
    [85, 2.4, 6.2],
    [75, 2.0, 5.0],
  ],
);

describe('normalisations (hand-computed)', () => {
  const x = [2, 4, 6, 10];
  it('min-max, cost, z-score, rank, vector, max, target', () => {
    expect([...normaliseColumn(x, 'min-max')]).toEqual([0, 0.25, 0.5, 1]);
    expect([...normaliseColumn(x, 'min-max', 'cost')]).toEqual([1, 0.75, 0.5, 0]);
    const sd = Math.sqrt(((2 - 5.5) ** 2 + 1.5 ** 2 + 0.5 ** 2 + 4.5 ** 2) / 3);
    expect(normaliseColumn(x, 'z-score')[3]).toBeCloseTo(4.5 / sd, 14);
    expect([...normaliseColumn([3, 1, 3, 2], 'rank')]).toEqual([5 / 6, 0, 5 / 6, 1 / 3]);
    expect(normaliseColumn(x, 'vector')[3]).toBeCloseTo(10 / Math.sqrt(156), 15);
    expect([...normaliseColumn(x, 'max', 'cost')]).toEqual([1, 0.5, 2 / 6, 0.2]);
    expect([...normaliseColumn(x, 'target', 'benefit', { target: 5 })]).toEqual([0.4, 0.8, 0.8, 0]);
  });
});

describe('missing-value rules: explicit and reported', () => {
  it('fill-median, drop-indicator, drop-alternative, refuse', () => {
    const f = applyMissingRule(dm, 'fill-median');
    expect(f.matrix.values[2 * 3 + 2]).toBeCloseTo(5.25, 15);
    expect(f.report.filled).toEqual([{ alternative: 'C', indicator: 'z', value: 5.25 }]);
    expect(f.warnings[0].code).toBe('ATLAS_W_MISSING_VALUES');
    expect(applyMissingRule(dm, 'drop-indicator').matrix.indicators).toEqual(['x', 'y']);
    expect(applyMissingRule(dm, 'drop-alternative').report.droppedAlternatives).toEqual(['C']);
    expect(() => applyMissingRule(dm, 'refuse')).toThrow(/C × z/);
  });
});

describe('Monte-Carlo rank intervals', () => {
  const spec = {
    method: 'wsum' as const,
    weighting: 'equal' as const,
    missing: 'fill-mean' as const,
  };
  it('is reproduced exactly from its seed', () => {
    const a = monteCarloRanks(dm, spec, {
      runs: 300,
      seed: 42,
      missingRules: ['fill-mean', 'fill-min', 'drop-indicator'],
    });
    const b = monteCarloRanks(dm, spec, {
      runs: 300,
      seed: 42,
      missingRules: ['fill-mean', 'fill-min', 'drop-indicator'],
    });
    expect(a.intervals).toEqual(b.intervals);
    const c = monteCarloRanks(dm, spec, {
      runs: 300,
      seed: 43,
      missingRules: ['fill-mean', 'fill-min', 'drop-indicator'],
    });
    expect(c.intervals.map((r) => r.meanRank)).not.toEqual(a.intervals.map((r) => r.meanRank));
  });
  it('gives intervals that bracket the median rank', () => {
    const r = monteCarloRanks(dm, spec, { runs: 200, seed: 1 });
    for (const i of r.intervals) {
      expect(i.rankLow).toBeLessThanOrEqual(i.rankMedian);
      expect(i.rankMedian).toBeLessThanOrEqual(i.rankHigh);
    }
  });
  it('Dirichlet draws centre on the base weights', () => {
    const rng = createRng(9);
    const base = [0.5, 0.3, 0.2];
    const mean = [0, 0, 0];
    for (let k = 0; k < 4000; k++)
      dirichletWeights(rng, base, 100).forEach((v, j) => (mean[j] += v / 4000));
    mean.forEach((v, j) => expect(Math.abs(v - base[j])).toBeLessThan(0.005));
  });
});

describe('weight sensitivity', () => {
  it('puts first the indicator that decides the ranking', () => {
    const d = decisionMatrix(
      ['A', 'B', 'C'],
      ['big', 'small'],
      [
        [10, 1],
        [5, 2],
        [1, 3],
      ],
    );
    const rows = weightSensitivity(d, { method: 'wsum', weighting: 'expert', weights: [0.9, 0.1] });
    expect(rows[0].indicator).toBe('big');
    expect(rows[0].zeroMaxShift).toBe(2);
  });
});

describe('fixed base year', () => {
  it('scores a later year on the base year scale (values beyond the base range exceed 1)', () => {
    const y1 = decisionMatrix(['A', 'B'], ['x'], [[10], [20]]);
    const y2 = decisionMatrix(['A', 'B'], ['x'], [[20], [30]]);
    const out = evaluateWithBaseYear(
      new Map([
        [2020, y1],
        [2024, y2],
      ]),
      2020,
      { method: 'wsum', weighting: 'equal' },
    );
    expect([...out.get(2020)!.scores]).toEqual([0, 1]);
    expect([...out.get(2024)!.scores]).toEqual([1, 2]);
    // Without a base year each year is rescaled to [0, 1] and the rise vanishes.
    expect([...evaluate(y2, { method: 'wsum', weighting: 'equal' }).scores]).toEqual([0, 1]);
  });
});

describe('ranks', () => {
  it('competition ranking, ties share the better rank', () => {
    expect([...ranksOf([0.5, 0.9, 0.5, 0.1])]).toEqual([2, 1, 2, 4]);
  });
});
