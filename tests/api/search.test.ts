import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from './fixture.ts';

/** GET /api/search — the search box over clusters, organisations, regions and industries. */
let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

interface Hit {
  type: string;
  id: string;
  name: string;
}
async function hits(q: string, extra = ''): Promise<Hit[]> {
  const res = await app.inject({ url: `/api/search?q=${encodeURIComponent(q)}${extra}` });
  expect(res.statusCode).toBe(200);
  return res.json().hits as Hit[];
}
const of = (h: Hit[], type: string) => h.filter((x) => x.type === type).map((x) => x.id);

describe('GET /api/search', () => {
  it('finds organisations, clusters and regions by a Chinese name fragment', async () => {
    const h = await hits('深圳');
    expect(of(h, 'organization')).toContain('o1');
    expect(of(h, 'cluster')).toEqual(['c-shenzhen']);
    // The prefecture-level city before its districts.
    expect(of(h, 'region')[0]).toBe('440300');
  });

  it('finds by English name, case-insensitive, and by region or industry code', async () => {
    expect(of(await hits('jia electronics'), 'organization')).toEqual(['o1']);
    expect(of(await hits('320500'), 'region')).toEqual(['320500']);
    expect(of(await hits('c39'), 'industry')[0]).toBe('39');
    expect(of(await hits('3976'), 'industry')[0]).toBe('3976');
  });

  it('caps each type at limit and refuses an empty or oversized request', async () => {
    const h = await hits('区', '&limit=3');
    expect(of(h, 'region')).toHaveLength(3);
    expect((await app.inject({ url: '/api/search?q=' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/search?q=%20%20' })).json()).toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    expect((await app.inject({ url: '/api/search?q=x&limit=999' })).statusCode).toBe(400);
  });

  it('treats quotes and SQL as text', async () => {
    expect(await hits("' OR 1=1 --")).toEqual([]);
  });
});
