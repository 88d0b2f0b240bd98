import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { RegionIndex } from '../../src/core/reference/region-index.ts';
import { loadGeo, loadRegions, referencePath } from '../../src/store/reference.ts';

const index = new RegionIndex(loadRegions());

describe('bundled outlines', () => {
  it('has one province feature per province-level unit, each with a known adcode', () => {
    const fc = loadGeo('province');
    expect(fc.features).toHaveLength(34);
    for (const f of fc.features) expect(index.get(f.properties.adcode)?.level).toBe('province');
  });

  it('has prefecture features whose adcodes all exist in regions.json', () => {
    const fc = loadGeo('prefecture');
    const codes = fc.features.map((f) => f.properties.adcode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(index.get(c), c).toBeDefined();
    // every prefecture has an outline, except the 省直辖县级 groupings (their
    // county-level cities have their own, e.g. 429004 仙桃市)
    const missing = loadRegions()
      .filter((r) => r.level === 'prefecture' && !r.nameZh.includes('直辖'))
      .filter((r) => !codes.includes(r.code))
      .map((r) => r.code);
    expect(missing).toEqual([]);
  });

  it('keeps each file under 3 MB', () => {
    for (const f of ['geo/provinces.json', 'geo/prefectures.json']) {
      expect(statSync(referencePath(f)).size).toBeLessThan(3_000_000);
    }
  });
});
