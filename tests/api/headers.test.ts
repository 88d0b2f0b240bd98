import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import { addUser } from '../../src/services/access/users.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from './fixture.ts';

/**
 * Headers (issue 22, item 15): a Content-Security-Policy and no framing on
 * every answer, `Cache-Control: no-store` on API answers, each cookie once
 * per answer, and Secure cookies behind a trusted TLS proxy only.
 */
let db: Duck;
let app: FastifyInstance;
let proxied: FastifyInstance;
const password = 'correct horse battery';
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  proxied = await buildApp({ db, trustProxy: true });
  await addUser(db, { name: 'ana', role: 'analyst', password });
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  db.close();
});

const cookiesOf = (h: string | string[] | number | undefined) =>
  ([] as string[]).concat(typeof h === 'number' ? [] : (h ?? []));

const named = (cookies: string[], name: string) => cookies.filter((c) => c.startsWith(`${name}=`));

describe('security headers', () => {
  it('sends a CSP without inline script or eval, frame-ancestors none and X-Frame-Options on pages and API answers', async () => {
    for (const url of ['/', '/api/health', '/api/organizations', '/api/no-such-route']) {
      const r = await app.inject({ url });
      const csp = String(r.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("object-src 'none'");
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('marks API answers no-store, errors included; reference geometry and pages keep their own caching', async () => {
    for (const url of [
      '/api/organizations',
      '/api/organizations/o1',
      '/api/stats',
      '/api/session',
      '/api/organizations/nope',
    ])
      expect((await app.inject({ url })).headers['cache-control'], url).toBe('no-store');
    const analyst = await signedIn(app, db, 'analyst');
    expect(
      (await app.inject({ url: '/api/organizations/o1', headers: analyst })).headers[
        'cache-control'
      ],
    ).toBe('no-store');
    expect((await app.inject({ url: '/api/geo/province' })).headers['cache-control']).toMatch(
      /public/,
    );
    expect((await app.inject({ url: '/' })).headers['cache-control']).not.toBe('no-store');
  });
});

describe('cookies', () => {
  it('sends the session and CSRF cookies once each when signing in, by link and out', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'ana', password },
    });
    expect(r.statusCode).toBe(200);
    const set = cookiesOf(r.headers['set-cookie']);
    expect(named(set, 'atlas_session')).toHaveLength(1);
    expect(named(set, 'atlas_csrf')).toHaveLength(1);
    expect(set).toHaveLength(2);

    const link = await app.inject({
      url: `/api/session/token?token=${await issueLoginToken(db)}`,
    });
    expect(link.statusCode).toBe(302);
    const fromLink = cookiesOf(link.headers['set-cookie']);
    expect(named(fromLink, 'atlas_session')).toHaveLength(1);
    expect(fromLink).toHaveLength(2);

    const jar = set.map((c) => c.split(';')[0]).join('; ');
    const csrf = decodeURIComponent(/atlas_csrf=([^;]+)/.exec(jar)![1]);
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: jar, 'x-csrf-token': csrf },
    });
    const cleared = cookiesOf(out.headers['set-cookie']);
    expect(named(cleared, 'atlas_session')).toEqual([expect.stringContaining('Max-Age=0')]);
    expect(cleared).toHaveLength(2);
  });

  it('marks cookies Secure behind a trusted TLS proxy, not when anyone can claim https', async () => {
    const signIn = (on: FastifyInstance) =>
      on.inject({
        method: 'POST',
        url: '/api/session',
        payload: { name: 'ana', password },
        headers: { 'x-forwarded-proto': 'https' },
      });
    const trusted = cookiesOf((await signIn(proxied)).headers['set-cookie']);
    expect(trusted).toHaveLength(2);
    for (const c of trusted) expect(c).toMatch(/; Secure/);
    const direct = cookiesOf((await signIn(app)).headers['set-cookie']);
    expect(direct).toHaveLength(2);
    for (const c of direct) expect(c).not.toMatch(/Secure/);
  });
});
