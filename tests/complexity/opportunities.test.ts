/**
 * Region opportunities on trade_sample 1995 (aut): candidates are the
 * industries without M, ranked by score; PSWOT classes follow density vs the
 * peers' mean; a differentiated layout leaves out what the neighbours are
 * strong in.
 */
import { describe, expect, it } from 'vitest';
import { complexityMetric } from '../../src/analytics/complexity/complexity-metric.ts';
import { regionOpportunities } from '../../src/analytics/complexity/opportunities.ts';
import { tradeYear } from './load.ts';

const m = tradeYear('1995');
const mcp = complexityMetric('mcp', m);
const M = (region: string, industry: string) =>
  mcp.values[
    mcp.regions.indexOf(region) * mcp.industries.length + mcp.industries.indexOf(industry)
  ];

describe('regionOpportunities', () => {
  const all = regionOpportunities(m, { region: 'aut' });

  it('lists every industry without M as a candidate, best score first', () => {
    const lacking = m.industries.filter((i) => M('aut', i) === 0);
    expect(all.opportunities.map((o) => o.industry).sort()).toEqual([...lacking].sort());
    const scores = all.opportunities.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.verified).toBe(false);
  });

  it('carries the Stata ECI, density and COG of the region', () => {
    const eci = complexityMetric('eci', m);
    expect(all.eci).toBeCloseTo(eci.values[eci.regions.indexOf('aut')], 12);
    const p1704 = all.positions.find((q) => q.industry === '1704')!;
    expect(p1704.density).toBeCloseTo(0.4625, 12);
    expect(p1704.cog).toBeCloseTo(-0.6248181469470029, 12);
  });

  it('classes: strength/weakness for M = 1, opportunity/threat otherwise, by density vs peers', () => {
    for (const q of all.positions) {
      const related = q.density >= q.peerDensity;
      if (q.mcp === 1) expect(q.class).toBe(related ? 'strength' : 'weakness');
      else expect(q.class).toBe(related ? 'opportunity' : 'threat'); // every cell of the sample is > 0
    }
    expect(new Set(all.positions.map((q) => q.class)).size).toBeGreaterThan(2);
  });

  it('differentiated layout: leaves out industries where half the neighbours have M = 1', () => {
    const neighbours = ['deu', 'che'];
    const r = regionOpportunities(m, { region: 'aut', neighbours, differentiated: true, limit: 3 });
    const expected = m.industries.filter(
      (i) => M('aut', i) === 0 && neighbours.filter((n) => M(n, i) === 1).length >= 1,
    );
    expect(r.excluded.sort()).toEqual(expected.sort());
    expect(r.opportunities).toHaveLength(3);
    expect(r.opportunities.some((o) => expected.includes(o.industry))).toBe(false);
  });

  it('unknown region → ATLAS_E_NOT_FOUND', () => {
    expect(() => regionOpportunities(m, { region: 'xyz' })).toThrow(/xyz/);
  });
});
