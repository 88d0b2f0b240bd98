import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { encodeGb18030 } from '../ingest/helpers.ts';
import { tinyStore } from '../services/metrics-fixture.ts';
import { signedIn } from './fixture.ts';

/**
 * The tiny store's organisations (tests/services/metrics-fixture.ts) and a
 * yearbook table of employees in 2018, loaded as regional statistics:
 *
 *              35 (专用设备)  39 (电子)  total
 *   430000 湖南     30          10        40
 *   440000 广东     10          50        60
 *   total           40          60       100
 *   430100 长沙     20   (a prefecture row: not in the province matrix)
 *
 * LQ within the statistics: 湖南×35 = (30/40)/(40/100) = 1.875, 湖南×39 =
 * (10/40)/(60/100) = 5/12. Against national employment 2018 (35: 448 万人,
 * 39: 1,710): 湖南×35 = (30/40)/(448/2158).
 */
const TABLE =
  '地区,行业,年份,从业人员,营业收入（亿元）,来源\n' +
  '湖南省,35,2018,30,5,某省统计年鉴 表3-5\n' +
  '湖南省,39,2018,10,,某省统计年鉴 表3-5\n' +
  '广东省,专用设备制造业,2018,10,,另一统计年鉴 表2\n' +
  '广东省,C39,2018,50,,另一统计年鉴 表2\n' +
  '长沙市,35,2018,20,,某市统计年鉴 表1\n';

let db: Duck;
let app: FastifyInstance;
let dir: string;
beforeAll(async () => {
  db = await tinyStore();
  app = await buildApp({ db });
  dir = mkdtempSync(join(tmpdir(), 'atlas-stats-api-'));
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
};
type Cell = { region: string; industry: string; value: number };
const cell = (rows: Cell[], region: string, industry: string) =>
  rows.find((r) => r.region === region && r.industry === industry)?.value;

describe('the matrix source switch through the API: organisations or regional statistics', () => {
  it('builds from organisations by default, and says so', async () => {
    const { status, body } = await get('/api/metrics/lq');
    expect(status).toBe(200);
    expect(body.matrix).toMatchObject({
      source: 'organizations',
      measure: 'employees',
      year: 2024,
    });
    expect(body.matrix.organizations).toBeGreaterThan(0);
    expect(body.regions.map((r: { code: string }) => r.code)).toEqual([
      '110000',
      '310000',
      '440000',
    ]);
  });

  it('answers 404 with how to load them while no statistics are loaded', async () => {
    const { status, body } = await get('/api/metrics/lq?source=statistics');
    expect(status).toBe(404);
    expect(body.code).toBe('ATLAS_E_NOT_FOUND');
    expect(body.message).toMatch(/--kind region-statistics/);
  });

  it('builds from the loaded statistics with source=statistics, labelled with their sources', async () => {
    const path = join(dir, 'yearbook.csv');
    writeFileSync(path, TABLE);
    const r = await importFile(db, path, { kind: 'region-statistics' });
    expect(r.written).toBe(5);

    const { status, body } = await get('/api/metrics/lq?source=statistics');
    expect(status).toBe(200);
    expect(body.matrix).toMatchObject({
      source: 'statistics',
      measure: 'employees',
      year: 2018,
      years: [2018],
      regionLevel: 'province',
      organizations: 0,
      total: 100,
      syntheticShare: 0,
      statistics: { rows: 4 },
    });
    expect(body.matrix.statistics.sources).toEqual(['另一统计年鉴 表2', '某省统计年鉴 表3-5']);
    expect(body.regions.map((x: { nameZh: string }) => x.nameZh)).toEqual(['湖南省', '广东省']);
    expect(body.industries.map((x: { code: string }) => x.code)).toEqual(['35', '39']);
    expect(cell(body.rows, '430000', '35')).toBeCloseTo(1.875, 12);
    expect(cell(body.rows, '430000', '39')).toBeCloseTo(5 / 12, 12);
    expect(cell(body.rows, '440000', '39')).toBeCloseTo(50 / 60 / 0.6, 12);
  });

  it('compares a region with the national employment structure (lq_national)', async () => {
    const { body } = await get('/api/metrics/lq_national?source=statistics');
    expect(body.matrix.source).toBe('statistics');
    expect(cell(body.rows, '430000', '35')).toBeCloseTo((0.75 * 2158) / 448, 12);
    expect(cell(body.rows, '430000', '39')).toBeCloseTo((0.25 * 2158) / 1710, 12);
    expect(body.warnings).toEqual([]);
    // the prefecture's own row alone, against the nation: 35 is all of 长沙's table → 2158/448 over K = {35}
    const pref = await get('/api/metrics/lq_national?source=statistics&regionLevel=prefecture');
    expect(pref.body.rows).toEqual([{ region: '430100', industry: '35', value: 1 }]);
  });

  it('keeps prefecture rows apart, sums divisions into sections, and converts 亿元', async () => {
    const pref = await get('/api/metrics/lq?source=statistics&regionLevel=prefecture');
    expect(pref.body.matrix).toMatchObject({
      source: 'statistics',
      regionLevel: 'prefecture',
      total: 20,
    });
    const sec = await get('/api/metrics/lq?source=statistics&industryLevel=1');
    expect(sec.body.rows).toEqual([
      { region: '430000', industry: 'C', value: 1 },
      { region: '440000', industry: 'C', value: 1 },
    ]);
    const rev = await get('/api/metrics/lq?source=statistics&measure=revenue');
    expect(rev.body.matrix).toMatchObject({ measure: 'revenue', total: 50000 });
  });

  it('serves homogeneity over the statistics too, and refuses what statistics cannot give', async () => {
    const h = await get('/api/homogeneity?source=statistics&region=430000');
    expect(h.status).toBe(200);
    expect(h.body.matrix.source).toBe('statistics');
    const count = await get('/api/metrics/lq?source=statistics&measure=count');
    expect(count.status).toBe(400);
    expect(count.body.code).toBe('ATLAS_E_BAD_VALUE');
    const cls = await get('/api/metrics/lq?source=statistics&industryLevel=4');
    expect(cls.status).toBe(400);
    expect((await get('/api/metrics/lq?source=census')).status).toBe(400);
    // the organisations' matrix is unchanged by the statistics
    expect((await get('/api/metrics/lq')).body.matrix.source).toBe('organizations');
  });
});

describe('POST /api/imports?kind=region-statistics (the web import wizard)', () => {
  it('previews a GB18030 yearbook table with its bad row named, then commits the good rows', async () => {
    const analyst = await signedIn(app, db, 'analyst');
    const csv =
      '地区,行业,年份,从业人员（万人）,来源\n湖南省,36,2019,1.2,某省统计年鉴\n湖南省,合计,2019,9,某省统计年鉴\n';
    const post = (mode: string) =>
      app.inject({
        method: 'POST',
        url: `/api/imports?kind=region-statistics&file=${encodeURIComponent('年鉴.csv')}&mode=${mode}&skipInvalid=${mode === 'commit'}`,
        payload: Buffer.from(encodeGb18030(csv)),
        headers: { ...analyst, 'content-type': 'text/csv' },
      });
    const preview = await post('preview');
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p.encoding).toBe('gb18030');
    expect(p.fields).toContain('employees10k');
    expect(p.required).toEqual(['industry', 'year']);
    expect(p.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: '行业',
        value: '合计',
        code: 'ATLAS_E_ROW_UNKNOWN_INDUSTRY',
      }),
    ]);
    const before = await db.one('SELECT count(*) AS n FROM region_statistics WHERE year = 2019');
    expect(Number(before?.n)).toBe(0);
    const commit = await post('commit');
    expect(commit.statusCode).toBe(200);
    const row = await db.one(
      'SELECT region, industry, employees FROM region_statistics WHERE year = 2019',
    );
    expect(row).toEqual({ region: '430000', industry: '36', employees: 12000 });
  });
});
