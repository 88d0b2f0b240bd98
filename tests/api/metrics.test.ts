import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { tinyStore } from '../services/metrics-fixture.ts';
import { signedIn } from './fixture.ts';

// The tiny store's table and hand-computed values are in tests/services/metrics-fixture.ts.
let tiny: Duck;
let app: FastifyInstance;
// An analyst asks: the tiny store's cells hold one or two firms each, which
// visitors may not see (disclosure control, tests/access/disclosure-leaks.test.ts).
let analyst: Record<string, string>;
beforeAll(async () => {
  tiny = await tinyStore();
  app = await buildApp({ db: tiny });
  analyst = await signedIn(app, tiny, 'analyst');
});
afterAll(async () => {
  await app.close();
  tiny.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: analyst });
  const json = res.headers['content-type']?.toString().startsWith('application/json');
  return { status: res.statusCode, body: json ? res.json() : null, res };
};

describe('GET /api/metrics/:name over the tiny store', () => {
  it('serves LQ cells with names, how the matrix was built and the warnings', async () => {
    const { status, body } = await get('/api/metrics/lq');
    expect(status).toBe(200);
    expect(body.kind).toBe('cell');
    expect(body.columns).toEqual(['region', 'industry', 'value']);
    expect(body.rows).toHaveLength(9);
    const a39 = body.rows.find(
      (r: { region: string; industry: string }) => r.region === '110000' && r.industry === '39',
    );
    expect(a39.value).toBeCloseTo(0.6 / 0.31, 12);
    expect(body.regions.map((r: { nameZh: string }) => r.nameZh)).toEqual([
      '北京市',
      '上海市',
      '广东省',
    ]);
    expect(body.industries[2]).toMatchObject({
      code: '39',
      nameZh: '计算机、通信和其他电子设备制造业',
    });
    expect(body.matrix).toMatchObject({ measure: 'employees', year: 2024, syntheticShare: 0.3 });
    expect(body.warnings.map((w: { code: string }) => w.code)).toContain(
      'ATLAS_W_SYNTHETIC_INCLUDED',
    );
  });

  it('exports CSV with the CLI columns, unrounded', async () => {
    const { res } = await get('/api/metrics/hhi_region?format=csv&synthetic=exclude');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('region,value');
    // A: 0.6² + 0.4²; C without its synthetic food firm: 10 of pharma only → 1
    expect(lines[1]).toBe(`110000,${0.6 ** 2 + 0.4 ** 2}`);
    expect(lines[3]).toBe('440000,1');
  });

  it('counts organisations at section level; crn is over organisations', async () => {
    const { body } = await get('/api/metrics/crn?measure=count&industryLevel=1&n=2');
    expect(body.rows).toEqual([{ industry: 'C', value: 2 / 8 }]);
  });

  it('answers pairs for similarity', async () => {
    const { body } = await get('/api/metrics/similarity');
    expect(body.columns).toEqual(['a', 'b', 'value']);
    expect(body.rows[0].value).toBeCloseTo((60 * 33 + 40 * 17) / Math.sqrt(5200 * 3878), 12);
  });

  it('rejects unknown metrics, levels and years with the error shape', async () => {
    expect((await get('/api/metrics/nope')).status).toBe(400);
    expect((await get('/api/metrics/lq?industryLevel=5')).body.code).toBe('ATLAS_E_BAD_REQUEST');
    const y = await get('/api/metrics/lq?year=2001');
    expect(y.status).toBe(404);
    expect(y.body.details.years).toEqual([2024]);
  });
});

describe('GET /api/homogeneity over the tiny store', () => {
  it('ranks similar regions with the overlapping industries and both LQs', async () => {
    const { status, body } = await get('/api/homogeneity?region=310000');
    expect(status).toBe(200);
    expect(body.region).toMatchObject({ code: '310000', nameZh: '上海市' });
    expect(body.similar[0].b.code).toBe('440000');
    expect(body.similar[0].similarity).toBeCloseTo(4500 / Math.sqrt(3589 * 8100), 12);
    expect(body.similar[0].overlap[0]).toMatchObject({ industry: '13', shareA: 0.5, shareB: 0.9 });
  });

  it('lists pairs of peers above the threshold', async () => {
    const { body } = await get('/api/homogeneity?peers=110000,310000,440000&threshold=0.5');
    expect(body.pairs.map((p: { a: { code: string } }) => p.a.code)).toEqual(['310000', '110000']);
  });

  it('refuses a request without regions, and bad codes', async () => {
    expect((await get('/api/homogeneity')).body.code).toBe('ATLAS_E_USAGE');
    expect((await get('/api/homogeneity?peers=31,32')).body.code).toBe('ATLAS_E_BAD_REQUEST');
  });
});

describe('metrics over the default data', () => {
  let db: Duck;
  let big: FastifyInstance;
  beforeAll(async () => {
    db = await openStore({ path: ':memory:' });
    await bootstrap(db, { synthetic: DEFAULT_GENERATE });
    big = await buildApp({ db });
  });
  afterAll(async () => {
    await big.close();
    db.close();
  });

  it('builds the prefecture × division matrix and says it is mostly synthetic', async () => {
    const res = await big.inject({ url: '/api/metrics/strong_cluster?regionLevel=prefecture' });
    const body = res.json();
    expect(res.statusCode).toBe(200);
    expect(body.matrix.regions).toBeGreaterThan(20);
    expect(body.matrix.syntheticShare).toBeGreaterThan(0.5);
    expect(body.rows.some((r: { value: number }) => r.value === 1)).toBe(true);
  });

  it('finds the Yangtze delta pairs (Shanghai, Suzhou, Hangzhou) with their overlaps', async () => {
    // Similarities reveal both regions' rows of firms' figures: an analyst sees them all.
    const res = await big.inject({
      url: '/api/homogeneity?region=320500&peers=310000,330100&threshold=0',
      headers: await signedIn(big, db, 'analyst'),
    });
    const body = res.json();
    expect(res.statusCode).toBe(200);
    expect(body.peers.map((p: { code: string }) => p.code)).toEqual(['310100', '330100']);
    expect(body.pairs).toHaveLength(3);
    for (const p of body.pairs) {
      expect(p.similarity).toBeGreaterThanOrEqual(0);
      expect(p.similarity).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});
