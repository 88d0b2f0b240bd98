import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homogeneityOfMatrix } from '../../src/analytics/concentration/homogeneity-of-matrix.ts';
import { homogeneity } from '../../src/services/metrics/homogeneity.ts';
import { storeMatrix } from '../../src/services/metrics/store-matrix.ts';
import { regionIndustryMatrix } from '../../src/analytics/matrix/region-industry-matrix.ts';
import type { Duck } from '../../src/store/duck.ts';
import { tinyStore } from './metrics-fixture.ts';

// Expected values are computed by hand from the table in metrics-fixture.ts;
// tolerance 1e-12 relative (a handful of floating-point operations).
const close = (a: number | null, b: number) => expect(a).toBeCloseTo(b, 12);

let db: Duck;
beforeAll(async () => {
  db = await tinyStore();
});
afterAll(() => db.close());

describe('the matrix over the store', () => {
  it('places each organisation once, in its region and primary division', async () => {
    const m = await storeMatrix(db, { measure: 'employees', regionLevel: 'province' });
    expect(m.matrix.regions).toEqual(['110000', '310000', '440000']);
    expect(m.matrix.industries).toEqual(['13', '27', '39']);
    expect([...m.matrix.values]).toEqual([0, 40, 60, 50, 17, 33, 90, 10, 0]);
    expect(m.info).toMatchObject({
      year: 2024,
      organizations: 7,
      total: 300,
      syntheticOrganizations: 1,
      syntheticValue: 90,
      syntheticShare: 0.3,
      unplaced: { noRegion: 1, noIndustry: 1 },
    });
    expect(m.warnings.map((w) => w.code).sort()).toEqual([
      'ATLAS_W_ORGS_UNPLACED',
      'ATLAS_W_SECONDARY_INDUSTRIES',
      'ATLAS_W_SYNTHETIC_INCLUDED',
    ]);
    expect(m.regionNames[0]).toMatchObject({ code: '110000', nameZh: '北京市' });
    expect(m.industryNames[1]).toMatchObject({ code: '27', nameZh: '医药制造业' });
  });

  it('counts organisations, maps divisions to sections, leaves synthetic ones out on request', async () => {
    const count = await storeMatrix(db, { measure: 'count', industryLevel: 1 });
    expect(count.matrix.industries).toEqual(['C']); // 13, 27, 39 are all manufacturing
    expect([...count.matrix.values]).toEqual([2, 3, 3]); // no-measure counts; labelled does not
    const real = await storeMatrix(db, { synthetic: 'exclude' });
    expect(real.info.total).toBe(210);
    expect(real.info.syntheticShare).toBe(0);
    expect(real.warnings.map((w) => w.code)).not.toContain('ATLAS_W_SYNTHETIC_INCLUDED');
  });

  it('refuses a year without data, naming the years that have some', async () => {
    await expect(storeMatrix(db, { year: 2019 })).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
      details: { years: [2024] },
    });
  });
});

describe('homogeneous competition', () => {
  it('ranks the regions most similar to B over the industries either prioritises', async () => {
    const r = await homogeneity(db, { region: '310000' });
    expect(r.basis).toBe('lq');
    expect(r.priorities.map((p) => p.industry)).toEqual(['13', '39']); // LQ 1.0714 > 1.0645
    expect(r.structure.map((p) => [p.industry, p.value, p.share])).toEqual([
      ['13', 50, 0.5],
      ['39', 33, 0.33],
      ['27', 17, 0.17],
    ]);
    close(r.priorities[0].lq, 0.5 / (140 / 300));
    expect(r.similar.map((p) => p.b.code)).toEqual(['440000', '110000']);
    const [c, a] = r.similar;
    // B–C: union {39, 13}: (33, 50)·(0, 90)
    close(c.similarity, 4500 / Math.sqrt((33 * 33 + 50 * 50) * 90 * 90));
    close(c.similarityAll, (17 * 10 + 50 * 90) / Math.sqrt(3878 * 8200));
    expect(c.overlap).toHaveLength(1);
    expect(c.overlap[0]).toMatchObject({
      industry: '13',
      nameZh: '农副食品加工业',
      shareA: 0.5,
      shareB: 0.9,
    });
    close(c.overlap[0].lqA, 0.5 / (140 / 300));
    close(c.overlap[0].lqB, 0.9 / (140 / 300));
    expect(c.overlapShare).toEqual({ a: 0.5, b: 0.9 });
    // B–A: union {39, 27, 13}: (33, 17, 50)·(60, 40, 0)
    close(a.similarity, (33 * 60 + 17 * 40) / Math.sqrt(3878 * 5200));
    expect(a.overlap.map((o) => o.industry)).toEqual(['39']);
    expect(r.pairs).toEqual([]);
  });

  it('lists the pairs of a set at or above the threshold, with the industries they share', async () => {
    const r = await homogeneity(db, { peers: ['110000', '310000', '440000'] });
    expect(r.threshold).toBe(0.8);
    expect(r.pairs.map((p) => [p.a.code, p.b.code])).toEqual([['310000', '440000']]);
    const low = await homogeneity(db, { peers: ['110000', '310000', '440000'], threshold: 0 });
    expect(low.pairs.map((p) => [p.a.code, p.b.code])).toEqual([
      ['310000', '440000'],
      ['110000', '310000'],
      ['110000', '440000'],
    ]);
    close(low.pairs[2].similarity, 400 / Math.sqrt(5200 * 8200));
    expect(low.pairs[2].overlap).toEqual([]);
  });

  it('takes a user list of priority industries instead of LQ ≥ 1', async () => {
    const r = await homogeneity(db, {
      region: '110000',
      peers: ['310000'],
      industries: ['39', '27'],
    });
    expect(r.basis).toBe('industries');
    // over {39, 27}: (60, 40)·(33, 17)
    close(r.similar[0].similarity, (60 * 33 + 40 * 17) / Math.sqrt(5200 * (33 * 33 + 17 * 17)));
    expect(r.similar[0].overlap.map((o) => o.industry)).toEqual(['39', '27']); // min LQ 1.06 > 0.76
  });

  it('reads a municipality code at prefecture level as its city, and names a region without data', async () => {
    const r = await homogeneity(db, { region: '310000', peers: ['440300'] });
    expect(r.matrix.regionLevel).toBe('prefecture');
    expect(r.region?.code).toBe('310100');
    await expect(homogeneity(db, { region: '650000' })).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
    await expect(homogeneity(db, {})).rejects.toMatchObject({ code: 'ATLAS_E_USAGE' });
  });

  it('never scores an empty union as similar (pure function)', () => {
    const m = regionIndustryMatrix(['x', 'y'], ['i', 'j'], Float64Array.from([1, 0, 0, 1]));
    const r = homogeneityOfMatrix(m, { peers: ['x', 'y'], industries: ['k'], threshold: 0 });
    expect(r.pairs).toEqual([]);
    const s = homogeneityOfMatrix(m, { focus: 'x', industries: ['k'] });
    expect(s.similar[0].similarity).toBeNull();
  });
});
