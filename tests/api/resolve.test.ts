import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from './fixture.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

const body = {
  left: [
    { id: 'L1', name: '中联重科股份有限公司', region: '430100' },
    { id: 'L2', name: '审计测试液压科技(长沙)有限公司' },
    { id: 'L3', name: '杭州银行股份有限公司', province: '浙江' },
  ],
  right: [
    { id: 'R1', name: '中联重科', province: '湖南' },
    { id: 'R2', name: '审计测试液压科技有限公司', region: '长沙市' },
    { id: 'R3', name: '宁波银行', province: '浙江' },
  ],
};

const post = (payload: unknown, headers: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/api/resolve', payload: payload as object, headers });

describe('POST /api/resolve', () => {
  it('answers an analyst with pairs, decisions and reasons, and writes nothing', async () => {
    const before = await db.all('SELECT count(*)::INT AS n FROM organizations');
    const res = await post(body, await signedIn(app, db));
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.pairs).toEqual([
      {
        leftId: 'L1',
        rightId: 'R1',
        score: 1,
        decision: 'match',
        reasons: ['same_name', 'same_province'],
      },
      {
        leftId: 'L2',
        rightId: 'R2',
        score: 1,
        decision: 'match',
        reasons: ['same_name', 'same_city'],
      },
    ]);
    expect(r.counts).toMatchObject({ left: 3, right: 3, match: 2, review: 0 });
    expect(await db.all('SELECT count(*)::INT AS n FROM organizations')).toEqual(before);
    const all = (await post({ ...body, all: true }, await signedIn(app, db))).json();
    expect(all.pairs.find((p: { leftId: string }) => p.leftId === 'L3')).toMatchObject({
      rightId: 'R3',
      decision: 'distinct',
    });
  });

  it('is for analysts only and checks its body', async () => {
    expect((await post(body, await signedIn(app, db, 'viewer'))).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'POST', url: '/api/resolve', payload: body })).statusCode,
    ).toBe(401);
    const analyst = await signedIn(app, db);
    const noName = await post({ left: [{ id: 'x' }], right: body.right }, analyst);
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ code: 'ATLAS_E_BAD_REQUEST' });
    const crossed = await post({ ...body, options: { matchAt: 0.5, reviewAt: 0.7 } }, analyst);
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json()).toMatchObject({ code: 'ATLAS_E_BAD_VALUE' });
  });
});
