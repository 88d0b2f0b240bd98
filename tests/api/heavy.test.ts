import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { HEAVY_ROUTES, HeavyGate } from '../../src/api/heavy.ts';
import { ERRORS } from '../../src/core/errors.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from './fixture.ts';

/**
 * The queue limit of heavy routes (api/heavy.ts, issue 22 item 7): one runs
 * at a time here, one waits, the next is refused with 503 ATLAS_E_BUSY and
 * Retry-After; light routes are never held; the slots come back.
 */
let db: Duck;
let app: FastifyInstance;
const releases: (() => void)[] = [];
let started = 0;

beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db, heavyLimits: { concurrency: 1, queue: 1, retryAfterSeconds: 7 } });
  // A heavy route that holds its slot until the test lets it go.
  app.get('/api/test-hold', { config: { heavy: true } }, async () => {
    started++;
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
const metric = '/api/metrics/hhi_region?measure=count&population=all';

describe('heavy routes under a queue limit', () => {
  it('names routes that exist', () => {
    for (const r of HEAVY_ROUTES) {
      const [method, url] = r.split(' ');
      expect(app.hasRoute({ method: method as 'GET', url }), r).toBe(true);
    }
  });

  it('runs one, queues one, refuses the next with 503, Retry-After and ATLAS_E_BUSY', async () => {
    const first = app.inject({ url: '/api/test-hold' });
    await tick();
    expect(started).toBe(1);
    const second = app.inject({ url: '/api/test-hold' });
    await tick();
    expect(started).toBe(1); // waiting its turn

    const refused = await app.inject({ url: metric });
    expect(refused.statusCode).toBe(503);
    expect(refused.statusCode).toBe(ERRORS.ATLAS_E_BUSY.status);
    expect(refused.headers['retry-after']).toBe('7');
    expect(refused.json()).toMatchObject({
      code: 'ATLAS_E_BUSY',
      details: { retryAfterSeconds: 7, running: 1, queued: 1 },
    });

    // Light routes are not held.
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/clusters' })).statusCode).toBe(200);

    releases.shift()!();
    expect((await first).statusCode).toBe(200);
    await tick();
    expect(started).toBe(2); // the waiter got the slot
    releases.shift()!();
    expect((await second).statusCode).toBe(200);

    // Every slot is back: heavy routes answer again, one after another.
    for (let i = 0; i < 3; i++) expect((await app.inject({ url: metric })).statusCode).toBe(200);
  });

  it('gives the slot back after an error answer', async () => {
    const bad = await app.inject({ url: '/api/metrics/no_such_metric' });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    const notFound = await app.inject({ url: '/api/panorama?cluster=nope' });
    expect(notFound.statusCode).toBeLessThan(500);
    expect((await app.inject({ url: metric })).statusCode).toBe(200);
  });

  it('hands slots over in arrival order', async () => {
    const gate = new HeavyGate({ concurrency: 2, queue: 2, retryAfterSeconds: 1 });
    const order: number[] = [];
    await gate.enter();
    await gate.enter();
    const waiting = [3, 4].map((k) => gate.enter().then(() => order.push(k)));
    await expect(gate.enter()).rejects.toMatchObject({ code: 'ATLAS_E_BUSY' });
    expect(gate.state).toEqual({ running: 2, queued: 2 });
    gate.leave();
    gate.leave();
    await Promise.all(waiting);
    expect(order).toEqual([3, 4]);
    gate.leave();
    gate.leave();
    expect(gate.state).toEqual({ running: 0, queued: 0 });
  });
});
