import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  app = await buildApp({ db });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  db.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('/api/io', () => {
  it('lists the twelve tables; 2020 value added 101.64 trillion yuan', async () => {
    const r = await get('/api/io/tables');
    expect(r.statusCode).toBe(200);
    const tables = r.json() as { id: string; valueAdded: number; concordance: boolean }[];
    expect(tables).toHaveLength(12);
    const t = tables.find((x) => x.id === '2020-153')!;
    expect(((t.valueAdded * 1e4) / 1e12).toFixed(2)).toBe('101.64');
    expect(t.concordance).toBe(true);
  });

  it('names the suppliers of 汽车整车 in 2020: 汽车零部件及配件 first, a ≈ 0.299', async () => {
    const r = await get(`/api/io/suppliers?sector=${encodeURIComponent('汽车整车')}&year=2020`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.table).toMatchObject({ id: '2020-153', year: 2020, sectors: 153, unit: '万元' });
    expect(body.sector).toMatchObject({ code: '079', nameZh: '汽车整车' });
    expect(body.suppliers).toHaveLength(20);
    expect(body.suppliers[0]).toMatchObject({ rank: 1, code: '080', nameZh: '汽车零部件及配件' });
    expect(body.suppliers[0].coefficient).toBeCloseTo(0.299, 3);
    expect(body.suppliers[1]).toMatchObject({ code: '079', self: true });
  });

  it('the 42-sector series: suppliers by code with a limit', async () => {
    const r = await get('/api/io/suppliers?sector=18&year=2015&sectors=42&limit=3');
    expect(r.statusCode).toBe(200);
    expect(r.json().table.id).toBe('2015-42');
    expect(r.json().sector.nameZh).toBe('交通运输设备');
    expect(r.json().suppliers).toHaveLength(3);
  });

  it('names the buyers of 电池: shares of its output, largest first', async () => {
    const r = await get(`/api/io/buyers?sector=${encodeURIComponent('电池')}&limit=0`);
    expect(r.statusCode).toBe(200);
    const b = r.json().buyers as { share: number; nameZh: string }[];
    expect(b.length).toBeGreaterThan(20);
    for (let k = 1; k < b.length; k++) expect(b[k - 1].share).toBeGreaterThanOrEqual(b[k].share);
    expect(b.map((x) => x.nameZh)).toContain('汽车整车');
    expect(r.json().sector.intermediateShare).toBeGreaterThan(0);
  });

  it('linkages average 1 and say which sectors are key', async () => {
    const r = await get('/api/io/linkages?year=2020&sectors=42');
    expect(r.statusCode).toBe(200);
    const s = r.json().sectors as { backward: number; forward: number; kind: string }[];
    expect(s).toHaveLength(42);
    const mean = (f: (x: (typeof s)[0]) => number) => s.reduce((a, x) => a + f(x), 0) / s.length;
    expect(mean((x) => x.backward)).toBeCloseTo(1, 10);
    expect(mean((x) => x.forward)).toBeCloseTo(1, 10);
    for (const x of s)
      expect(x.kind).toBe(
        x.backward > 1 && x.forward > 1
          ? 'key'
          : x.backward > 1
            ? 'backward'
            : x.forward > 1
              ? 'forward'
              : 'weak',
      );
  });

  it('answers errors from the catalogue: unknown year, ambiguous sector, bad query', async () => {
    const year = await get('/api/io/linkages?year=2019');
    expect(year.statusCode).toBe(404);
    expect(year.json()).toMatchObject({ code: 'ATLAS_E_IO_TABLE' });
    expect(year.json().details.available).toContain('2020/153');
    const amb = await get(`/api/io/suppliers?sector=${encodeURIComponent('汽车')}`);
    expect(amb.statusCode).toBe(404);
    expect(amb.json().code).toBe('ATLAS_E_IO_SECTOR');
    expect(amb.json().details.candidates).toHaveLength(2);
    const bad = await get('/api/io/suppliers');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('ATLAS_E_BAD_REQUEST');
    const sectors = await get('/api/io/linkages?sectors=50');
    expect(sectors.statusCode).toBe(400);
  });
});

describe('/api/chains/:id/io-evidence', () => {
  it('gives each edge of the automotive template its IO evidence, unsupported edges flagged', async () => {
    const r = await get('/api/chains/automotive/io-evidence');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.table).toMatchObject({ id: '2020-153', year: 2020 });
    const parts = body.edges.find(
      (e: { from: string; to: string }) => e.from === 'parts' && e.to === 'vehicles',
    );
    expect(parts).toMatchObject({
      status: 'supported',
      review: false,
      year: 2020,
      supplier: { code: '080', nameZh: '汽车零部件及配件' },
      buyer: { code: '079', nameZh: '汽车整车' },
      sameSector: false,
    });
    expect(parts.coefficient).toBeCloseTo(0.299, 3);
    for (const e of body.edges as { status: string; review: boolean }[])
      expect(e.review).toBe(e.status !== 'supported');
    const total = Object.values(body.summary as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(body.edges.length);
    expect(body.summary.supported).toBeGreaterThan(0);
  });

  it('404 for an unknown template; the 42-sector series on request', async () => {
    expect((await get('/api/chains/no-such-chain/io-evidence')).statusCode).toBe(404);
    const r = await get('/api/chains/steel/io-evidence?year=2015&sectors=42');
    expect(r.statusCode).toBe(200);
    expect(r.json().table.id).toBe('2015-42');
  });
});
