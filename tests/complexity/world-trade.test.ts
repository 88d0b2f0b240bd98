/**
 * world_trade_avg_1998_to_2000.csv (226 countries × 785 SITC products):
 * every region's diversity, ECI and COI, every industry's ubiquity and PCI,
 * and samples of density, COG (every 101st cell) and proximity (every 997th
 * pair) against expected.py (Stata conventions, numpy eig). Tolerance 1e-9
 * relative + 1e-12 absolute.
 */
import { describe, expect, it } from 'vitest';
import { complexityMetric } from '../../src/analytics/complexity/complexity-metric.ts';
import { expectClose, fixture, loadMatrix } from './load.ts';

const { matrix } = loadMatrix('world_trade_avg_1998_to_2000.csv');
const one = (name: string) => complexityMetric(name, matrix);

describe('world trade 1998-2000 vs expected.py', () => {
  it('diversity, ECI, COI of every region; ubiquity and PCI of every industry', () => {
    const regions = fixture('world_regions.csv');
    const industries = fixture('world_industries.csv');
    for (const [name, col] of [
      ['diversity', 'diversity'],
      ['eci', 'eci'],
      ['coi', 'coi'],
    ]) {
      const v = one(name);
      const at = new Map(v.regions.map((r, k) => [r, v.values[k]]));
      expectClose(
        regions.map((r) => at.get(r.region)!),
        regions.map((r) => Number(r[col])),
        1e-9,
        1e-12,
      );
    }
    for (const [name, col] of [
      ['ubiquity', 'ubiquity'],
      ['pci', 'pci'],
    ]) {
      const v = one(name);
      const at = new Map(v.industries.map((r, k) => [r, v.values[k]]));
      expectClose(
        industries.map((r) => at.get(r.industry)!),
        industries.map((r) => Number(r[col])),
        1e-9,
        1e-12,
      );
    }
  });

  it('density and COG (sampled cells), proximity (sampled pairs)', () => {
    const cells = fixture('world_cells_sample.csv');
    for (const name of ['density', 'cog']) {
      const v = one(name);
      const ri = new Map(v.regions.map((r, k) => [r, k]));
      const ii = new Map(v.industries.map((r, k) => [r, k]));
      expectClose(
        cells.map((c) => v.values[ri.get(c.region)! * v.industries.length + ii.get(c.industry)!]),
        cells.map((c) => Number(c[name])),
        1e-9,
        1e-12,
      );
    }
    const v = one('proximity_industry');
    const ii = new Map(v.industries.map((r, k) => [r, k]));
    const pairs = fixture('world_proximity_sample.csv');
    expectClose(
      pairs.map((p) => v.values[ii.get(p.a)! * v.industries.length + ii.get(p.b)!]),
      pairs.map((p) => Number(p.proximity)),
      1e-9,
      1e-12,
    );
    expect(v.values[0]).toBe(1); // diagonal 1 here (economiccomplexity); Stata/py store 0
  });
});
