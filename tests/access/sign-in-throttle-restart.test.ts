import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { addUser } from '../../src/services/access/users.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from '../api/fixture.ts';

/**
 * Sign-in throttling counts outlive a restart (services/access/throttle-store.ts):
 * a name that used up its free failures on one server is still held back by
 * the next server on the same store, and its success clears the kept count.
 */
let db: Duck;
let now = Date.UTC(2026, 0, 1);
const RIGHT = 'correct horse battery';
beforeAll(async () => {
  db = await fixtureStore();
  await addUser(db, { name: 'eve', role: 'analyst', password: RIGHT });
});
afterAll(() => db.close());

const server = () => buildApp({ db, clock: () => now, signInLimits: { perName: 2 } });
const signIn = (app: Awaited<ReturnType<typeof server>>, password: string) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { name: 'eve', password } });

describe('sign-in throttling across a restart', () => {
  it('keeps a name’s failures and its wait, and forgets them after a success', async () => {
    const first = await server();
    for (const p of ['wrong 1', 'wrong 2']) expect((await signIn(first, p)).statusCode).toBe(401);
    expect((await signIn(first, RIGHT)).statusCode).toBe(429);
    await first.close();

    const second = await server();
    const held = await signIn(second, RIGHT);
    expect(held.statusCode).toBe(429);
    expect(held.json().details).toMatchObject({ scope: 'name' });
    now += 2_000;
    expect((await signIn(second, RIGHT)).statusCode).toBe(200);
    await second.close();

    // The success cleared the kept count: a fresh server gives the name its free failures again.
    const third = await server();
    expect((await signIn(third, 'wrong 3')).statusCode).toBe(401);
    expect((await signIn(third, RIGHT)).statusCode).toBe(200);
    await third.close();
  });

  it('keeps cached answers: failed sign-ins are bookkeeping, not a write of the data', async () => {
    const app = await server();
    const generation = db.writeGeneration;
    for (const p of ['wrong a', 'wrong b', 'wrong c']) await signIn(app, p);
    await app.close();
    const kept = await db.one("SELECT failures FROM sign_in_throttle WHERE key LIKE '%eve%'");
    expect(Number(kept?.failures)).toBeGreaterThan(0);
    expect(db.writeGeneration).toBe(generation);
  });
});
