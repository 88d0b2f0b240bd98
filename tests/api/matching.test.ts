import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { smallAtlas } from '../matching/fixture.ts';
import { signedIn } from './fixture.ts';

let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
beforeAll(async () => {
  db = await smallAtlas();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
});
afterAll(async () => {
  await app.close();
  db.close();
});

async function call(method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await app.inject({ method, url, payload, headers: analyst });
  return { status: res.statusCode, body: res.json() };
}

describe('matching API', () => {
  it('posts capabilities and a demand, ranks and records matches, moves an outcome', async () => {
    expect(
      (await call('POST', '/api/capabilities', { organization: 'S1', title: '多路阀' })).status,
    ).toBe(201);
    await call('POST', '/api/capabilities', { organization: 'S2', title: '液压油缸' });
    const rank = await call(
      'GET',
      `/api/matches/rank?q=${encodeURIComponent('液压多路阀')}&buyer=A`,
    );
    expect(rank.status).toBe(200);
    expect(rank.body.matches.map((m: { supplier: { id: string } }) => m.supplier.id)).toEqual([
      'S1',
      'S2',
    ]);
    expect(rank.body.matches[0].reasons[0]).toMatch(/^text: matches/);
    // The same reasons as data, line for line, for the web to say in the reader's language.
    const top = rank.body.matches[0];
    expect(top.why).toHaveLength(top.reasons.length);
    expect(top.why[0].part).toBe('text');
    expect(top.reasons[0]).toContain(top.why[0].terms.join('、'));
    expect(top.reasons[0]).toContain(`+${top.why[0].contribution.toFixed(3)}`);
    expect(top.why.reduce((s: number, r: { share: number }) => s + r.share, 0)).toBeCloseTo(1, 9);

    const demand = await call('POST', '/api/demands', {
      organization: 'A',
      title: '多路阀',
      cluster: 'K',
    });
    expect(demand.status).toBe(201);
    const rec = await call('POST', '/api/matches', { demand: demand.body.id, top: 1 });
    expect(rec.status).toBe(201);
    const matchId = rec.body.matches[0].matchId as string;
    const bad = await call('POST', `/api/matches/${matchId}`, { status: 'contract' });
    expect(bad).toMatchObject({ status: 409, body: { code: 'ATLAS_E_MATCH_TRANSITION' } });
    expect((await call('POST', `/api/matches/${matchId}`, { status: 'contacted' })).status).toBe(
      200,
    );
    const one = await call('GET', `/api/matches/${matchId}`);
    expect(one.body.events.map((e: { to_status: string }) => e.to_status)).toEqual([
      'proposed',
      'contacted',
    ]);
    const dash = await call('GET', '/api/matches/dashboard?period=year');
    expect(dash.body.totals).toMatchObject({ smesWithLeaders: 1, leaders: 1, matches: 1 });
  });

  it('shows matches to their parties only and lets a party record how it went', async () => {
    const s2 = await signedIn(app, db, 'member', 'S2');
    const f = await signedIn(app, db, 'member', 'F');
    const all = (await call('GET', '/api/matches')).body.items as {
      id: string;
      buyer: string;
      supplier: string;
      buyer_name: string;
      status: string;
    }[];
    expect(all.length).toBeGreaterThan(0);
    expect(all[0].buyer_name).toBe('主机甲');
    const m = all[0];
    const party = m.supplier === 'S2' ? s2 : await signedIn(app, db, 'member', m.supplier);
    const own = await app.inject({ url: '/api/matches', headers: party });
    expect(
      own
        .json()
        .items.every((x: { supplier: string; buyer: string }) =>
          [x.supplier, x.buyer].includes(m.supplier),
        ),
    ).toBe(true);
    expect((await app.inject({ url: '/api/matches', headers: f })).json()).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await app.inject({ url: `/api/matches/${m.id}`, headers: f })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/matches' })).statusCode).toBe(403);
    const outsider = await app.inject({
      method: 'POST',
      url: `/api/matches/${m.id}`,
      headers: f,
      payload: { status: 'declined' },
    });
    expect(outsider.statusCode).toBe(403);
    const next = m.status === 'proposed' ? 'contacted' : 'sample_trial';
    const moved = await app.inject({
      method: 'POST',
      url: `/api/matches/${m.id}`,
      headers: party,
      payload: { status: next },
    });
    expect(moved.json().status).toBe(next);
  });

  it('pages through demands, capabilities and matches: no overlap, the total, a 400 past the largest page', async () => {
    for (let k = 0; k < 7; k++) {
      const d = await call('POST', '/api/demands', { organization: 'A', title: `多路阀 ${k}` });
      await call('POST', '/api/capabilities', { organization: 'S1', title: `测试能力 ${k}` });
      if (k < 3) await call('POST', '/api/matches', { demand: d.body.id, top: 2 });
    }
    for (const list of ['/api/demands', '/api/capabilities', '/api/matches']) {
      const whole = (await call('GET', `${list}?pageSize=500`)).body;
      expect(whole.total, list).toBe(whole.items.length);
      expect(whole.total, list).toBeGreaterThan(2);
      const size = Math.ceil(whole.total / 3);
      const pages = [];
      for (let p = 1; p <= 3; p++) {
        const r = (await call('GET', `${list}?page=${p}&pageSize=${size}`)).body;
        expect(r).toMatchObject({ page: p, pageSize: size, total: whole.total });
        pages.push(...r.items.map((x: { id: string }) => x.id));
      }
      // Pages in order are the whole list in order: nothing twice, nothing missed.
      expect(pages, list).toEqual(whole.items.map((x: { id: string }) => x.id));
      const past = (await call('GET', `${list}?page=99&pageSize=${size}`)).body;
      expect(past).toMatchObject({ items: [], total: whole.total });
      const tooBig = await call('GET', `${list}?pageSize=501`);
      expect(tooBig.status, list).toBe(400);
      expect(tooBig.body).toMatchObject({ code: 'ATLAS_E_BAD_REQUEST' });
      expect(tooBig.body.details).toBeDefined();
    }
    // Filters and the total agree.
    const mine = (await call('GET', '/api/demands?organization=A&pageSize=2')).body;
    expect(mine.items).toHaveLength(2);
    expect(mine.total).toBeGreaterThanOrEqual(8);
  });

  it('enforces consent in the pool', async () => {
    const key = { cluster: 'K', leader: 'A', supplier: 'S2' };
    expect(
      (await call('POST', '/api/pool', { ...key, action: 'qualify', actor: 'A' })).status,
    ).toBe(200);
    const refused = await call('POST', '/api/pool', { ...key, action: 'share', actor: 'A' });
    expect(refused).toMatchObject({ status: 403, body: { code: 'ATLAS_E_POOL_CONSENT' } });
    await call('POST', '/api/pool', { ...key, action: 'consent', consent: 'granted', actor: 'S2' });
    await call('POST', '/api/pool', { ...key, action: 'share', actor: 'A' });
    const seen = await call('GET', '/api/pool?as=B');
    expect(seen.body.items).toMatchObject([{ supplier: 'S2', leader: 'A', peer: true }]);
    expect(seen.body.total).toBe(1);
    const none = (await call('GET', '/api/pool?as=C')).body;
    expect(none.items).toEqual([]);
    expect(none.total).toBe(0);
  });

  it('lists platforms and takes service requests', async () => {
    const p = await call('POST', '/api/services', {
      platform: { name: '检测中心', category: 'testing' },
    });
    expect(p.status).toBe(201);
    expect((await call('GET', '/api/services?category=testing')).body.items[0].name).toBe(
      '检测中心',
    );
    const none = await call('POST', '/api/services', { service: 'nope', requester: 'S1' });
    expect(none.status).toBe(404);
  });

  it('lets a member act in the pool for its own organisation only, and hides the pool from visitors', async () => {
    const { signedIn } = await import('./fixture.ts');
    const s2 = await signedIn(app, db, 'member', 'S2');
    const key = { cluster: 'K', leader: 'A', supplier: 'S2' };
    const own = await app.inject({
      method: 'POST',
      url: '/api/pool',
      headers: s2,
      payload: { ...key, action: 'consent', consent: 'withdrawn', actor: 'S2' },
    });
    expect(own.statusCode).toBe(200);
    const posing = await app.inject({
      method: 'POST',
      url: '/api/pool',
      headers: s2,
      payload: { ...key, action: 'share', actor: 'A' },
    });
    expect(posing.json()).toMatchObject({ code: 'ATLAS_E_FORBIDDEN' });
    expect((await app.inject({ url: '/api/pool?as=A', headers: s2 })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/pool?as=A' })).statusCode).toBe(403);
  });
});
