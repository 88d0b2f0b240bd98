import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { defaultApp, signedIn } from './fixture.ts';

/** Micro-clusters on the default data (its collaboration topics are synthetic). */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
}, 60_000);
afterAll(async () => close?.());

const CS = 'national-changsha-construction-machinery';

describe('micro-clusters', () => {
  it('proposes groups around shared topics and choke-point nodes, firms and research together', async () => {
    const r = (
      await app.inject({ url: `/api/clusters/${CS}/micro-clusters?chain=construction-machinery` })
    ).json();
    expect(r.proposals.length).toBeGreaterThan(0);
    const topic = r.proposals.find((p: { kind: string }) => p.kind === 'topic');
    expect(topic.firms).toBeGreaterThan(0);
    // The multi-way valve node (a choke point) gathers its firms and their research partners.
    const valve = r.proposals.find((p: { problem: string }) =>
      p.problem.endsWith('/multi-way-valve'),
    );
    expect(valve).toMatchObject({ kind: 'chain_node', label: '多路阀' });
    expect(valve.research).toBeGreaterThan(0);
    // Every member of a topic group collaborates on that topic in the store.
    for (const m of topic.members) {
      const n = await db.one(
        `SELECT count(*) AS n FROM links WHERE type = 'collaboration' AND product = $topic
           AND (source = $id OR target = $id)`,
        { id: m.id, topic: topic.label },
      );
      expect(Number(n!.n)).toBeGreaterThan(0);
    }
    const scores = r.proposals.map((p: { score: number }) => p.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
  });

  it('an analyst starts one from a proposal and logs it; the problem is no longer proposed', async () => {
    const analyst = await signedIn(app, db);
    const before = (await app.inject({ url: `/api/clusters/${CS}/micro-clusters` })).json();
    const p = before.proposals[0];
    const body = {
      cluster: CS,
      problem: p.problem,
      problemKind: p.kind,
      label: p.label,
      members: p.members.map((m: { id: string }) => m.id),
    };
    expect(
      (await app.inject({ method: 'POST', url: '/api/micro-clusters', payload: body })).statusCode,
    ).toBe(401);
    const created = await app.inject({
      method: 'POST',
      url: '/api/micro-clusters',
      payload: body,
      headers: analyst,
    });
    expect(created.statusCode).toBe(201);
    const mc = created.json();
    expect(mc).toMatchObject({ state: 'active', events: [{ kind: 'created' }] });
    expect(Object.keys(mc.names).length).toBe(body.members.length);
    const twice = await app.inject({
      method: 'POST',
      url: '/api/micro-clusters',
      payload: body,
      headers: analyst,
    });
    expect(twice.json().code).toBe('ATLAS_E_BAD_VALUE');

    const log = (payload: object) =>
      app.inject({
        method: 'POST',
        url: `/api/micro-clusters/${mc.id}`,
        payload,
        headers: analyst,
      });
    expect((await log({ kind: 'meeting', note: '首次对接会' })).statusCode).toBe(200);
    const joined = (await log({ kind: 'member_joined', organization: 'org-sany' })).json();
    expect(joined.members).toContain('org-sany');
    expect((await log({ kind: 'member_joined', organization: 'nobody' })).statusCode).toBe(404);
    expect((await log({ kind: 'closed' })).json().state).toBe('closed');
    expect((await log({ kind: 'meeting' })).json().code).toBe('ATLAS_E_BAD_VALUE');
    const after = (await app.inject({ url: `/api/clusters/${CS}/micro-clusters` })).json();
    // The groups are their own list, one page at a time.
    const groups = (
      await app.inject({ url: `/api/micro-clusters?cluster=${CS}&pageSize=500` })
    ).json();
    expect(groups.items.map((g: { id: string }) => g.id)).toContain(mc.id);
    // Closed: its problem may be proposed again.
    expect(after.taken).not.toContain(p.problem);
    const events = (await app.inject({ url: `/api/micro-clusters/${mc.id}` })).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'meeting',
      'member_joined',
      'closed',
    ]);
  });
});
