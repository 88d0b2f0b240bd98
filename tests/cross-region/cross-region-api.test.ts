import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrossRegionProfile, WorkItem, WorkPlan } from '../../src/contract/cross-region.ts';
import { defaultApp, signedIn } from '../api/fixture.ts';

/**
 * The 成渝 electronics cluster by its sides, on the default data and the
 * synthetic set, through the API: Sichuan and Chongqing apart, the ties
 * across the border, and the joint work plan both sides see.
 */
let env: Awaited<ReturnType<typeof defaultApp>>;
const ID = 'national-chengyu-electronics';
beforeAll(async () => {
  env = await defaultApp();
  // A matchmaking match between a Chengdu supplier and a Chongqing buyer, both members.
  const pick = async (province: string) =>
    String(
      (
        await env.db.one(
          `SELECT o.id FROM cluster_members m JOIN organizations o ON o.id = m.organization
           WHERE m.cluster = $c AND o.province = $p AND o.kind = 'enterprise' ORDER BY o.id LIMIT 1`,
          { c: ID, p: province },
        )
      )?.id,
    );
  const [supplier, buyer] = [await pick('510000'), await pick('500000')];
  await env.db.transaction((tx) =>
    tx.exec(
      `INSERT INTO matches VALUES ('m-test-1', NULL, NULL, $buyer, $supplier, 0.8, '[]', 'proposed',
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      { buyer, supplier },
    ),
  );
}, 120_000);
afterAll(async () => env?.close());

const get = async <T>(url: string, headers: Record<string, string> = {}) => {
  const r = await env.app.inject({ method: 'GET', url, headers });
  return { status: r.statusCode, body: r.json() as T };
};

describe('cross-province cluster', () => {
  it('shows Sichuan and Chongqing apart, each with its cities, members and size', async () => {
    const { status, body } = await get<CrossRegionProfile>(`/api/clusters/${ID}/cross-region`);
    expect(status).toBe(200);
    expect(body.crossProvince).toBe(true);
    expect(body.provinces.map((p) => [p.code, p.nameZh])).toEqual([
      ['500000', '重庆市'],
      ['510000', '四川省'],
    ]);
    const sc = body.provinces[1]!;
    expect(sc.cities.map((c) => c.code)).toEqual(expect.arrayContaining(['510100', '510700']));
    expect(sc.members).toBe(sc.cities.reduce((s, c) => s + c.members, 0));
    const total = body.provinces.reduce((s, p) => s + p.members, 0) + body.unplaced;
    const cluster = (await get<{ memberCount: number }>(`/api/clusters/${ID}`)).body;
    expect(total).toBe(cluster.memberCount);
    for (const p of body.provinces)
      for (const f of p.figures) expect(f.unit).toMatch(/persons|yuan/);
    // The synthetic set is summed here: the answer says how much of it.
    expect(body.synthetic.syntheticOrganizations).toBe(
      body.provinces.reduce((s, p) => s + p.synthetic, 0),
    );
    expect(body.warnings.map((w) => w.code)).toContain('ATLAS_W_SYNTHETIC_INCLUDED');
  });

  it('counts and lists the ties across the border, matches included', async () => {
    const { body } = await get<CrossRegionProfile>(`/api/clusters/${ID}/cross-region`);
    const supply = body.ties.counts.find((c) => c.type === 'supply')!;
    expect(supply.across).toBeGreaterThan(0);
    const across = body.ties.counts.reduce((s, c) => s + c.across, 0);
    expect(body.ties.across).toHaveLength(across);
    for (const t of body.ties.across) expect(t.from.province).not.toBe(t.to.province);
    const match = body.ties.across.find((t) => t.type === 'match');
    expect(match).toMatchObject({
      id: 'm-test-1',
      from: { province: '510000' },
      to: { province: '500000' },
    });
    // A tie within a side is counted on that side.
    const within = body.ties.counts.reduce((s, c) => s + c.within, 0);
    expect(body.provinces.reduce((s, p) => s + p.tiesWithin, 0)).toBe(within);
  });

  it('names the chain nodes both sides would attract, each with both sides', async () => {
    const { body } = await get<CrossRegionProfile>(`/api/clusters/${ID}/cross-region`);
    expect(body.template?.id).toBeTruthy();
    expect(body.duplicated.length).toBeGreaterThan(0);
    // Each side's own chain: completeness and coverage as shares.
    for (const p of body.provinces) {
      expect(p.chain?.completeness).toBeGreaterThanOrEqual(0);
      expect(p.chain?.completeness).toBeLessThanOrEqual(1);
    }
    for (const d of body.duplicated) {
      expect(d.sides.map((s) => s.province)).toEqual(['500000', '510000']);
      expect(d.sides.filter((s) => s.gap !== null || s.actions.length > 0).length).toBe(2);
    }
  });

  it('keeps a joint work plan both sides see; analysts edit it, visitors may not', async () => {
    const analyst = await signedIn(env.app, env.db, 'analyst');
    const post = (payload: Record<string, unknown>, headers: Record<string, string>) =>
      env.app.inject({ method: 'POST', url: `/api/clusters/${ID}/work-plan`, payload, headers });
    const item = {
      kind: 'target',
      title: '共同引进玻璃基板项目',
      node: 'glass-substrate',
      leadProvince: '510000',
    };
    expect((await post(item, {})).statusCode).toBe(401);
    const created = await post(item, analyst);
    expect(created.statusCode).toBe(200);
    const w = created.json() as WorkItem;
    expect(w).toMatchObject({
      state: 'planned',
      leadProvince: '510000',
      createdBy: 'test-analyst',
    });
    // A lead that is not a side of the cluster is refused, naming the field; nothing is written.
    const bad = await post({ ...item, leadProvince: '440000' }, analyst);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('leadProvince');
    const moved = await env.app.inject({
      method: 'PATCH',
      url: `/api/work-plan/${w.id}`,
      payload: { state: 'in_progress', leadProvince: 'joint' },
      headers: analyst,
    });
    expect(moved.json()).toMatchObject({ state: 'in_progress', leadProvince: 'joint' });
    const plan = (await get<WorkPlan>(`/api/clusters/${ID}/work-plan`)).body;
    expect(plan.leads.map((l) => l.code)).toEqual(['500000', '510000', 'joint']);
    expect(plan.items.map((i) => i.id)).toEqual([w.id]);
    const gone = await env.app.inject({
      method: 'DELETE',
      url: `/api/work-plan/${w.id}`,
      headers: analyst,
    });
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toEqual({ deleted: w.id });
    expect((await get<WorkPlan>(`/api/clusters/${ID}/work-plan`)).body.items).toEqual([]);
  });
});
