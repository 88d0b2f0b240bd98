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
