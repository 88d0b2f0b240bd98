import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { smallAtlas } from '../matching/fixture.ts';
import { defaultApp, signedIn } from './fixture.ts';

/** Public service platforms: who requests, who answers, who sees (hand-made atlas). */
let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await smallAtlas();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

const send = async (
  headers: Record<string, string>,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) => {
  const res = await app.inject({ method, url, payload, headers });
  return { status: res.statusCode, body: res.json() };
};

describe('service requests', () => {
  it('a member requests for itself, the platform answers, each sees only its own', async () => {
    const analyst = await signedIn(app, db, 'analyst');
    const s1 = await signedIn(app, db, 'member', 'S1');
    const s2 = await signedIn(app, db, 'member', 'S2');
    const f = await signedIn(app, db, 'member', 'F');
    // Only analysts add platforms; F runs this one.
    const denied = await send(s1, 'POST', '/api/services', {
      platform: { name: '液压检测中心', category: 'testing', organization: 'F' },
    });
    expect(denied.body.code).toBe('ATLAS_E_FORBIDDEN');
    const p = await send(analyst, 'POST', '/api/services', {
      platform: { name: '液压检测中心', category: 'testing', organization: 'F' },
      services: [{ name: '多路阀耐久试验' }],
    });
    expect(p.status).toBe(201);
    const service = p.body.services[0].id as string;
    expect(p.body.services[0].category).toBe('testing');

    // S1 asks for itself, not in S2's name.
    const posing = await send(s1, 'POST', '/api/services', { service, requester: 'S2' });
    expect(posing.body.code).toBe('ATLAS_E_FORBIDDEN');
    const req1 = await send(s1, 'POST', '/api/services', {
      service,
      requester: 'S1',
      message: '样件 3 件',
    });
    expect(req1).toMatchObject({ status: 201, body: { status: 'requested' } });
    const r1 = req1.body.id as string;
    await send(s2, 'POST', '/api/services', { service, requester: 'S2' });

    // Each member sees its own; the platform sees both; visitors none.
    const mine = await send(s1, 'GET', '/api/services/requests');
    expect(mine.body.items.map((r: { requester: string }) => r.requester)).toEqual(['S1']);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({
      service_name: '多路阀耐久试验',
      requester_name: '阀甲精工',
    });
    expect((await send(f, 'GET', '/api/services/requests')).body.items).toHaveLength(2);
    // One page at a time, newest first: the second page holds the first request.
    const second = await send(f, 'GET', '/api/services/requests?page=2&pageSize=1');
    expect(second.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.body.items.map((r: { id: string }) => r.id)).toEqual([r1]);
    expect((await send(s2, 'GET', `/api/services/requests/${r1}`)).status).toBe(403);
    expect((await app.inject({ url: '/api/services/requests' })).statusCode).toBe(403);

    // Only the platform (or an analyst) answers, along requested → accepted → done.
    const notYours = await send(s1, 'POST', `/api/services/requests/${r1}`, {
      status: 'accepted',
    });
    expect(notYours.body.code).toBe('ATLAS_E_FORBIDDEN');
    expect(
      (await send(f, 'POST', `/api/services/requests/${r1}`, { status: 'accepted' })).body.status,
    ).toBe('accepted');
    const done = await send(f, 'POST', `/api/services/requests/${r1}`, {
      status: 'done',
      answer: '报告已出',
    });
    expect(done.body).toMatchObject({ status: 'done', answer: '报告已出' });
    const again = await send(f, 'POST', `/api/services/requests/${r1}`, { status: 'declined' });
    expect(again.body.code).toBe('ATLAS_E_BAD_VALUE');
    const doneOnly = await send(analyst, 'GET', '/api/services/requests?status=done');
    expect(doneOnly.body.items.map((r: { id: string }) => r.id)).toEqual([r1]);
  });
});

describe('the derived platform catalogue (default data)', () => {
  it('lists the service providers whose name says what they offer, marked inferred and synthetic', async () => {
    const d = await defaultApp();
    try {
      const answer = (await d.app.inject({ url: '/api/services?pageSize=500' })).json();
      const all = answer.items;
      expect(answer.total).toBe(all.length);
      expect(all.length).toBeGreaterThan(10);
      // A page holds each of its platforms' own services, as the whole list does.
      const second = (await d.app.inject({ url: '/api/services?page=2&pageSize=5' })).json();
      expect(second).toMatchObject({ page: 2, pageSize: 5, total: answer.total });
      expect(second.items).toEqual(all.slice(5, 10));
      const testing = all.filter((p: { category: string }) => p.category === 'testing');
      expect(testing.length).toBeGreaterThan(0);
      for (const p of testing) {
        expect(p.name).toMatch(/检验|检测|计量|测试/);
        expect(p.provenance).toMatchObject({ method: 'inferred', verified: false });
        expect(p.services).toHaveLength(1);
        expect(p.synthetic).toBe(p.name.startsWith('【合成】'));
      }
      // The innovation centre of seed 002 offers pilot production.
      const mic = all.find(
        (p: { organization: string }) => p.organization === 'org-future-comm-devices-mic',
      );
      expect(mic).toMatchObject({ category: 'pilot', synthetic: false });
      // Logistics firms are not public service platforms.
      expect(all.some((p: { name: string }) => /物流运输/.test(p.name))).toBe(false);
    } finally {
      await d.close();
    }
  });
});
