/**
 * GET /api/clusters/:id/consolidation on the steel cluster of fixture.ts:
 * analysts see every figure; a visitor sees the market's figures the
 * disclosure rule lets through (HHI today over six firms) but no firm's
 * size or share, no merged firm's size and nothing after a two-firm merger;
 * a member sees its own figures but not its merger partner's.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { signedIn } from '../api/fixture.ts';
import { steelStore } from './fixture.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await steelStore();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

const url = '/api/clusters/test-steel/consolidation?merge=丙钢,ding';
const get = async (headers: Record<string, string> = {}) => {
  const res = await app.inject({ method: 'GET', url: encodeURI(url), headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('GET /api/clusters/:id/consolidation', () => {
  it('an analyst sees HHI and CR4 before and after, and the merged output', async () => {
    const c = await get(await signedIn(app, db, 'analyst'));
    expect(c.before.hhi).toBeCloseTo(2938, 9);
    expect(c.after.hhi).toBeCloseTo(3138, 9);
    expect(c.before.cr4).toBeCloseTo(95, 9);
    expect(c.after.cr4).toBeCloseTo(98, 9);
    expect(c.mergers[0].size).toBe(25);
    expect(c.firms[0]).toMatchObject({ organization: 'jia', size: 40 });
  });

  it('a visitor sees today’s HHI but no firm’s figure and nothing after a two-firm merger', async () => {
    const c = await get();
    expect(c.disclosure.applied).toBe(true);
    expect(c.before.hhi).toBeCloseTo(2938, 9);
    expect(c.before.firms).toBe(6);
    // CR4 reveals the rest: two small firms.
    expect(c.before.cr4).toBeNull();
    expect(c.before.median).toBeNull();
    expect(
      c.firms.every((f: { size: unknown; share: unknown }) => f.size === null && f.share === null),
    ).toBe(true);
    // Listed by name, not by size.
    expect(c.firms.map((f: { name: string }) => f.name)).toEqual(
      [...c.firms.map((f: { name: string }) => f.name)].sort((a: string, b: string) =>
        a.localeCompare(b, 'zh'),
      ),
    );
    expect(c.mergers[0].size).toBeNull();
    expect(c.mergers[0].deltaHhi).toBeNull();
    expect(c.after.hhi).toBeNull();
    expect(c.deltaHhi).toBeNull();
    expect(c.mergers[0].reading.us2023).toBe('presumed-harmful');
    expect(c.partners.every((p: { overlapSize: unknown }) => p.overlapSize === null)).toBe(true);
  });

  it('a member of 丙钢 sees its own output and share, not its partner’s', async () => {
    const c = await get(await signedIn(app, db, 'member', 'bing'));
    const own = c.firms.find((f: { organization: string }) => f.organization === 'bing');
    expect(own.size).toBe(20);
    expect(own.share).toBeCloseTo(20, 9);
    expect(
      c.firms.find((f: { organization: string }) => f.organization === 'ding').size,
    ).toBeNull();
    expect(c.mergers[0].size).toBeNull();
  });

  it('a merger of one firm is a bad request; an unknown cluster 404', async () => {
    const one = await app.inject({
      method: 'GET',
      url: '/api/clusters/test-steel/consolidation?merge=jia',
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().code).toBe('ATLAS_E_BAD_REQUEST');
    const none = await app.inject({ method: 'GET', url: '/api/clusters/nope/consolidation' });
    expect(none.statusCode).toBe(404);
  });
});
