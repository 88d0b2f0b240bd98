import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import {
  detectStoreClusters,
  type StoreDetectResult,
} from '../../src/services/spatial/detect-store-clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
let r: StoreDetectResult;

beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  r = await detectStoreClusters(db, {
    industry: '39',
    regions: ['510000', '500000'],
    epsKm: 10,
    minPoints: 8,
  });
}, 60_000);
afterAll(() => db.close());

describe('detection over the default data: Chengdu–Chongqing electronics (GB/T 4754 division 39)', () => {
  it('reads the located electronics firms of Sichuan and Chongqing, converted from GCJ-02', () => {
    expect(r.points).toBeGreaterThan(100);
    expect(r.crs).toBe('WGS84');
    expect(r.converted).toBe(r.points); // the default data stores GCJ-02
  });

  it('detects a cluster around Chengdu and one around Chongqing', () => {
    const chengdu = r.clusters.find((c) => c.prefectures.includes('510100'));
    const chongqing = r.clusters.find((c) => c.prefectures.includes('500100'));
    expect(chengdu).toBeDefined();
    expect(chongqing).toBeDefined();
    // Centroids near the city centres (WGS-84; within 40 km).
    const near = (c: [number, number], lon: number, lat: number) =>
      Math.abs(c[0] - lon) < 0.4 && Math.abs(c[1] - lat) < 0.4;
    expect(near(chengdu!.centroid, 104.07, 30.66)).toBe(true);
    expect(near(chongqing!.centroid, 106.55, 29.56)).toBe(true);
    expect(chengdu!.provinces).toEqual(['510000']);
    expect(chongqing!.provinces).toEqual(['500000']);
    for (const c of [chengdu!, chongqing!]) {
      expect(c.status).toBe('matched');
      expect(c.matches).toContain('national-chengyu-electronics');
      expect(c.outline.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws a concave outline inside the convex one, and weighs electronics against the surroundings', () => {
    const chengdu = r.clusters.find((c) => c.prefectures.includes('510100'))!;
    const area = (ring: [number, number][]) => {
      let s = 0;
      for (let a = 0, b = ring.length - 1; a < ring.length; b = a++)
        s += ring[b][0] * ring[a][1] - ring[a][0] * ring[b][1];
      return s / 2;
    };
    expect(chengdu.concaveMethod).toBe('concave');
    expect(chengdu.concaveK).toBeGreaterThanOrEqual(6);
    expect(area(chengdu.concaveOutline)).toBeGreaterThan(0);
    expect(area(chengdu.concaveOutline)).toBeLessThanOrEqual(area(chengdu.outline) + 1e-12);
    const s = chengdu.surroundings;
    // Every member is in its own footprint; the footprint's firms are among the surroundings' or beyond.
    expect(s.footprintGroupFirms).toBeGreaterThanOrEqual(chengdu.size);
    expect(s.footprintFirms).toBeGreaterThanOrEqual(s.footprintGroupFirms);
    expect(s.surroundingFirms).toBeGreaterThanOrEqual(s.surroundingGroupFirms);
    expect(s.lq).toBeCloseTo(
      s.footprintGroupFirms / s.footprintFirms / (s.surroundingGroupFirms / s.surroundingFirms),
      12,
    );
    expect(s.lq!).toBeGreaterThan(0);
  });

  it('reports the official cross-province cluster as spanning Sichuan and Chongqing', () => {
    const k = r.known.find((x) => x.id === 'national-chengyu-electronics');
    expect(k).toBeDefined();
    expect(k!.designation).toBe('national');
    expect(k!.provinces).toEqual(['500000', '510000']);
    expect(k!.detectedProvinces).toEqual(['500000', '510000']);
    expect(k!.spansSeveralUnits).toBe(true);
  });

  it('a detected cluster that crosses a border lists every unit it spans', async () => {
    // A radius wide enough to join Chengdu with Deyang/Meishan/Ziyang prefectures.
    const wide = await detectStoreClusters(db, {
      industry: '39',
      regions: ['510000'],
      epsKm: 25,
      minPoints: 3,
    });
    const big = wide.clusters.reduce((a, b) => (b.size > a.size ? b : a));
    const ids = new Set(big.members);
    const rows = await db.all(
      `SELECT DISTINCT prefecture FROM organizations WHERE list_contains($ids::VARCHAR[], id) AND prefecture IS NOT NULL ORDER BY 1`,
      { ids: `[${[...ids].map((s) => `'${s}'`).join(',')}]` },
    );
    expect(big.prefectures).toEqual(rows.map((x) => String(x.prefecture)));
    expect(big.prefectures.length).toBeGreaterThan(1);
    expect(big.spansSeveralUnits).toBe(true);
  });

  it('a tag selects firms too; an empty region list means all China', async () => {
    const t = await detectStoreClusters(db, { industry: 'chain_leader', epsKm: 30, minPoints: 2 });
    expect(t.points).toBeGreaterThan(0);
  });
});

describe('detection over the firms of a chain node (chain:TEMPLATE/NODE)', () => {
  it('finds the Changsha multi-way valve makers and matches the national construction-machinery cluster', async () => {
    const r = await detectStoreClusters(db, {
      industry: 'chain:construction-machinery/multi-way-valve',
      epsKm: 15,
      minPoints: 4,
    });
    expect(r.points).toBeGreaterThan(10);
    const changsha = r.clusters.find((c) => c.prefectures.includes('430100'));
    expect(changsha).toBeDefined();
    expect(changsha!.matches).toContain('national-changsha-construction-machinery');
  });

  it('refuses a node the template does not have', async () => {
    await expect(
      detectStoreClusters(db, {
        industry: 'chain:construction-machinery/nope',
        epsKm: 10,
        minPoints: 4,
      }),
    ).rejects.toMatchObject({ code: 'ATLAS_E_BAD_VALUE' });
  });
});
