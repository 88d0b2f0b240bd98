/**
 * trade_sample_1995_1996.csv, each year on its own, against (a) values printed
 * by the Stata ecomplexity package (py-ecomplexity's tests/fixtures/
 * stata_ground_truth.csv, quoted below) and (b) the numpy reimplementation in
 * tests/fixtures/complexity/expected.py, for every region, industry and cell.
 * Tolerance 1e-9 (relative, plus 1e-12 absolute for values near 0).
 */
import { describe, expect, it } from 'vitest';
import {
  complexityByYear,
  complexityMetric,
} from '../../src/analytics/complexity/complexity-metric.ts';
import { expectClose, fixture, tradeCells, tradeYear } from './load.ts';

const TOL = [1e-9, 1e-12] as const;

function byLabel(
  v: { regions: readonly string[]; industries: readonly string[]; values: Float64Array },
  kind: 'region' | 'industry',
) {
  const labels = kind === 'region' ? v.regions : v.industries;
  return new Map(labels.map((l, k) => [l, v.values[k]]));
}

describe('Stata ecomplexity published values (1995)', () => {
  // (origin, hs92, eci, pci, density, coi, cog) as Stata printed them.
  const stata: [string, string, number, number, number, number, number][] = [
    [
      'aut',
      '1704',
      1.073207217992253,
      -1.470491886427003,
      0.4624999999999999,
      -0.9940121728867501,
      -0.6248181469470029,
    ],
    [
      'aut',
      '9403',
      1.073207217992253,
      -3.434600369331548,
      0.3894967177242888,
      -0.9940121728867501,
      -0.6309372503165401,
    ],
    [
      'blx',
      '3917',
      -0.3159764634559932,
      2.794806326517154,
      0.442838370565046,
      1.073851078082253,
      0.5761814670034898,
    ],
    [
      'che',
      '4905',
      1.06773721349865,
      0.2528276298920076,
      0.6485061511423548,
      -1.489194423334662,
      0,
    ],
    [
      'deu',
      '7309',
      1.200861157616729,
      -1.81300391183786,
      0.4971590909090907,
      -1.382249032555092,
      -0.7479460656228585,
    ],
  ];
  const m = tradeYear('1995');
  const get = (name: string) => complexityMetric(name, m);
  const eci = byLabel(get('eci'), 'region');
  const pci = byLabel(get('pci'), 'industry');
  const coi = byLabel(get('coi'), 'region');
  const cell = (name: string) => {
    const v = get(name);
    return (r: string, i: string) =>
      v.values[v.regions.indexOf(r) * v.industries.length + v.industries.indexOf(i)];
  };
  const density = cell('density');
  const cog = cell('cog');

  it.each(stata)('%s × %s', (r, i, e, p, d, o, g) => {
    expectClose(
      [eci.get(r)!, pci.get(i)!, density(r, i), coi.get(r)!, cog(r, i)],
      [e, p, d, o, g],
      ...TOL,
    );
  });
});

describe.each(['1995', '1996'])('trade sample %s vs expected.py', (year) => {
  const m = tradeYear(year);
  const regions = fixture(`trade_${year}_regions.csv`);
  const industries = fixture(`trade_${year}_industries.csv`);
  const cells = fixture(`trade_${year}_cells.csv`);

  it('diversity, ECI and COI of every region (Stata and py conventions)', () => {
    for (const [name, col, opts] of [
      ['diversity', 'diversity', {}],
      ['eci', 'eci', {}],
      ['coi', 'coi', {}],
      ['eci', 'eci_py', { convention: 'py' as const }],
      ['coi', 'coi_py', { convention: 'py' as const }],
    ] as const) {
      const got = byLabel(complexityMetric(name, m, opts), 'region');
      expectClose(
        regions.map((r) => got.get(r.region)!),
        regions.map((r) => Number(r[col])),
        ...TOL,
      );
    }
  });

  it('ubiquity and PCI of every industry', () => {
    for (const [name, col, opts] of [
      ['ubiquity', 'ubiquity', {}],
      ['pci', 'pci', {}],
      ['pci', 'pci_py', { convention: 'py' as const }],
    ] as const) {
      const got = byLabel(complexityMetric(name, m, opts), 'industry');
      expectClose(
        industries.map((r) => got.get(r.industry)!),
        industries.map((r) => Number(r[col])),
        ...TOL,
      );
    }
  });

  it('RCA, M, density and COG of every cell', () => {
    for (const name of ['rca', 'mcp', 'density', 'cog']) {
      const v = complexityMetric(name, m);
      const at = (r: string, i: string) =>
        v.values[v.regions.indexOf(r) * v.industries.length + v.industries.indexOf(i)];
      expectClose(
        cells.map((c) => at(c.region, c.industry)),
        cells.map((c) => Number(c[name])),
        ...TOL,
      );
    }
  });
});

describe('years', () => {
  it('computes each year on its own, identical to the single-year matrix', () => {
    const { years, results } = complexityByYear('eci', tradeCells());
    expect(years).toEqual(['1995', '1996']);
    const single = complexityMetric('eci', tradeYear('1996'));
    expectClose(results.get('1996')!.values, single.values, ...TOL);
  });

  it('--reference-year standardises every year with that year’s raw mean and sd', () => {
    const cells = tradeCells();
    const ref = complexityByYear('eci', cells, { referenceYear: '1995' }).results;
    const own = complexityByYear('eci', cells).results;
    // The reference year itself is unchanged…
    expectClose(ref.get('1995')!.values, own.get('1995')!.values, ...TOL);
    // …and the other year is an affine map of its own standardised values.
    const a = ref.get('1996')!.values;
    const b = own.get('1996')!.values;
    const slope = (a[0] - a[1]) / (b[0] - b[1]);
    expectClose(
      Array.from(b, (x) => a[0] + slope * (x - b[0])),
      a,
      1e-9,
      1e-12,
    );
    expect(Math.abs(slope - 1)).toBeGreaterThan(1e-6);
  });

  it('rejects a reference year that is not in the data', () => {
    expect(() => complexityByYear('eci', tradeCells(), { referenceYear: '2001' })).toThrow(
      /reference-year 2001/,
    );
  });
});
