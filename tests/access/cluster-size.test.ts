import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { disclosable } from '../../src/core/access/disclosure.ts';
import { Cluster } from '../../src/core/model/cluster.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';
import { signedIn } from '../api/fixture.ts';

/**
 * A cluster's size and growth, and the disclosure rule that guards it. Four
 * fictitious firms, figures chosen by hand:
 *   employees 2020: A 100, B 50, C 40          → 3 firms, A = 53% → shown
 *   employees 2021: A 1000, B 55, C 45, D 10   → A = 90% of 1,110 → withheld
 *   revenue   2020: A 500, B 300               → 2 firms          → withheld
 *   revenue   2021: A 550, B 330, C 200        → 3 firms, A = 51% → shown
 */
const manual = { source: 'test fixture', method: 'manual' as const };
const firm = (id: string, measures: object[]) =>
  Organization.parse({
    id,
    name: `测试企业${id}`,
    kind: 'enterprise',
    region: '430100',
    measures,
    provenance: manual,
  });

let db: Duck;
let app: FastifyInstance;
let as: Record<'viewer' | 'analyst' | 'memberA', Record<string, string>>;

beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await db.transaction(async (tx) => {
    await writeOrganizations(tx, [
      firm('A', [
        { year: 2020, employees: 100, revenue: 500 },
        { year: 2021, employees: 1000, revenue: 550 },
      ]),
      firm('B', [
        { year: 2020, employees: 50, revenue: 300 },
        { year: 2021, employees: 55, revenue: 330 },
      ]),
      firm('C', [
        { year: 2020, employees: 40 },
        { year: 2021, employees: 45, revenue: 200 },
      ]),
      firm('D', [{ year: 2021, employees: 10 }]),
    ]);
    await writeClusters(tx, [
      Cluster.parse({
        id: 'c-size',
        name: '测试规模集群',
        regions: ['430100'],
        members: ['A', 'B', 'C', 'D'].map((organization) => ({ organization })),
        provenance: manual,
      }),
    ]);
  });
  app = await buildApp({ db });
  as = {
    viewer: await signedIn(app, db, 'viewer'),
    analyst: await signedIn(app, db, 'analyst'),
    memberA: await signedIn(app, db, 'member', 'A'),
  };
});
afterAll(async () => {
  await app.close();
  db.close();
});

const size = async (headers?: Record<string, string>) => {
  const res = await app.inject({ url: '/api/clusters/c-size/size', headers });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('the disclosure rule', () => {
  it('needs three contributors and none over 85% of the sum', () => {
    expect(disclosable({ count: 2, sum: 10, max: 5 })).toBe(false);
    expect(disclosable({ count: 3, sum: 100, max: 85 })).toBe(true);
    expect(disclosable({ count: 3, sum: 100, max: 86 })).toBe(false);
  });
});

describe('GET /api/clusters/:id/size', () => {
  it('gives analysts every sum and both growth rates', async () => {
    const s = await size(as.analyst);
    expect(s.disclosure.applied).toBe(false);
    expect(s.years.map((y: { year: number }) => y.year)).toEqual([2020, 2021]);
    expect(s.years[0].employees).toEqual({
      sum: 190,
      organizations: 3,
      synthetic: 0,
      suppressed: false,
    });
    expect(s.years[1].employees.sum).toBe(1110);
    expect(s.years[0].revenue.sum).toBe(800);
    expect(s.growth.employees.from).toBe(2020);
    expect(s.growth.employees.to).toBe(2021);
    expect(s.growth.employees.total).toBeCloseTo(1110 / 190 - 1, 12);
    // D joined in 2021: the same three firms grew from 190 to 1,100.
    expect(s.growth.employees.samePanel).toBeCloseTo(1100 / 190 - 1, 12);
    expect(s.growth.employees.panel).toBe(3);
    expect(s.growth.revenue.total).toBeCloseTo(1080 / 800 - 1, 12);
    expect(s.growth.revenue.samePanel).toBeCloseTo(880 / 800 - 1, 12);
    expect(s.growth.output).toBeNull();
    expect(s.units.revenue).toContain('万元');
  });

  it('withholds from visitors, viewers and members the sums that would reveal a firm', async () => {
    for (const headers of [undefined, as.viewer, as.memberA]) {
      const s = await size(headers);
      expect(s.disclosure).toEqual({ minContributors: 3, dominance: 0.85, applied: true });
      expect(s.years[0].employees.sum).toBe(190);
      expect(s.years[1].employees).toEqual({
        sum: null,
        organizations: 4,
        synthetic: 0,
        suppressed: true,
      });
      expect(s.years[0].revenue).toMatchObject({ sum: null, organizations: 2, suppressed: true });
      expect(s.years[1].revenue.sum).toBe(1080);
      // A growth rate from a withheld sum would give the sum away.
      expect(s.growth.employees).toMatchObject({ total: null, samePanel: null, suppressed: true });
      expect(s.growth.revenue).toMatchObject({ total: null, suppressed: true });
      expect(JSON.stringify(s)).not.toContain('1110');
      expect(JSON.stringify(s)).not.toContain('"sum":800');
    }
  });

  it('answers 404 for an unknown cluster', async () => {
    const res = await app.inject({ url: '/api/clusters/nope/size' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ATLAS_E_NOT_FOUND');
  });
});
