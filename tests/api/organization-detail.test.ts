import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Link } from '../../src/core/model/link.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeLinks } from '../../src/store/links.ts';
import { fixtureStore } from './fixture.ts';

/** GET /api/organizations/:id — one organisation with measures, links both ways and clusters. */
let db: Duck;
let app: FastifyInstance;
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
          product: '<b>芯片</b>',
          value: 88,
          year: 2023,
          provenance: manual,
        },
        {
          id: 'l2',
          from: 'o1',
          to: 'o2',
          type: 'collaboration',
          product: '联合实验室',
          provenance: manual,
        },
        {
          id: 'l3',
          from: 'o1',
          to: 'o3',
          type: 'supply',
          product: '电路板',
          value: 12.5,
          year: 2023,
          provenance: { source: 'atlas generate', method: 'synthetic', synthetic: true },
        },
      ].map((l) => Link.parse(l)),
    ),
  );
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

describe('GET /api/organizations/:id', () => {
  it('answers public fields, clusters with roles, and links seen from the organisation', async () => {
    const res = await app.inject({ url: '/api/organizations/o1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: 'o1', name: '深圳甲电子有限公司', kind: 'enterprise' });
    expect(body.clusters).toEqual([
      {
        id: 'c-shenzhen',
        name: '深圳测试信息通信集群',
        nameEn: 'Shenzhen test ICT cluster',
        role: 'chain_leader',
      },
    ]);
    const byId = Object.fromEntries(body.links.map((l: { id: string }) => [l.id, l]));
    expect(byId.l1).toMatchObject({
      direction: 'in',
      type: 'supply',
      other: 'o3',
      product: '<b>芯片</b>',
    });
    expect(byId.l2).toMatchObject({
      direction: 'out',
      type: 'collaboration',
      other: 'o2',
      otherName: '深圳乙大学',
    });
  });

  it('gives a link value its unit where the data say it, and none where they do not', async () => {
    const { signedIn } = await import('./fixture.ts');
    const analyst = await signedIn(app, db, 'analyst');
    const body = (await app.inject({ url: '/api/organizations/o1', headers: analyst })).json();
    const byId = Object.fromEntries(body.links.map((l: { id: string }) => [l.id, l]));
    // A generated supply link carries a share of the supplier's revenue, stored in 万元.
    expect(byId.l3).toMatchObject({ value: 12.5, valueUnit: 'yuan10k' });
    // An imported or entered value has no unit in its data: none is invented.
    expect(byId.l1).toMatchObject({ value: 88, valueUnit: null });
    expect(byId.l2).toMatchObject({ valueUnit: null });
    // A visitor is not shown the value, and is still told its unit.
    const visitor = (await app.inject({ url: '/api/organizations/o1' })).json();
    const seen = visitor.links.find((l: { id: string }) => l.id === 'l3');
    expect(seen.value).toBeUndefined();
    expect(seen.valueUnit).toBe('yuan10k');
  });

  it('answers 404 with the error body for an unknown id', async () => {
    const res = await app.inject({ url: '/api/organizations/nobody' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'ATLAS_E_NOT_FOUND', details: { id: 'nobody' } });
  });

  it('keeps an id with SQL in it a plain value', async () => {
    const res = await app.inject({
      url: `/api/organizations/${encodeURIComponent("o1' OR '1'='1")}`,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('PATCH /api/organizations/:id', () => {
  it('lets an analyst correct a record, keeps its measures, and marks the edit as manual', async () => {
    const { signedIn } = await import('./fixture.ts');
    const analyst = await signedIn(app, db, 'analyst');
    const res = await app.inject({
      method: 'PATCH',
      url: '/api/organizations/o1',
      headers: analyst,
      payload: { address: '深圳市南山区科技园', tags: ['chain_leader', 'listed', 'high_tech'] },
    });
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o.address).toBe('深圳市南山区科技园');
    expect(o.tags).toContain('high_tech');
    expect(o.provenance).toMatchObject({ method: 'manual', source: 'edited by test-analyst' });
    expect(o.measures[0].revenue).toBe(12345);
  });

  it('refuses a bad USCC, an unknown region, an empty edit and a viewer; writes nothing then', async () => {
    const { signedIn } = await import('./fixture.ts');
    const analyst = await signedIn(app, db, 'analyst');
    const patch = (payload: object, headers = analyst) =>
      app.inject({ method: 'PATCH', url: '/api/organizations/o1', headers, payload });
    expect((await patch({ uscc: '91430100MA4L00000X' })).json()).toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    expect((await patch({ region: '999999' })).json()).toMatchObject({ code: 'ATLAS_E_BAD_VALUE' });
    expect((await patch({})).statusCode).toBe(400);
    expect((await patch({ name: 'x' }, await signedIn(app, db, 'viewer'))).statusCode).toBe(403);
    const o = (await app.inject({ url: '/api/organizations/o1', headers: analyst })).json();
    expect(o.name).toBe('深圳甲电子有限公司');
    expect(o.uscc).toBeNull();
  });
});
