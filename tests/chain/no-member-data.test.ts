import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { defaultApp } from '../api/fixture.ts';
import { addEmptyNationalCluster, EMPTY_NATIONAL } from '../fixtures/empty-cluster.ts';

/** A cluster with no member data gets no chain gaps and no firms to attract: nothing is judged from nothing. */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
  await addEmptyNationalCluster(db);
}, 60_000);
afterAll(async () => close?.());

const get = async (url: string) => {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('chain gaps and targets of a cluster without members', () => {
  it('answer no gap and no target, and say why, instead of every node missing', async () => {
    const gaps = await get(`/api/gaps?cluster=${EMPTY_NATIONAL}&chain=construction-machinery`);
    expect(gaps.gaps).toEqual([]);
    expect(gaps.warnings).toContainEqual(
      expect.objectContaining({
        code: 'ATLAS_W_NO_MEMBER_DATA',
        details: { clusters: [EMPTY_NATIONAL] },
      }),
    );
    const targets = await get(
      `/api/targets?cluster=${EMPTY_NATIONAL}&chain=construction-machinery`,
    );
    expect(targets.nodes).toEqual([]);
    expect(targets.warnings.map((w: { code: string }) => w.code)).toEqual([
      'ATLAS_W_NO_MEMBER_DATA',
    ]);
  });

  it('a cluster with members still has its gaps judged', async () => {
    const gaps = await get(
      '/api/gaps?cluster=national-changsha-construction-machinery&chain=construction-machinery',
    );
    expect(gaps.warnings.map((w: { code: string }) => w.code)).not.toContain(
      'ATLAS_W_NO_MEMBER_DATA',
    );
    expect(Array.isArray(gaps.gaps)).toBe(true);
  });
});
