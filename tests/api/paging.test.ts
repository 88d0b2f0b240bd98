import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { smallAtlas } from '../matching/fixture.ts';
import { signedIn } from './fixture.ts';

/**
 * Lists that grow with use answer one page at a time, as /api/organizations
 * does: page (from 1) and pageSize (at most 500) → {items, total, page,
 * pageSize}. On the small hand-made atlas of the matching tests (leaders A,
 * B, C; suppliers S1, S2; F outside; clusters K and L in Changsha 430100).
 */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
beforeAll(async () => {
  db = await smallAtlas();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
});
afterAll(async () => {
  await app.close();
  db.close();
});

type Headers = Record<string, string>;

async function get(url: string, headers: Headers = analyst) {
  const res = await app.inject({ url, headers });
  return { status: res.statusCode, body: res.json() };
}

async function post(url: string, payload: object, headers: Headers = analyst) {
  const res = await app.inject({ method: 'POST', url, payload, headers });
  expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(300);
  return res.json();
}

/**
 * Reads `list` whole (pageSize 500), then in three pages: the pages in order
 * are the whole list in order (nothing twice, nothing missed), each carries
 * the total, a page past the end is empty, and a pageSize over 500 is a 400
 * with the error answer. Answers the whole list's keys.
 */
async function pagesThrough(
  list: string,
  key: (x: Record<string, unknown>) => string,
  headers: Headers = analyst,
): Promise<string[]> {
  const sep = list.includes('?') ? '&' : '?';
  const whole = await get(`${list}${sep}pageSize=500`, headers);
  expect(whole.status, list).toBe(200);
  expect(whole.body).toMatchObject({ page: 1, pageSize: 500 });
  expect(whole.body.total, list).toBe(whole.body.items.length);
  expect(whole.body.total, list).toBeGreaterThan(3);
  const keys = whole.body.items.map(key);
  expect(new Set(keys).size, `${list}: keys are unique`).toBe(keys.length);
  const size = Math.ceil(whole.body.total / 3);
  const pages: string[] = [];
  for (let p = 1; p <= 3; p++) {
    const r = await get(`${list}${sep}page=${p}&pageSize=${size}`, headers);
    expect(r.body, list).toMatchObject({ page: p, pageSize: size, total: whole.body.total });
    expect(r.body.items.length).toBeLessThanOrEqual(size);
    pages.push(...r.body.items.map(key));
  }
  expect(pages, list).toEqual(keys);
  // Page 1 and page 2 share nothing.
  const one = (await get(`${list}${sep}page=1&pageSize=${size}`, headers)).body.items.map(key);
  const two = (await get(`${list}${sep}page=2&pageSize=${size}`, headers)).body.items.map(key);
  expect(
    one.filter((k: string) => two.includes(k)),
    list,
  ).toEqual([]);
  // The default page is the first 50.
  const first = await get(list, headers);
  expect(first.body, list).toMatchObject({ page: 1, pageSize: 50, total: whole.body.total });
  const past = await get(`${list}${sep}page=99&pageSize=${size}`, headers);
  expect(past.body, list).toMatchObject({ items: [], total: whole.body.total, page: 99 });
  for (const bad of ['pageSize=501', 'pageSize=0', 'page=0']) {
    const r = await get(`${list}${sep}${bad}`, headers);
    expect(r.status, `${list} ${bad}`).toBe(400);
    expect(r.body.code).toBe('ATLAS_E_BAD_REQUEST');
    expect(typeof r.body.message).toBe('string');
    expect(r.body.details).toBeDefined();
  }
  return keys;
}

const CHAIN = 'construction-machinery';
const NODES = ['steel', 'castings-forgings', 'machine-tools', 'hydraulics', 'multi-way-valve'];
const ORGS = ['S1', 'S2', 'F'];

describe('paginated lists', () => {
  it('attraction actions: GET /api/actions pages oldest first, filters keep their total', async () => {
    for (const node of NODES.slice(0, 3))
      for (const organization of ORGS)
        await post('/api/actions', { region: '430100', chain: CHAIN, node, organization });
    const ids = await pagesThrough('/api/actions', (a) => String(a.id));
    expect(ids).toHaveLength(9);
    // Each item is an action with its history, as before.
    const one = (await get('/api/actions?pageSize=1')).body.items[0];
    expect(one).toMatchObject({ state: 'identified', events: [{ state: 'identified' }] });
    expect(one.next).toContain('contacted');
    // Filters: the place and the chain.
    const here = (await get(`/api/actions?scope=430100&chain=${CHAIN}&pageSize=2`)).body;
    expect(here).toMatchObject({ total: 9, page: 1, pageSize: 2 });
    expect(here.items).toHaveLength(2);
    expect((await get('/api/actions?scope=110000')).body).toMatchObject({ items: [], total: 0 });
    // One action is read by its id.
    expect((await get(`/api/actions/${ids[4]}`)).body.id).toBe(ids[4]);
    expect((await get('/api/actions/act-nope')).status).toBe(404);
    // Visitors read the pipeline as before, page for page.
    const visitor = await get('/api/actions?page=2&pageSize=4', {});
    expect(visitor.status).toBe(200);
    expect(visitor.body.items.map((a: { id: string }) => a.id)).toEqual(ids.slice(4, 8));
    // The board's column heads count every page: two contacted, one of them then dropped.
    await post(`/api/actions/${ids[0]}`, { state: 'contacted' });
    await post(`/api/actions/${ids[1]}`, { state: 'contacted' });
    await post(`/api/actions/${ids[1]}`, { state: 'dropped' });
    const counted = (await get(`/api/actions?scope=430100&chain=${CHAIN}&page=3&pageSize=4`)).body;
    expect(counted.items).toHaveLength(1);
    expect(counted.byState).toEqual({ identified: 7, contacted: 1, dropped: 1 });
  });

  it('placements: GET /api/chains/:id/placements pages by node and organisation', async () => {
    for (const node of NODES)
      for (const organization of ORGS)
        await post(`/api/chains/${CHAIN}/placements`, {
          node,
          organization,
          decision: 'place',
          reviewer: 'paging test',
        });
    const url = `/api/chains/${CHAIN}/placements?region=430100`;
    const keys = await pagesThrough(url, (p) => `${String(p.node)}|${String(p.organization)}`);
    for (const n of NODES) for (const o of ORGS) expect(keys).toContain(`${n}|${o}`);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    // The node filter and its total.
    const valve = (await get(`${url}&node=multi-way-valve&pageSize=2`)).body;
    expect(valve.total).toBe(keys.filter((k) => k.startsWith('multi-way-valve|')).length);
    expect(valve.items).toHaveLength(2);
    expect(valve.items.every((p: { node: string }) => p.node === 'multi-way-valve')).toBe(true);
  });

  it('micro-clusters: GET /api/micro-clusters pages the groups of a cluster', async () => {
    for (let k = 0; k < 7; k++)
      await post('/api/micro-clusters', {
        cluster: 'K',
        problem: `topic:测试课题${k}`,
        problemKind: 'topic',
        label: `测试课题${k}`,
        members: ['S1', 'S2'],
      });
    const ids = await pagesThrough('/api/micro-clusters?cluster=K', (m) => String(m.id));
    expect(ids).toHaveLength(7);
    const first = (await get('/api/micro-clusters?cluster=K&pageSize=1')).body.items[0];
    expect(first).toMatchObject({ label: '测试课题0', events: [{ kind: 'created' }] });
    expect(Object.keys(first.names).sort()).toEqual(['S1', 'S2']);
    expect((await get('/api/micro-clusters?cluster=L')).body).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await get('/api/micro-clusters')).status).toBe(400);
    // Visitors read the groups as before.
    expect((await get('/api/micro-clusters?cluster=K&pageSize=3', {})).body.total).toBe(7);
    // The proposals' answer names the problems the active groups took.
    const proposals = (await get('/api/clusters/K/micro-clusters')).body;
    expect(proposals.taken).toContain('topic:测试课题6');
  });

  it('the supplier pool: GET /api/pool pages what the leader may see, and nothing more', async () => {
    for (const supplier of ['S1', 'S2', 'F', 'B', 'C'])
      await post('/api/pool', {
        action: 'qualify',
        cluster: 'K',
        leader: 'A',
        supplier,
        actor: 'A',
      });
    const own = await pagesThrough(
      '/api/pool?as=A',
      (e) => `${String(e.cluster)}|${String(e.supplier)}`,
    );
    expect(own).toEqual(['K|B', 'K|C', 'K|F', 'K|S1', 'K|S2']);
    // A's own member account pages the same list.
    const a = await signedIn(app, db, 'member', 'A');
    const mine = await get('/api/pool?as=A&page=2&pageSize=2', a);
    expect(mine.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(mine.body.items.map((e: { supplier: string }) => e.supplier)).toEqual(['F', 'S1']);
    // B, a peer, sees none of it until a supplier consents and A shares.
    const b = await signedIn(app, db, 'member', 'B');
    expect((await get('/api/pool?as=B', b)).body).toMatchObject({ items: [], total: 0 });
    await post('/api/pool', {
      action: 'consent',
      consent: 'granted',
      cluster: 'K',
      leader: 'A',
      supplier: 'S1',
      actor: 'S1',
    });
    await post('/api/pool', {
      action: 'share',
      cluster: 'K',
      leader: 'A',
      supplier: 'S1',
      actor: 'A',
    });
    const peer = (await get('/api/pool?as=B&pageSize=500', b)).body;
    expect(peer).toMatchObject({ total: 1, items: [{ supplier: 'S1', leader: 'A', peer: true }] });
    // Other leaders' pools stay closed to a member, and the pool to visitors, whatever the page.
    expect((await get('/api/pool?as=A&page=2', b)).status).toBe(403);
    expect((await get('/api/pool?as=A&pageSize=1', {})).status).toBe(403);
  });

  it('matches: a member pages through its own matches only, and the total counts only those', async () => {
    await post('/api/capabilities', { organization: 'S2', title: '多路阀 液压油缸' });
    for (let k = 0; k < 4; k++) {
      const d = await post('/api/demands', { organization: 'A', title: `多路阀 ${k}` });
      await post('/api/capabilities', { organization: 'S1', title: `多路阀 ${k}` });
      await post('/api/matches', { demand: d.id, top: 3 });
    }
    const all = (await get('/api/matches?pageSize=500')).body.items as {
      id: string;
      buyer: string;
      supplier: string;
    }[];
    const s1 = await signedIn(app, db, 'member', 'S1');
    const own = all.filter((m) => m.buyer === 'S1' || m.supplier === 'S1').map((m) => m.id);
    expect(own.length).toBeGreaterThan(3);
    expect(own.length).toBeLessThan(all.length);
    const pages = await pagesThrough('/api/matches', (m) => String(m.id), s1);
    expect(pages).toEqual(own);
    const f = await signedIn(app, db, 'member', 'F');
    expect((await get('/api/matches?page=2&pageSize=1', f)).body).toMatchObject({
      items: [],
      total: 0,
    });
  });
});
