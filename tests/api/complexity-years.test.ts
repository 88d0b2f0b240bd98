import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eciPci } from '../../src/analytics/complexity/eci-pci.ts';
import { presenceMatrix } from '../../src/analytics/complexity/presence-matrix.ts';
import {
  standardise,
  standardiser,
} from '../../src/analytics/complexity/standardise-complexity.ts';
import { regionIndustryMatrix } from '../../src/analytics/matrix/region-industry-matrix.ts';
import { buildApp } from '../../src/api/app.ts';
import { savePeerSet } from '../../src/services/evaluation/peer-sets.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { canaryStore } from '../access/canary-fixture.ts';
import { tinyStore } from '../services/metrics-fixture.ts';
import { INDUSTRIES, REGIONS, YEARS, yearbookTable as table } from './complexity-years-fixture.ts';
import { signedIn } from './fixture.ts';

/** The same computation by hand from the kernels: raw ECI per year on the base year's scale. */
function expected(baseYear: number) {
  const raw = (y: number) => {
    const m = regionIndustryMatrix(REGIONS, INDUSTRIES, Float64Array.from(YEARS[y].flat()));
    const p = presenceMatrix(m, { binary: false }).presence;
    return { p, e: eciPci(p) };
  };
  const base = raw(baseYear);
  const scale = standardiser(base.e.kc, base.p.cols);
  const out = new Map<number, { eci: Map<string, number>; pci: Map<string, number> }>();
  for (const y of [2018, 2019, 2020]) {
    const { p, e } = raw(y);
    const eci = standardise(e.kc, scale);
    const pci = standardise(e.kp, scale);
    out.set(y, {
      eci: new Map(p.regions.map((r, k) => [r, eci[k]])),
      pci: new Map(p.industries.map((r, k) => [r, pci[k]])),
    });
  }
  return out;
}

let db: Duck;
let app: FastifyInstance;
let dir: string;
beforeAll(async () => {
  db = await tinyStore();
  app = await buildApp({ db });
  dir = mkdtempSync(join(tmpdir(), 'atlas-eci-years-'));
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string, headers?: Record<string, string>) => {
  const res = await app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, body: res.json() };
};
type Year = {
  year: number;
  value: number | null;
  rank: number | null;
  of: number;
  count: number | null;
  change: number | null;
  rankChange: number | null;
  changeBase: number | null;
  rankChangeBase: number | null;
};

describe('GET /api/complexity/years: ECI and PCI by year on a base year’s scale', () => {
  it('says how to load yearly statistics while none are loaded', async () => {
    const { status, body } = await get('/api/complexity/years?source=statistics');
    expect(status).toBe(404);
    expect(body.message).toMatch(/--kind region-statistics/);
  });

  it('gives a region’s ECI and rank per year, equal to the kernels’ on the base year’s scale', async () => {
    const path = join(dir, 'yearbook.csv');
    writeFileSync(path, table());
    expect((await importFile(db, path, { kind: 'region-statistics' })).written).toBe(48);
    const { status, body } = await get('/api/complexity/years?source=statistics&region=430000');
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      source: 'statistics',
      measure: 'employees',
      years: [2018, 2019, 2020],
      baseYear: 2018,
      available: [2018, 2019, 2020],
      industries: [],
    });
    expect(body.basis.map((b: { sources: string[] }) => b.sources)).toEqual([
      ['某统计年鉴 2018 表2'],
      ['某统计年鉴 2019 表2'],
      ['某统计年鉴 2020 表2'],
    ]);
    const [hunan] = body.regions;
    expect(hunan).toMatchObject({ code: '430000', nameZh: '湖南省' });
    const want = expected(2018);
    const years = hunan.years as Year[];
    for (const y of years) expect(y.value).toBeCloseTo(want.get(y.year)!.eci.get('430000')!, 10);
    // changes are differences of the values shown; ranks are within each year
    expect(years[0]).toMatchObject({ change: null, rankChange: null, changeBase: 0 });
    expect(years[1].change).toBeCloseTo(years[1].value! - years[0].value!, 12);
    expect(years[2].changeBase).toBeCloseTo(years[2].value! - years[0].value!, 12);
    for (const y of years) {
      const higher = [...want.get(y.year)!.eci.values()].filter((v) => v > y.value! + 1e-12);
      expect(y.rank).toBe(higher.length + 1);
      expect(y.of).toBe(4);
    }
    expect(years[2].rankChangeBase).toBe(years[0].rank! - years[2].rank!);
  });

  it('puts the base year at mean 0 and another base year moves every value by one affine map', async () => {
    const all = (await get('/api/complexity/years?source=statistics')).body;
    expect(all.regions).toHaveLength(4);
    expect(all.industries).toHaveLength(4);
    const at = (body: typeof all, y: number) =>
      body.regions.map((r: { years: Year[] }) => r.years.find((x) => x.year === y)!.value!);
    const mean = at(all, 2018).reduce((a: number, b: number) => a + b, 0) / 4;
    expect(mean).toBeCloseTo(0, 12);
    const rebased = (await get('/api/complexity/years?source=statistics&baseYear=2020')).body;
    expect(rebased.baseYear).toBe(2020);
    const m20 = at(rebased, 2020).reduce((a: number, b: number) => a + b, 0) / 4;
    expect(m20).toBeCloseTo(0, 12);
    // ranks do not depend on the scale
    const ranks = (b: typeof all) =>
      b.regions.flatMap((r: { years: Year[] }) => r.years.map((y) => y.rank));
    expect(ranks(rebased)).toEqual(ranks(all));
  });

  it('gives an industry’s PCI per year and keeps the years asked', async () => {
    const { body } = await get(
      '/api/complexity/years?source=statistics&industry=39&years=2019-2020',
    );
    expect(body.years).toEqual([2019, 2020]);
    expect(body.baseYear).toBe(2019);
    const want = expected(2019);
    const [ind] = body.industries;
    expect(ind.code).toBe('39');
    for (const y of ind.years as Year[])
      expect(y.value).toBeCloseTo(want.get(y.year)!.pci.get('39')!, 10);
  });

  it('gives a cell’s LQ per year with both region and industry', async () => {
    const { body } = await get('/api/complexity/years?source=statistics&region=430000&industry=39');
    expect(body.cell.region).toBe('430000');
    // 湖南 × 39 in 2020: (45/150) / (257/700)
    const y2020 = body.cell.years.find((y: { year: number }) => y.year === 2020);
    expect(y2020.lq).toBeCloseTo(45 / 150 / (257 / 530), 12);
    const y2018 = body.cell.years[0];
    expect(y2018.lq).toBeCloseTo(3 / 105 / (203 / 485), 12);
    expect(y2020.changeBase).toBeCloseTo(y2020.lq - y2018.lq, 12);
  });

  it('ranks a saved region peer set among itself each year, values as among all regions', async () => {
    const set = await savePeerSet(
      db,
      { name: '湖南对标', subjectType: 'region', subject: '湖南省', members: ['110000', '广东省'] },
      null,
    );
    const { status, body } = await get(`/api/complexity/years?source=statistics&peerSet=${set.id}`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.peerSet).toEqual({ id: set.id, name: '湖南对标' });
    expect(body.regions.map((r: { code: string }) => r.code)).toEqual([
      '430000',
      '110000',
      '440000',
    ]);
    expect(body.industries).toEqual([]);
    const all = (await get('/api/complexity/years?source=statistics')).body;
    for (const r of body.regions as { code: string; years: Year[] }[]) {
      const same = all.regions.find((x: { code: string }) => x.code === r.code);
      r.years.forEach((y, k) => expect(y.value).toBeCloseTo(same.years[k].value, 12));
    }
    for (const k of [0, 1, 2]) {
      const ranks = body.regions.map((r: { years: Year[] }) => r.years[k].rank).sort();
      expect(ranks).toEqual([1, 2, 3]);
      expect(body.regions[0].years[k].of).toBe(3);
    }
    const unknown = await get('/api/complexity/years?source=statistics&peerSet=nope');
    expect(unknown.status).toBe(404);
  });

  it('refuses a base year without data; a region the data do not hold has no value, said', async () => {
    const noBase = await get('/api/complexity/years?source=statistics&baseYear=2015');
    expect(noBase.status).toBe(400);
    expect(noBase.body.message).toMatch(/base year 2015/);
    const none = await get('/api/complexity/years?source=statistics&region=650000');
    expect(none.status).toBe(200);
    expect(none.body.regions[0].years.map((y: Year) => y.value)).toEqual([null, null, null]);
    expect(none.body.warnings.map((w: { code: string }) => w.code)).toContain(
      'ATLAS_W_METRIC_UNDEFINED',
    );
    const bad = await get('/api/complexity/years?region=abc');
    expect(bad.status).toBe(400);
  });
});

describe('ECI by year from firms’ measures is a confidential aggregate', () => {
  let canary: Duck;
  let capp: FastifyInstance;
  beforeAll(async () => {
    canary = await canaryStore();
    capp = await buildApp({ db: canary });
  }, 60_000);
  afterAll(async () => {
    await capp.close();
    canary.close();
  });

  it('withholds a region’s ECI from a visitor where its row reveals one firm; an analyst sees it', async () => {
    const url =
      '/api/complexity/years?measure=revenue&regionLevel=prefecture&industryLevel=4&region=430100';
    const analyst = await signedIn(capp, canary, 'analyst');
    const seen = (await capp.inject({ url, headers: analyst })).json();
    expect(typeof seen.regions[0].years[0].value).toBe('number');
    const res = await capp.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.json().regions[0].years[0].value).toBeNull();
  });
});
