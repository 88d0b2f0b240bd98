import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { DEFAULT_THROTTLE } from '../../src/services/access/throttle.ts';
import { addUser } from '../../src/services/access/users.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from '../api/fixture.ts';

/**
 * Sign-in throttling (issue 22, item 9), through app.inject() on a clock the
 * test moves: 5 failures per name and 20 per address are free, then each
 * failure doubles the wait (1 s, 2 s, 4 s, …); attempts within it answer 429
 * with Retry-After and are not checked at all. Unknown names are counted as
 * known ones are, so the answers tell nothing about which names exist.
 */
let db: Duck;
let app: FastifyInstance;
/** The same server with 4 free failures per address instead of 20 (fewer slow scrypts). */
let strict: FastifyInstance;
let now = Date.UTC(2026, 0, 1);
const RIGHT = 'correct horse battery';

beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db, clock: () => now });
  strict = await buildApp({ db, clock: () => now, signInLimits: { perAddress: 4 } });
  for (const name of ['ana', 'bo', 'cy', 'dee'])
    await addUser(db, { name, role: 'analyst', password: RIGHT });
});
afterAll(async () => {
  await app.close();
  await strict.close();
  db.close();
});

const signIn = (name: string, password: string, remoteAddress = '203.0.113.1', on = app) =>
  on.inject({
    method: 'POST',
    url: '/api/session',
    payload: { name, password },
    remoteAddress,
  });

describe('sign-in throttling per name', () => {
  it('refuses the 6th attempt with 429 and Retry-After, doubles the wait, and lets the right password in after it', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await signIn('ana', `wrong ${i}`);
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('ATLAS_E_LOGIN_FAILED');
    }
    // Within the wait even the right password is refused, without being checked.
    const blocked = await signIn('ana', RIGHT);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({
      code: 'ATLAS_E_TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: 1, scope: 'name' },
    });
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.headers['set-cookie']).toBeUndefined();

    now += 1_000;
    expect((await signIn('ana', 'wrong 6')).statusCode).toBe(401);
    const twice = await signIn('ana', RIGHT);
    expect(twice.statusCode).toBe(429);
    expect(twice.headers['retry-after']).toBe('2');
    now += 1_999;
    expect((await signIn('ana', RIGHT)).headers['retry-after']).toBe('1');
    now += 1;
    expect((await signIn('ana', 'wrong 7')).statusCode).toBe(401);
    expect((await signIn('ana', RIGHT)).headers['retry-after']).toBe('4');
    now += 4_000;
    // The right password after the wait signs in, and clears the name's count.
    expect((await signIn('ana', RIGHT)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await signIn('ana', `again ${i}`)).statusCode).toBe(401);
    expect((await signIn('ana', RIGHT)).statusCode).toBe(429);
    now += 3_600_000;
  });

  it('counts an unknown name as a known one: the same answers, so nothing tells which names exist', async () => {
    const seen: number[] = [];
    for (const name of ['bo', 'nobody-here']) {
      for (let i = 0; i < 5; i++)
        seen.push((await signIn(name, `wrong ${i}`, '198.51.100.7')).statusCode);
      const r = await signIn(name, RIGHT, '198.51.100.7');
      seen.push(r.statusCode);
      expect(r.json().details).toEqual({ retryAfterSeconds: 1, scope: 'name' });
    }
    expect(seen).toEqual([401, 401, 401, 401, 401, 429, 401, 401, 401, 401, 401, 429]);
    // Case and width variants of a name share its count.
    expect((await signIn('BO', RIGHT, '198.51.100.8')).statusCode).toBe(429);
    now += 3_600_000;
  });

  it('holds a parallel burst to the limit: attempts still being checked count', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn('cy', `burst ${i}`, '192.0.2.55')),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(7);
    now += 3_600_000;
  });

  it('forgets a name’s failures after an hour without one', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn('dee', `wrong ${i}`)).statusCode).toBe(401);
    now += 3_600_000;
    for (let i = 0; i < 5; i++) expect((await signIn('dee', `wrong ${i}`)).statusCode).toBe(401);
    expect((await signIn('dee', RIGHT)).statusCode).toBe(429);
    now += 3_600_000;
  });
});

describe('sign-in throttling per address', () => {
  it('allows 20 failures per address by default', () => {
    expect(DEFAULT_THROTTLE).toMatchObject({ perName: 5, perAddress: 20, baseDelayMs: 1000 });
  });

  it('refuses an address past its limit over many names, while other addresses still sign in', async () => {
    const spray = '192.0.2.200';
    for (let i = 0; i < 4; i++) {
      // One try per name: no name reaches its own limit.
      const r = await signIn(`user${i}`, 'guess', spray, strict);
      expect(r.statusCode).toBe(401);
    }
    const blocked = await signIn('ana', RIGHT, spray, strict);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().details).toEqual({ retryAfterSeconds: 1, scope: 'address' });
    expect((await signIn('ana', RIGHT, '192.0.2.201', strict)).statusCode).toBe(200);

    // A success from the address does not clear it: after the wait, the next failure waits 2 s.
    now += 1_000;
    expect((await signIn('ana', RIGHT, spray, strict)).statusCode).toBe(200);
    expect((await signIn('ana', 'wrong', spray, strict)).statusCode).toBe(401);
    expect((await signIn('bo', RIGHT, spray, strict)).headers['retry-after']).toBe('2');
    now += 3_600_000;
  });

  it('throttles one-time sign-in links by address too', async () => {
    const from = '192.0.2.99';
    for (let i = 0; i < 20; i++) {
      const r = await app.inject({
        url: `/api/session/token?token=${'x'.repeat(20)}${i}`,
        remoteAddress: from,
      });
      expect(r.statusCode).toBe(401);
    }
    const token = await issueLoginToken(db);
    const r = await app.inject({ url: `/api/session/token?token=${token}`, remoteAddress: from });
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toBe('1');
    // The link is not used up by the refused attempt.
    const other = await app.inject({
      url: `/api/session/token?token=${token}`,
      remoteAddress: '192.0.2.98',
    });
    expect(other.statusCode).toBe(302);
    now += 3_600_000;
  });

  it('ignores X-Forwarded-For unless a proxy is trusted', async () => {
    const from = '192.0.2.77';
    const post = (name: string, password: string, forwarded: string) =>
      strict.inject({
        method: 'POST',
        url: '/api/session',
        payload: { name, password },
        remoteAddress: from,
        headers: { 'x-forwarded-for': forwarded },
      });
    for (let i = 0; i < 4; i++)
      expect((await post(`u${i}`, 'guess', `10.0.0.${i}`)).statusCode).toBe(401);
    expect((await post('ana', RIGHT, '10.0.0.250')).statusCode).toBe(429);
    now += 3_600_000;
  });
});
