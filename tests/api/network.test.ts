import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { addEmptyNationalCluster, EMPTY_NATIONAL } from '../fixtures/empty-cluster.ts';
import { defaultApp, signedIn } from './fixture.ts';

/** GET /api/clusters/:id/network on the default data (its links are synthetic). */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
  await addEmptyNationalCluster(db);
}, 60_000);
afterAll(async () => close?.());

const get = async (id: string, headers?: Record<string, string>) =>
  (await app.inject({ url: `/api/clusters/${id}/network`, headers })).json();

describe('cluster network diagnostics', () => {
  it('judges one cluster networked and another gathered but not networked, with the figures behind', async () => {
    const changsha = await get('national-changsha-construction-machinery');
    expect(changsha.status).toBe('judged');
    expect(changsha.index.verdict).toBe('networked');
    expect(changsha.index.linkedFirmShare).toBeGreaterThanOrEqual(0.5);
    const tangshan = await get('cluster-tangshan-steel');
    expect(tangshan.index.verdict).toBe('gathered_not_networked');
    expect(tangshan.index.checks.some((c: { passed: boolean }) => !c.passed)).toBe(true);
  });

  it('draws members and partners; every edge joins two drawn nodes', async () => {
    const n = await get('national-changsha-construction-machinery');
    // PageRank over the drawn ties sums to 1; communities are numbered from 0.
    expect(n.nodes.reduce((a: number, x: { pagerank: number }) => a + x.pagerank, 0)).toBeCloseTo(
      1,
      9,
    );
    expect(Math.max(...n.nodes.map((x: { community: number }) => x.community))).toBe(
      n.communities - 1,
    );
    // 产学研: research institutions with their firm partners, most first.
    const partners = n.research.map((r: { firmPartners: number }) => r.firmPartners);
    for (let i = 1; i < partners.length; i++)
      expect(partners[i]).toBeLessThanOrEqual(partners[i - 1]);
    expect(
      n.research.every((r: { kind: string }) =>
        ['university', 'institute', 'platform'].includes(r.kind),
      ),
    ).toBe(true);
    const ids = new Set(n.nodes.map((x: { id: string }) => x.id));
    expect(n.nodes.filter((x: { member: boolean }) => x.member).length).toBe(n.index.members);
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('hides supply-link values from visitors, shows them to analysts', async () => {
    const visitor = await get('national-changsha-construction-machinery');
    const analyst = await get('national-changsha-construction-machinery', await signedIn(app, db));
    const valued = (x: { edges: { value: number | null }[] }) =>
      x.edges.filter((e) => e.value !== null).length;
    expect(valued(analyst)).toBeGreaterThan(0);
    expect(valued(visitor)).toBe(0);
  });

  it('counts each chain leader’s suppliers tier by tier and ranks the suppliers members depend on', async () => {
    const n = await get('national-changsha-construction-machinery');
    const leaders = await db.all(
      `SELECT o.id FROM cluster_members m JOIN organizations o ON o.id = m.organization
       WHERE m.cluster = 'national-changsha-construction-machinery' AND list_contains(o.tags, 'chain_leader')
       ORDER BY o.id`,
    );
    expect(n.leaderTiers.map((l: { leader: string }) => l.leader).sort()).toEqual(
      leaders.map((r) => String(r.id)),
    );
    // Tier 1 is the leader's distinct direct suppliers, counted in the store.
    for (const l of n.leaderTiers) {
      const direct = await db.one(
        `SELECT count(DISTINCT source) AS k FROM links WHERE type = 'supply' AND target = $id AND source <> $id`,
        { id: l.leader },
      );
      expect(l.tiers[0]).toBe(Number(direct!.k));
      expect(l.tiers).toHaveLength(3);
    }
    expect(n.leaderTiers.some((l: { tiers: number[] }) => l.tiers[0] > 0)).toBe(true);
    // Key suppliers: most member customers first; sole-sourced customers never exceed customers.
    const ks = n.keySuppliers as { id: string; customers: number; soleSourceCustomers: number }[];
    expect(ks.length).toBeGreaterThan(0);
    for (let i = 1; i < ks.length; i++)
      expect(ks[i].customers).toBeLessThanOrEqual(ks[i - 1].customers);
    for (const k of ks) expect(k.soleSourceCustomers).toBeLessThanOrEqual(k.customers);
    const top = await db.one(
      `SELECT count(DISTINCT l.target) AS k FROM links l
       JOIN cluster_members m ON m.organization = l.target AND m.cluster = 'national-changsha-construction-machinery'
       WHERE l.type = 'supply' AND l.source = $id`,
      { id: ks[0].id },
    );
    expect(ks[0].customers).toBe(Number(top!.k));
  });

  it('gives the explorer every tie atlas-wide, with communities, and never a link value', async () => {
    const res = await app.inject({ url: '/api/networks/explorer?types=supply,collaboration' });
    const x = res.json();
    const links = await db.one(
      `SELECT count(*) AS n FROM links l
       WHERE type IN ('supply', 'collaboration') AND source <> target
         AND source IN (SELECT id FROM organizations) AND target IN (SELECT id FROM organizations)`,
    );
    expect(x.edges.length).toBe(Number(links!.n));
    expect(x.nodes.length).toBeGreaterThan(1000);
    for (const [a, b, t] of x.edges.slice(0, 500)) {
      expect(x.nodes[a]).toBeDefined();
      expect(x.nodes[b]).toBeDefined();
      expect(['supply', 'collaboration']).toContain(x.types[t]);
    }
    expect(x.communities).toBeGreaterThan(1);
    expect(x.modularity).toBeGreaterThan(0.3);
    expect(res.body).not.toContain('"value"');
    const capped = (await app.inject({ url: '/api/networks/explorer?maxNodes=50' })).json();
    expect(capped.nodes).toHaveLength(50);
    expect(capped.nodesOmitted).toBeGreaterThan(0);
    const bad = await app.inject({ url: '/api/networks/explorer?types=gossip' });
    expect(bad.statusCode).toBe(400);
  });

  it('says when there is nothing to judge, and 404 for an unknown cluster', async () => {
    const empty = await get(EMPTY_NATIONAL);
    expect(empty.status).toBe('no_members');
    expect(empty.index.linkedFirmShare).toBeNull();
    // No 集而不群 drawn from nothing: the verdict itself says there is no data, and a warning travels.
    expect(empty.index.verdict).toBe('insufficient_data');
    expect(empty.index.verdictLabel).toEqual({ zh: '数据不足', en: 'not enough data' });
    expect(empty.index.warnings.map((w: { code: string }) => w.code)).toContain(
      'ATLAS_W_NO_MEMBER_DATA',
    );
    const res = await app.inject({ url: '/api/clusters/nope/network' });
    expect(res.statusCode).toBe(404);
  });

  it('lists every cluster with its verdict', async () => {
    const all = (await app.inject({ url: '/api/networks' })).json();
    expect(all.length).toBe(Number((await db.one('SELECT count(*) AS n FROM clusters'))!.n));
    const tangshan = all.find((x: { cluster: string }) => x.cluster === 'cluster-tangshan-steel');
    expect(tangshan).toMatchObject({ status: 'judged', verdict: 'gathered_not_networked' });
    // A cluster without members is listed as such, never as gathered but not networked.
    const empty = all.filter((x: { members: number }) => x.members === 0);
    expect(empty.map((x: { cluster: string }) => x.cluster)).toContain(EMPTY_NATIONAL);
    for (const x of empty)
      expect(x).toMatchObject({ status: 'no_members', verdict: 'insufficient_data' });
    for (const x of all)
      if (x.verdict === 'gathered_not_networked' || x.verdict === 'networked')
        expect(x.status).toBe('judged');
    expect(
      all.some(
        (x: { verdict: string; status: string }) =>
          x.status === 'judged' && x.verdict === 'networked',
      ),
    ).toBe(true);
  });
});

describe('supply disruption (GET /api/resilience)', () => {
  it('a single-source supplier’s failure hits its customers; one with alternatives hits no one', async () => {
    const single = await db.one(
      `WITH s AS (SELECT product, count(DISTINCT source) AS k, any_value(source) AS src, count(DISTINCT target) AS customers
                  FROM links WHERE type = 'supply' AND product IS NOT NULL GROUP BY product)
       SELECT src, product, customers FROM s WHERE k = 1 ORDER BY customers DESC, product LIMIT 1`,
    );
    const analyst = await signedIn(app, db);
    const r = (
      await app.inject({ url: `/api/resilience?remove=${single!.src}`, headers: analyst })
    ).json();
    expect(r.firmsHit).toBeGreaterThan(0);
    expect(r.hits.every((h: { loss: number }) => h.loss > 0 && h.loss <= 1)).toBe(true);
    expect(r.noBackupBase.map((x: { product: string }) => x.product)).toContain(single!.product);
    // A stock that bridges the whole horizon: nobody is hit.
    const buffered = (
      await app.inject({
        url: `/api/resilience?remove=${single!.src}&bufferDays=30&horizonDays=30`,
        headers: analyst,
      })
    ).json();
    expect(buffered.firmsHit).toBe(0);
  });

  it('stops every multi-way valve maker of Changsha and shows the chain before and after', async () => {
    const r = (
      await app.inject({
        url: '/api/resilience?cluster=national-changsha-construction-machinery&chain=construction-machinery&node=multi-way-valve',
        headers: await signedIn(app, db),
      })
    ).json();
    expect(r.chain.template).toBe('construction-machinery');
    const valve = r.chain.nodes.find((n: { node: string }) => n.node === 'multi-way-valve');
    expect(valve.before.firms).toBeGreaterThan(0);
    expect(valve).toMatchObject({ after: { firms: 0, status: 'missing' } });
    expect(r.removed.length).toBeGreaterThan(0);
    // Changed nodes come first; a node changes only if a firm on it stopped or lost inputs.
    const changed = r.chain.nodes.map(
      (n: {
        before: { status: string; firms: number };
        after: { status: string; firms: number };
      }) => n.before.status !== n.after.status || n.before.firms !== n.after.firms,
    );
    expect(changed.indexOf(false)).toBeGreaterThan(0);
    expect(changed.slice(changed.indexOf(false)).every((c: boolean) => !c)).toBe(true);
    for (const n of r.chain.nodes) expect(n.after.firms).toBeLessThanOrEqual(n.before.firms);
    // Every firm stopped is gone from the panorama after.
    expect(r.stopped).toEqual(expect.arrayContaining(r.removed));
  });

  it('refuses a chain node without a cluster, and a node the chain does not have', async () => {
    const bad = await app.inject({ url: '/api/resilience?node=multi-way-valve' });
    expect(bad.json()).toMatchObject({ code: 'ATLAS_E_BAD_VALUE' });
    const unknown = await app.inject({
      url: '/api/resilience?cluster=national-changsha-construction-machinery&chain=construction-machinery&node=warp-drive',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('warp-drive');
  });

  it('refuses an unknown organisation and an empty request', async () => {
    expect((await app.inject({ url: '/api/resilience?remove=nobody' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/resilience' })).json().code).toBe('ATLAS_E_BAD_VALUE');
  });

  it('withholds hit firms’ output from visitors', async () => {
    const single = await db.one(
      `WITH s AS (SELECT product, count(DISTINCT source) AS k, any_value(source) AS src
                  FROM links WHERE type = 'supply' AND product IS NOT NULL GROUP BY product)
       SELECT src FROM s WHERE k = 1 ORDER BY product LIMIT 1`,
    );
    const r = (await app.inject({ url: `/api/resilience?remove=${single!.src}` })).json();
    expect(r.firmsHit).toBeGreaterThan(0);
    expect(r.hits.every((h: { output: number | null }) => h.output === null)).toBe(true);
  });

  it('draws the resilience curve of the default supply network', async () => {
    const c = (await app.inject({ url: '/api/resilience/curve?runs=20&seed=3' })).json();
    expect(c.points[0]).toMatchObject({ share: 0, mean: 1 });
    expect(c.points.at(-1).mean).toBeLessThan(1);
  });
});
