import { describe, expect, it } from 'vitest';
import { REGION_GROUPS, regionGroupOf } from '../../src/core/reference/region-groups.ts';
import { RegionIndex } from '../../src/core/reference/region-index.ts';
import { loadNationalClusters, loadRegions } from '../../src/store/reference.ts';

const clusters = loadNationalClusters();
const index = new RegionIndex(loadRegions());

function count<T>(xs: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[String(x)] = (out[String(x)] ?? 0) + 1;
  return out;
}

/**
 * Seed 002 (CCID, 2023) on MIIT's 45 national clusters: 19 provinces, 43
 * prefecture cities; East 30, Central 8, West 5, Northeast 2; fields IT 12,
 * raw materials 7, equipment 17, consumer goods 5, biomedicine 4.
 */
describe('national cluster list', () => {
  it('has 45 clusters with unique ids, all national, rounds 1 (2021 notice) and 3 (2022)', () => {
    expect(clusters).toHaveLength(45);
    expect(new Set(clusters.map((c) => c.id)).size).toBe(45);
    expect(clusters.every((c) => c.designation === 'national')).toBe(true);
    expect(count(clusters.map((c) => c.round))).toEqual({ '1': 25, '3': 20 });
  });

  it('lists only prefecture-level region codes that exist', () => {
    for (const c of clusters) {
      for (const code of c.regions) {
        expect(index.get(code)?.level, `${c.name} ${code}`).toBe('prefecture');
      }
    }
  });

  it('spans 19 provinces', () => {
    const provinces = new Set(clusters.flatMap((c) => c.regions.map((r) => r.slice(0, 2))));
    expect(provinces.size).toBe(19);
  });

  it('splits East 30 / Central 8 / West 5 / Northeast 2 (NBS four regions; a cross-province cluster by its regions’ group)', () => {
    const groups = clusters.map((c) => {
      const gs = new Set(c.regions.map((r) => regionGroupOf(r)));
      expect(gs.size, c.name).toBe(1); // 京津冀 is all East, 成渝 all West
      return [...gs][0];
    });
    expect(count(groups)).toEqual({ east: 30, central: 8, west: 5, northeast: 2 });
  });

  it('splits fields 12 / 7 / 17 / 5 / 4 as seed 002 counts them', () => {
    expect(count(clusters.map((c) => c.field))).toEqual({
      new_generation_it: 12,
      raw_materials: 7,
      equipment: 17,
      consumer_goods: 5,
      biomedicine: 4,
    });
  });

  it('names 41 distinct prefecture cities; seed 002 says 43 (see data/SOURCES.md)', () => {
    // The notices name no cities for 京津冀 and 成渝; only the cities we can
    // support are listed, so the count is lower than the seed's. Not padded.
    const cities = new Set(clusters.flatMap((c) => c.regions));
    expect(cities.size).toBe(41);
    expect(cities.size).toBeLessThanOrEqual(43);
  });

  it('marks every uncertain record verified: false with a note', () => {
    for (const c of clusters) {
      expect(c.provenance.method).toBe('official_list');
      if (c.provenance.verified === false) expect(c.provenance.note).toBeTruthy();
    }
    expect(clusters.filter((c) => c.provenance.verified === false).length).toBeGreaterThan(0);
  });

  it('covers the 31 provinces in the region-group table', () => {
    expect(Object.keys(REGION_GROUPS)).toHaveLength(31);
    expect(count(Object.values(REGION_GROUPS))).toEqual({
      east: 10,
      central: 6,
      west: 12,
      northeast: 3,
    });
  });
});
