/**
 * Ellison-Glaeser and Maurel-Sédillot on firm-level input.
 * - REAT 3.0.3's documented example for `ellison.a` (Farhauer and Kröll
 *   2014): 10 firms in Wien/Linz/Graz, e_j = 500,000/400,000/100,000 →
 *   0.05990628 as printed (8 decimals): tolerance 5e-9 absolute.
 * - reat_FK2014_EGC_*: per-industry values hand-computed in
 *   tests/fixtures/concentration/README.md: tolerance 1e-9 relative.
 */
import { describe, expect, it } from 'vitest';
import { concentrationRatioFirms } from '../../src/analytics/concentration/concentration-ratio-firms.ts';
import { ellisonGlaeser } from '../../src/analytics/concentration/ellison-glaeser.ts';
import { maurelSedillot } from '../../src/analytics/concentration/maurel-sedillot.ts';
import {
  naiveEllisonGlaeser,
  naiveMaurelSedillot,
} from '../../src/analytics/concentration/naive/naive-metrics.ts';
import { firmTable } from '../../src/analytics/matrix/firm-table.ts';
import { expectClose, loadFirms, loadPairs } from './load.ts';

describe('Ellison-Glaeser', () => {
  it("reproduces REAT's documented ellison.a example: 0.05990628", () => {
    const j = ['Wien', 'Wien', 'Wien', 'Wien', 'Wien', 'Linz', 'Linz', 'Linz', 'Linz', 'Graz'];
    const e = [200, 650, 12000, 100, 50, 16000, 13000, 1500, 1500, 25000];
    const t = firmTable(
      j.map((region, k) => ({ region, industry: 'X', firm: `F${k}`, value: e[k] })),
      ['Wien', 'Linz', 'Graz'],
    );
    const gamma = ellisonGlaeser(t, Float64Array.of(500000, 400000, 100000))[0];
    expect(Math.abs(gamma - 0.05990628)).toBeLessThan(5e-9);
  });

  const totals = loadPairs('reat_FK2014_EGC_region_totals.csv');
  const regions = totals.map(([r]) => r);
  const firms = loadFirms('reat_FK2014_EGC_firms.csv', regions);
  const e = Float64Array.from(totals, ([, v]) => v);
  const rows = firms.firms.map((firm, k) => ({
    region: firms.regions[firms.region[k]],
    industry: firms.industries[firms.industry[k]],
    value: firms.value[k],
  }));

  it('FK2014 firms with the region totals file (x_j = 360/108/132 of 600 thousand)', () => {
    expect(firms.industries).toEqual([
      'Clothing trade',
      'Forestry',
      'Textiles dyeing',
      'Textiles trade',
    ]);
    const gamma = ellisonGlaeser(firms, e);
    // Hand computation for Clothing trade (README): G = 0.0998105, H = 0.1312435, Σx² = 0.4408
    const G = 0.0998105;
    const H = 0.1312435;
    const d = 1 - 0.4408;
    expectClose([gamma[0]], [(G - d * H) / (d * (1 - H))]);
    expectClose(gamma, [...naiveEllisonGlaeser(rows, new Map(totals)).values()]);
  });

  it("FK2014 firms without totals use the firms' own regional totals (REAT ellison.a2)", () => {
    expectClose(ellisonGlaeser(firms), [...naiveEllisonGlaeser(rows).values()]);
  });

  it('Maurel-Sédillot on the same input', () => {
    const ms = maurelSedillot(firms, e);
    // Clothing trade: Σ s_j² = (8575² + 645² + 780²)/10000² = 0.74605...
    const S = (8575 ** 2 + 645 ** 2 + 780 ** 2) / 1e8;
    const H = 0.1312435;
    expectClose([ms[0]], [((S - 0.4408) / (1 - 0.4408) - H) / (1 - H)]);
    expectClose(ms, [...naiveMaurelSedillot(rows, new Map(totals)).values()]);
  });

  it('a one-firm industry is undefined (NaN), not a number', () => {
    const t = firmTable([{ region: 'A', industry: 'X', firm: 'f', value: 3 }], ['A', 'B']);
    expect(ellisonGlaeser(t, Float64Array.of(1, 1))[0]).toBeNaN();
  });

  it('CR4 over firms: Clothing trade = (1750 + 1720 + 1580 + 1255)/10000', () => {
    expectClose(concentrationRatioFirms(firms, 4).subarray(0, 1), [0.6305]);
  });
});
