import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Organization } from '../../src/core/model/organization.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { fixtureStore } from './fixture.ts';

/** GET /api/data-quality on the hand-made fixture plus two look-alikes and a dangling link. */
let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  const manual = { source: 'test fixture', method: 'manual' as const };
  await db.transaction(async (tx) => {
    await writeOrganizations(tx, [
      Organization.parse({
        id: 'o6',
        name: '深圳甲电子有限公司 ',
        kind: 'enterprise',
        region: '440300',
        industries: ['3971'],
        coordinates: [114.05, 22.54],
        measures: [{ year: 2020, employees: 10 }],
        provenance: manual,
      }),
      Organization.parse({
        id: 'o7',
        name: '深圳甲电子',
        kind: 'enterprise',
        region: '440305',
        provenance: manual,
      }),
    ]);
    await tx.exec(
      `INSERT INTO links VALUES ('l1', 'o1', 'ghost', 'supply', NULL, NULL, NULL, false, true, '{}')`,
    );
  });
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

describe('data quality', () => {
  it('counts each flag as the records say, with examples', async () => {
    const q = (await app.inject({ url: '/api/data-quality' })).json();
    const count = Object.fromEntries(
      q.flags.map((f: { flag: string; count: number }) => [f.flag, f.count]),
    );
    expect(q.organizations).toBe(7);
    expect(q.newestMeasureYear).toBe(2023);
    expect(count).toEqual({
      no_region: 0,
      no_industry: 3, // o2, o5, o7
      no_coordinates: 6, // all but o6
      no_uscc: 5, // enterprises o1, o3, o4, o6, o7
      no_measures: 3, // o3, o4, o7
      stale_measures: 1, // o6: 2020, three years before 2023
      unverified: 1, // o5
      synthetic: 1, // o3
    });
    const synthetic = q.flags.find((f: { flag: string }) => f.flag === 'synthetic');
    expect(synthetic.examples).toEqual([{ id: 'o3', name: '合成企业一号' }]);
    expect(q.danglingLinks).toBe(1);
  });

  it('lists duplicate candidates: the same name, and the same name but the legal form', async () => {
    const q = (await app.inject({ url: '/api/data-quality' })).json();
    const groups = q.duplicates.map((d: { reason: string; organizations: { id: string }[] }) => [
      d.reason,
      d.organizations.map((o) => o.id).sort(),
    ]);
    expect(groups).toEqual([
      ['same_name', ['o1', 'o6']],
      ['same_name_but_legal_form', ['o1', 'o6', 'o7']],
    ]);
  });
});
