import * as crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import { addUser } from '../../src/services/access/users.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from '../api/fixture.ts';

/**
 * No user enumeration by timing (issue 22, item 9): a sign-in for a name no
 * account holds runs one scrypt with the parameters of a real check, as a
 * wrong password for a real account does. Counted on node:crypto's scrypt,
 * not timed: tests never assert timings.
 */
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, scrypt: vi.fn(real.scrypt) };
});
const scrypt = vi.mocked(crypto.scrypt);

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  await addUser(db, { name: 'ana', role: 'analyst', password: 'correct horse battery' });
});
afterAll(async () => {
  await app.close();
  db.close();
});

const attempt = (name: string) =>
  app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { name, password: 'not the password' },
  });

/** The scrypt calls one sign-in makes: [N, r, p, key length] each. */
async function scryptsOf(name: string): Promise<unknown[][]> {
  scrypt.mockClear();
  const r = await attempt(name);
  expect(r.statusCode).toBe(401);
  expect(r.json().code).toBe('ATLAS_E_LOGIN_FAILED');
  return scrypt.mock.calls.map((c) => {
    const o = c[3] as crypto.ScryptOptions;
    return [o.N, o.r, o.p, c[2]];
  });
}

describe('a sign-in for an unknown name', () => {
  it('costs one scrypt with the same parameters as a wrong password for a real account', async () => {
    await attempt('warm-up-unknown'); // the dummy hash is made once, on first use
    const known = await scryptsOf('ana');
    const unknown = await scryptsOf('nobody');
    expect(known).toEqual([[2 ** 15, 8, 1, 32]]);
    expect(unknown).toEqual(known);
    // And the same answer, word for word.
    expect((await attempt('nobody')).json()).toEqual((await attempt('ana')).json());
  });
});
