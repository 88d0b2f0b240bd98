import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Link } from '../../src/core/model/link.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeLinks } from '../../src/store/links.ts';
import { fixtureStore, signedIn } from '../api/fixture.ts';

/**
 * Who sees and does what through the API (issue 8): confidential figures
 * for admins, analysts and the organisation's own member; writes for
 * analysts with a session and the CSRF header; every write audited.
 */
let db: Duck;
let app: FastifyInstance;
let as: Record<'analyst' | 'admin' | 'viewer' | 'memberO1' | 'memberO3', Record<string, string>>;

beforeAll(async () => {
  db = await fixtureStore();
  const manual = { source: 'test fixture', method: 'manual' };
  await db.transaction((tx) =>
    writeLinks(
      tx,
      [
        {
          id: 'l1',
          from: 'o3',
          to: 'o1',
          type: 'supply',
          product: '芯片',
          value: 88,
          year: 2023,
          provenance: manual,
        },
      ].map((l) => Link.parse(l)),
    ),
  );
  app = await buildApp({ db });
  as = {
    analyst: await signedIn(app, db, 'analyst'),
    admin: await signedIn(app, db, 'admin'),
    viewer: await signedIn(app, db, 'viewer'),
    memberO1: await signedIn(app, db, 'member', 'o1'),
    memberO3: await signedIn(app, db, 'member', 'o3'),
  };
});
afterAll(async () => {
  await app.close();
  db.close();
});

const org = async (headers?: Record<string, string>) =>
  (await app.inject({ url: '/api/organizations/o1', headers })).json();

describe('confidential figures', () => {
  it('shows yearly measures and link values to analysts and admins', async () => {
    for (const h of [as.analyst, as.admin]) {
      const o = await org(h);
      expect(o.measures).toEqual([expect.objectContaining({ year: 2023, revenue: 12345 })]);
      expect(o.links.find((l: { id: string }) => l.id === 'l1').value).toBe(88);
      expect(o.restricted).toBeUndefined();
    }
  });

  it('withholds them from anonymous visitors and viewers, saying so', async () => {
    for (const h of [undefined, as.viewer]) {
      const o = await org(h);
      expect(o.name).toBe('深圳甲电子有限公司');
      expect(o.measures).toEqual([]);
      expect(o.restricted).toBe(true);
      expect(o.links.find((l: { id: string }) => l.id === 'l1')).not.toHaveProperty('value');
    }
  });

  it('shows a member its own figures, and the value of a link it is party to, nothing else', async () => {
    expect((await org(as.memberO1)).measures[0].revenue).toBe(12345);
    const seenByO3 = await org(as.memberO3);
    expect(seenByO3.measures).toEqual([]);
    expect(seenByO3.links.find((l: { id: string }) => l.id === 'l1').value).toBe(88);
  });
});

describe('writes', () => {
  const demand = { organization: 'o1', title: '多路阀' };
  const post = (headers?: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/demands', payload: demand, headers });

  it('refuses anonymous, viewer and member writes, and a write without the CSRF header', async () => {
    expect((await post()).json()).toMatchObject({ code: 'ATLAS_E_UNAUTHENTICATED' });
    expect((await post()).statusCode).toBe(401);
    expect((await post(as.viewer)).json()).toMatchObject({ code: 'ATLAS_E_FORBIDDEN' });
    expect((await post(as.memberO1)).statusCode).toBe(403);
    const { 'x-csrf-token': _csrf, ...noCsrf } = as.analyst;
    expect((await post(noCsrf)).json()).toMatchObject({ code: 'ATLAS_E_CSRF' });
    expect((await post({ ...as.analyst, 'x-csrf-token': 'forged' })).statusCode).toBe(403);
    expect((await post(as.analyst)).statusCode).toBe(201);
  });

  it('guards every write route of the API the same way', async () => {
    await app.ready();
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), url: p.replace(/\{[^}]+\}/g, 'x') })),
    );
    expect(writes.length).toBeGreaterThan(8);
    for (const w of writes) {
      if (w.url === '/api/session') continue; // signing in and out
      const anon = await app.inject({ method: w.method as 'POST', url: w.url, payload: {} });
      expect(anon.statusCode, `${w.method} ${w.url}`).toBe(401);
      const viewer = await app.inject({
        method: w.method as 'POST',
        url: w.url,
        payload: {},
        headers: as.viewer,
      });
      expect(viewer.statusCode, `${w.method} ${w.url}`).toBe(403);
    }
  });

  it('writes every write, allowed or refused, to the audit log, which only admins read', async () => {
    expect((await app.inject({ url: '/api/audit', headers: as.analyst })).statusCode).toBe(403);
    const log = (await app.inject({ url: '/api/audit?pageSize=500', headers: as.admin })).json();
    const rows = log.items as { actor: string; action: string; status: number }[];
    expect(
      rows.some(
        (r) => r.actor === 'test-analyst' && r.action === 'POST /api/demands' && r.status === 201,
      ),
    ).toBe(true);
    expect(rows.some((r) => r.actor === 'anonymous' && r.status === 401)).toBe(true);
    expect(JSON.stringify(log)).not.toContain('correct horse');
  });
});

describe('sessions', () => {
  it('signs in by name and password, says who is asking, signs out', async () => {
    expect((await app.inject({ url: '/api/session' })).json()).toEqual({
      role: 'viewer',
      user: null,
      organization: null,
      signedIn: false,
    });
    expect((await app.inject({ url: '/api/session', headers: as.memberO1 })).json()).toMatchObject({
      role: 'member',
      organization: 'o1',
      signedIn: true,
    });
    const bad = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'test-analyst', password: 'wrong password!' },
    });
    expect(bad.json()).toMatchObject({ code: 'ATLAS_E_LOGIN_FAILED' });
    const fresh = await signedIn(app, db, 'viewer');
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: fresh });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/session', headers: fresh })).json().signedIn).toBe(false);
  });

  it('sets the session cookie http-only and strict, and the CSRF cookie readable', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { name: 'test-analyst', password: 'correct horse battery staple' },
    });
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('atlas_session='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('atlas_session='))).toMatch(/SameSite=Strict/);
    expect(cookies.find((c) => c.startsWith('atlas_csrf='))).not.toMatch(/HttpOnly/);
  });

  it('ends an expired session', async () => {
    const h = await signedIn(app, db, 'analyst');
    await db.transaction((tx) =>
      tx.exec(`UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'`),
    );
    expect((await app.inject({ url: '/api/session', headers: h })).json().signedIn).toBe(false);
    for (const [k, role, o] of [
      ['analyst', 'analyst'],
      ['admin', 'admin'],
      ['viewer', 'viewer'],
      ['memberO1', 'member', 'o1'],
      ['memberO3', 'member', 'o3'],
    ] as const)
      as[k] = await signedIn(app, db, role, o);
  });

  it('turns a one-time sign-in link into an admin session, once', async () => {
    const token = await issueLoginToken(db);
    const first = await app.inject({ url: `/api/session/token?token=${token}` });
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/');
    const jar = ([] as string[])
      .concat(first.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(
      (await app.inject({ url: '/api/session', headers: { cookie: jar } })).json(),
    ).toMatchObject({
      role: 'admin',
      signedIn: true,
    });
    const again = await app.inject({ url: `/api/session/token?token=${token}` });
    expect(again.json()).toMatchObject({ code: 'ATLAS_E_LOGIN_FAILED' });
  });
});

describe('a server closed to anonymous visitors', () => {
  it('answers health and sign-in, refuses the rest with 401', async () => {
    const closed = await buildApp({ db, anonymous: 'none' });
    expect((await closed.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await closed.inject({ url: '/api/clusters' })).json()).toMatchObject({
      code: 'ATLAS_E_UNAUTHENTICATED',
    });
    expect((await closed.inject({ url: '/api/clusters', headers: as.viewer })).statusCode).toBe(
      200,
    );
    await closed.close();
  });
});
