import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionMatrix } from '../../src/analytics/evaluation/decision-matrix.ts';
import { evaluateYears } from '../../src/analytics/evaluation/evaluate-years.ts';
import { explainChange } from '../../src/analytics/evaluation/explain-change.ts';
import { compoundAnnualGrowth, growthRate } from '../../src/analytics/evaluation/growth-rate.ts';
import { rankChanges } from '../../src/analytics/evaluation/rank-changes.ts';
import {
  evaluateYearsFile,
  parseYears,
} from '../../src/services/evaluation/evaluate-years-report.ts';
import { evaluateFiles } from '../../src/services/evaluation/run-evaluation.ts';
import { employmentYears, ioSectorYears } from './real-yearly-data.ts';

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Two years, three clusters, two indicators; base year 2018. */
const Y2018 = decisionMatrix(
  ['A', 'B', 'C'],
  ['x', 'y'],
  [
    [0, 10],
    [5, 20],
    [10, 0],
  ],
);
const Y2020 = decisionMatrix(
  ['A', 'B', 'C'],
  ['y', 'x'],
  [
    [30, 10],
    [20, 5],
    [0, 10],
  ],
);

describe('years: base year, rank changes, what changed', () => {
  it('scores every year on the base year’s scale (by hand) and explains the change exactly', () => {
    const ev = evaluateYears(
      new Map([
        [2018, Y2018],
        [2020, Y2020],
      ]),
      { method: 'wsum', weighting: 'equal' },
      { baseYear: 2018 },
    );
    // 2018: x on [0, 10], y on [0, 20]: A = (0 + .5)/2, B = (.5 + 1)/2, C = (1 + 0)/2.
    expect([...ev.years[0].result.scores]).toEqual([0.25, 0.75, 0.5]);
    // 2020 on 2018's scale: A = (1 + 1.5)/2 = 1.25 (beyond the base year's best), B = .75, C = .5.
    expect([...ev.years[1].result.scores]).toEqual([1.25, 0.75, 0.5]);
    const rows = rankChanges(ev.years, 2018).filter((r) => r.year === 2020);
    expect(rows.map((r) => [r.alternative, r.rank, r.rankChange, r.scoreGrowthBase])).toEqual([
      ['A', 1, 2, 4],
      ['B', 2, -1, 0],
      ['C', 3, -1, 0],
    ]);
    const why = explainChange(ev.years[0], ev.years[1], 'A', 'wsum')!;
    expect(why.scoreChange).toBeCloseTo(1, 12);
    // x: 0 → 10 adds .5 × 1; y: 10 → 30 adds .5 × 1: the contributions sum to the change.
    expect(why.terms.reduce((s, t) => s + t.contribution, 0)).toBeCloseTo(why.scoreChange, 12);
    expect(why.terms.find((t) => t.indicator === 'y')).toMatchObject({
      from: 10,
      to: 30,
      growth: 2,
    });
    expect(why.terms.find((t) => t.indicator === 'y')!.cagr).toBeCloseTo(Math.sqrt(3) - 1, 12);
  });

  it('without a base year each year is relative and says so; TOPSIS refuses a base year', () => {
    const years = new Map([
      [2018, Y2018],
      [2020, Y2020],
    ]);
    const ev = evaluateYears(years, { method: 'wsum', weighting: 'equal' });
    expect(ev.warnings.map((w) => w.code)).toContain('ATLAS_W_RELATIVE_YEARS');
    expect(() =>
      evaluateYears(years, { method: 'topsis', weighting: 'equal' }, { baseYear: 2018 }),
    ).toThrow(/TOPSIS/);
    expect(() =>
      evaluateYears(years, { method: 'wsum', weighting: 'equal' }, { baseYear: 2019 }),
    ).toThrow(/base year 2019/);
  });

  it('growth rates and year lists', () => {
    expect(growthRate(-10, -5)).toBe(0.5);
    expect(growthRate(0, 5)).toBeNull();
    expect(compoundAnnualGrowth(100, 121, 2018, 2020)).toBeCloseTo(0.1, 12);
    expect(compoundAnnualGrowth(-1, 121, 2018, 2020)).toBeNull();
    expect(parseYears('2018-2020')).toEqual([2018, 2019, 2020]);
    expect(parseYears('2020,2018')).toEqual([2018, 2020]);
    expect(() => parseYears('2020-2018')).toThrow(/backwards/);
  });
});

describe('years on real data (NBS input-output tables, national employment)', () => {
  it('atlas evaluate --years 2018-2020 --base-year 2018 ranks the 17 manufacturing sectors per year', async () => {
    const data = await ioSectorYears();
    const changes = join(mkdtempSync(join(tmpdir(), 'atlas-years-out-')), 'changes.csv');
    const r = atlas(
      'evaluate',
      '--data',
      data,
      '--years',
      '2018-2020',
      '--base-year',
      '2018',
      '--runs',
      '100',
      '--changes',
      changes,
      '--format',
      'json',
    );
    expect(r.stderr).toContain('ATLAS_W_YEARS_MISSING'); // 2019 has no table
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.years).toEqual([2018, 2020]);
    expect(out.baseYear).toBe(2018);
    const y2020 = out.rows.filter((x: { year: number }) => x.year === 2020);
    expect(y2020).toHaveLength(17);
    // Every 2020 row has its rank change and its Monte-Carlo interval.
    for (const x of y2020) {
      expect(x.rankChange).toBeTypeOf('number');
      expect(x.rankLow).toBeLessThanOrEqual(x.rank);
      expect(x.rankChangeLow).toBeLessThanOrEqual(x.rankChange);
    }
    // Food and tobacco: value added 273.6 bn → 307.0 bn yuan (10k yuan in the table), 2018 → 2020.
    const food = out.changes.find((c: { alternative: string }) => c.alternative === '食品和烟草');
    const va = food.terms.find((t: { indicator: string }) => t.indicator === 'value_added');
    expect(va.from).toBeCloseTo(273631839.33, 1);
    expect(va.growth).toBeCloseTo(307013686.12 / 273631839.33 - 1, 6);
    const sum = food.terms.reduce(
      (s: number, t: { contribution: number }) => s + t.contribution,
      0,
    );
    expect(sum).toBeCloseTo(food.scoreChange, 10);
    expect(readFileSync(changes, 'utf8').split('\n')[0]).toContain('contribution');
    // One year of a yearly file alone: --year; none given is refused with the way out.
    expect((await evaluateFiles(data, undefined, { year: 2017 })).rows).toHaveLength(17);
    await expect(evaluateFiles(data, undefined, {})).rejects.toThrow(/--year/);
  }, 240_000);

  it('national employment 2014-2018 on the 2014 scale: shares of manufacturing by division', async () => {
    const r = await evaluateYearsFile(employmentYears(), undefined, {
      years: [2014, 2015, 2016, 2017, 2018],
      baseYear: 2014,
    });
    expect(r.years).toEqual([2014, 2015, 2016, 2017, 2018]);
    const divisions = new Set(r.rows.map((x) => x.alternative));
    expect(divisions.size).toBe(31);
    // Computers, communication and electronics (division 39, C27) gained employment 2014 → 2018.
    const ict = r.changes.find(
      (c) => c.alternative === '计算机、通信和其他电子设备制造业' && c.toYear === 2018,
    )!;
    expect(ict.terms.find((t) => t.indicator === 'employment')!.from).toBeGreaterThan(0);
    expect(r.warnings.map((w) => w.code)).not.toContain('ATLAS_W_RELATIVE_YEARS');
  });

  it('a bad year cell is named by file, row and column; nothing is scored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-years-bad-'));
    const f = join(dir, 'bad.csv');
    writeFileSync(f, 'alternative,indicator,year,value\nA,x,2018,1\nB,x,20x9,2\n');
    const r = atlas('evaluate', '--data', f, '--years', '2018-2019');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 3, column year');
  }, 240_000);
});
