import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Organization } from '../../src/core/model/organization.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { fixtureStore, signedIn } from './fixture.ts';

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

  it('records a reviewed group as “not a duplicate”, hides it, shows it on request, takes it back', async () => {
    const groups = async (reviewed = 'exclude') =>
      (await app.inject({ url: `/api/data-quality?reviewed=${reviewed}` })).json() as {
        duplicates: {
          reason: string;
          organizations: { id: string }[];
          reviewed?: { by: string };
        }[];
        reviewedHidden: number;
      };
    const url = '/api/data-quality/distinct';
    const decide = (organizations: string[], headers?: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url,
        payload: { organizations, note: '两家不同企业' },
        headers,
      });
    expect((await decide(['o1', 'o6', 'o7'])).statusCode).toBe(401);
    expect((await decide(['o1', 'o6', 'o7'], await signedIn(app, db, 'viewer'))).statusCode).toBe(
      403,
    );
    // A member, even of one of the firms, may not judge the registry.
    const member = await decide(['o1', 'o6', 'o7'], await signedIn(app, db, 'member', 'o1'));
    expect(member.statusCode).toBe(403);
    expect(member.json()).toMatchObject({ code: 'ATLAS_E_FORBIDDEN' });
    const analyst = await signedIn(app, db);
    // Without the CSRF header the session is not enough.
    const noCsrf = await decide(['o1', 'o6', 'o7'], { cookie: analyst.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'ATLAS_E_CSRF' });
    expect(await db.all('SELECT a FROM reviewed_pairs')).toEqual([]);
    expect((await decide(['o1', 'o1'], analyst)).json()).toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    const unknown = await decide(['o1', 'nobody'], analyst);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
      details: { organizations: ['nobody'] },
    });
    expect((await decide(['o1'], analyst)).json()).toMatchObject({ code: 'ATLAS_E_BAD_REQUEST' });

    const made = await decide(['o7', 'o1', 'o6'], analyst);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toEqual({ organizations: ['o1', 'o6', 'o7'], pairs: 3 });
    // Every pair of both groups is decided: both leave the review.
    expect(await groups()).toMatchObject({ duplicates: [], reviewedHidden: 2 });
    const all = await groups('include');
    expect(all.duplicates).toHaveLength(2);
    expect(all.duplicates.every((d) => d.reviewed?.by === 'test-analyst')).toBe(true);
    expect(all.duplicates[0].reviewed).toMatchObject({
      decision: 'distinct',
      note: '两家不同企业',
    });
    expect(await db.all('SELECT a, b, decision FROM reviewed_pairs ORDER BY a, b')).toEqual([
      { a: 'o1', b: 'o6', decision: 'distinct' },
      { a: 'o1', b: 'o7', decision: 'distinct' },
      { a: 'o6', b: 'o7', decision: 'distinct' },
    ]);

    // Taking back o1–o6 reopens both groups (each holds that pair).
    const undo = await app.inject({
      method: 'DELETE',
      url: `${url}?organizations=o1&organizations=o6`,
      headers: analyst,
    });
    expect(undo.json()).toEqual({ organizations: ['o1', 'o6'], pairs: 1 });
    expect((await groups()).duplicates.map((d) => d.reason)).toEqual([
      'same_name',
      'same_name_but_legal_form',
    ]);
    expect((await groups()).reviewedHidden).toBe(0);
    const undoUnknown = await app.inject({
      method: 'DELETE',
      url: `${url}?organizations=o6&organizations=nobody`,
      headers: analyst,
    });
    expect(undoUnknown.statusCode).toBe(404);
    const viewerUndo = await app.inject({
      method: 'DELETE',
      url: `${url}?organizations=o6&organizations=o7`,
      headers: await signedIn(app, db, 'viewer'),
    });
    expect(viewerUndo.statusCode).toBe(403);

    // The audit log says who decided and took back what, and which records.
    const log = (
      await app.inject({
        url: '/api/audit?pageSize=500',
        headers: await signedIn(app, db, 'admin'),
      })
    ).json() as {
      items: { actor: string; action: string; status: number; details: unknown }[];
    };
    const mine = log.items.filter(
      (r) => r.actor === 'test-analyst' && r.action.endsWith(' /api/data-quality/distinct'),
    );
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'POST /api/data-quality/distinct',
          status: 201,
          details: { decision: 'distinct', organizations: ['o7', 'o1', 'o6'] },
        }),
        expect.objectContaining({
          action: 'DELETE /api/data-quality/distinct',
          status: 200,
          details: { undo: 'distinct', organizations: ['o1', 'o6'] },
        }),
      ]),
    );
  });

  it('merges a duplicate: its rows move, its gaps are filled, it is gone; only analysts may', async () => {
    // o6 has coordinates and measures o1 lacks; o1 is in cluster c-shenzhen.
    await db.transaction(async (tx) => {
      await tx.exec(
        `INSERT INTO links VALUES ('l2', 'o6', 'o4', 'supply', '材料', 5, 2024, false, true, '{}'),
                                ('l3', 'o1', 'o6', 'collaboration', NULL, NULL, NULL, false, true, '{}')`,
      );
      await tx.exec(
        `INSERT INTO cluster_members (cluster, organization, role) VALUES ('c-delta', 'o6', NULL)`,
      );
    });
    const url = '/api/organizations/o1/merge';
    expect((await app.inject({ method: 'POST', url, payload: { from: 'o6' } })).statusCode).toBe(
      401,
    );
    const analyst = await signedIn(app, db);
    const res = await app.inject({
      method: 'POST',
      url,
      payload: { from: 'o6' },
      headers: analyst,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ into: 'o1', from: 'o6', droppedLinks: 1 });
    expect(await db.one(`SELECT count(*) AS n FROM organizations WHERE id = 'o6'`)).toEqual({
      n: 0,
    });
    const o1 = await db.one(`SELECT lon, lat FROM organizations WHERE id = 'o1'`);
    expect(o1).toEqual({ lon: 114.05, lat: 22.54 });
    const links = await db.all(
      `SELECT id, source, target FROM links WHERE id IN ('l2', 'l3') ORDER BY id`,
    );
    expect(links).toEqual([{ id: 'l2', source: 'o1', target: 'o4' }]);
    const clusters = await db.all(
      `SELECT cluster FROM cluster_members WHERE organization = 'o1' ORDER BY cluster`,
    );
    expect(clusters.map((r) => r.cluster)).toEqual(['c-delta', 'c-shenzhen']);
    const years = await db.all(`SELECT year FROM measures WHERE organization = 'o1' ORDER BY year`);
    expect(years.map((r) => r.year)).toEqual([2020, 2023]);
    // The same-name group is gone from review.
    const q = (await app.inject({ url: '/api/data-quality' })).json();
    expect(q.duplicates.some((d: { reason: string }) => d.reason === 'same_name')).toBe(false);
    const again = await app.inject({
      method: 'POST',
      url,
      payload: { from: 'o6' },
      headers: analyst,
    });
    expect(again.statusCode).toBe(404);
    // o6–o7 passes to o1 as o1–o7, which o1 already has: one row stays (store test: every case).
    const pairs = await db.all('SELECT a, b, decided_by FROM reviewed_pairs ORDER BY a, b');
    expect(pairs).toEqual([{ a: 'o1', b: 'o7', decided_by: 'test-analyst' }]);
    // The remaining candidate o1–o7 is judged distinct: it is reviewed, not offered.
    const after = (await app.inject({ url: '/api/data-quality' })).json();
    expect(after).toMatchObject({ duplicates: [], reviewedHidden: 1 });
    const log = (
      await app.inject({
        url: '/api/audit?pageSize=500',
        headers: await signedIn(app, db, 'admin'),
      })
    ).json() as { items: { action: string; status: number; details: unknown }[] };
    expect(log.items).toContainEqual(
      expect.objectContaining({
        action: 'POST /api/organizations/:id/merge',
        status: 200,
        details: { from: 'o6' },
      }),
    );
  });
});
