import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from './fixture.ts';

/**
 * Per-role caps on heavy requests (api/heavy.ts): visitors holding their
 * share of the queue are refused with ATLAS_E_BUSY while an analyst still
 * gets a place; the share comes back when their requests end.
 */
let db: Duck;
let app: FastifyInstance;
const releases: (() => void)[] = [];

beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({
    db,
    heavyLimits: { concurrency: 1, queue: 4, retryAfterSeconds: 2, perRole: { viewer: 2 } },
  });
  app.get('/api/test-hold', { config: { heavy: true } }, async () => {
    await new Promise<void>((resolve) => releases.push(resolve));
    return { ok: true };
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  db.close();
});

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('per-role caps on heavy requests', () => {
  it('refuses a third visitor request, still queues an analyst’s', async () => {
    const analyst = await signedIn(app, db, 'analyst');
    const a = app.inject({ url: '/api/test-hold' });
    const b = app.inject({ url: '/api/test-hold' });
    await tick();
    const refused = await app.inject({ url: '/api/test-hold' });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.json()).toMatchObject({
      code: 'ATLAS_E_BUSY',
      details: { role: 'viewer', holding: 2, cap: 2 },
    });
    const c = app.inject({ url: '/api/test-hold', headers: analyst });
    await tick();
    for (let k = 0; k < 3; k++) {
      while (releases.length === 0) await tick();
      releases.shift()!();
    }
    expect((await a).statusCode).toBe(200);
    expect((await b).statusCode).toBe(200);
    expect((await c).statusCode).toBe(200);
    // The visitors' share is back.
    const again = app.inject({ url: '/api/test-hold' });
    while (releases.length === 0) await tick();
    releases.shift()!();
    expect((await again).statusCode).toBe(200);
  });
});
