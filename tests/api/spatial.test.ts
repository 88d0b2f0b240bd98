import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db);
  app = await buildApp({ db });
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() };
}

describe('GET /api/spatial/clusters', () => {
  it('detects the Chengdu and Chongqing electronics clusters; the national one spans both provinces', async () => {
    const { status, body } = await get(
      '/api/spatial/clusters?industry=39&region=510000,500000&epsKm=10&minPoints=8',
    );
    expect(status).toBe(200);
    expect(body.crs).toBe('WGS84');
    const provinces = body.clusters.map((c: { provinces: string[] }) => c.provinces.join('+'));
    expect(provinces).toContain('510000');
    expect(provinces).toContain('500000');
    const k = body.known.find((x: { id: string }) => x.id === 'national-chengyu-electronics');
    expect(k.detectedProvinces).toEqual(['500000', '510000']);
    expect(k.spansSeveralUnits).toBe(true);
  });

  it('HDBSCAN too', async () => {
    const { status, body } = await get(
      '/api/spatial/clusters?industry=39&region=510000,500000&method=hdbscan&minPoints=10',
    );
    expect(status).toBe(200);
    expect(body.clusters.length).toBeGreaterThan(0);
  });

  it('bad parameters: 400 with a code', async () => {
    const a = await get('/api/spatial/clusters?region=510000');
    expect(a.status).toBe(400);
    const b = await get('/api/spatial/clusters?industry=39&epsKm=-1');
    expect(b.status).toBe(400);
    expect(b.body.code).toMatch(/^ATLAS_E_/);
  });
});
