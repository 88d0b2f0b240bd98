import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { issueLoginToken } from '../../src/services/access/sessions.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { smallAtlas } from '../matching/fixture.ts';
import { signedIn } from './fixture.ts';

/**
 * A GET never writes (issue 22, item 12): on a fresh store `GET
 * /api/services` and `/api/matches/rank` used to derive 11 platforms and 306
 * capabilities, unaudited. Every GET route of the OpenAPI document is called
 * — by a visitor and by an admin, with real ids in its path — and every
 * table's row count and content hash must be the same before and after.
 * Swept on a new atlas (bootstrap: the listed firms, with matchmaking's
 * derived records made at load time and the load audited) and on a
 * hand-made one that has none derived (where the reads used to derive them).
 *
 * The one GET that writes is the sign-in link (/api/session/token): a link
 * can only be a GET; a valid one opens a session and spends the token — it
 * touches those two tables and nothing else, as the last test shows.
 */

type Snapshot = Record<string, string>;

async function tables(db: Duck): Promise<string[]> {
  const rows = await db.all(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => String(r.table_name));
}

/** Every table's row count and a hash of its rows (an UPDATE changes it too). */
async function snapshot(db: Duck): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const t of await tables(db)) {
    const [r] = await db.all(
      `SELECT count(*) AS n, coalesce(sum(hash(x)), 0)::VARCHAR AS h FROM "${t}" AS x`,
    );
    out[t] = `${Number(r.n)} rows, hash ${String(r.h)}`;
  }
  return out;
}

const changed = (a: Snapshot, b: Snapshot) =>
  Object.keys({ ...a, ...b }).filter((t) => a[t] !== b[t]);

/** Waits until the setup's writes are done (the audit entry is written after the answer). */
async function quiet(db: Duck): Promise<void> {
  let last = await snapshot(db);
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    await db.idle();
    const now = await snapshot(db);
    if (changed(last, now).length === 0) return;
    last = now;
  }
}

/** Values for the path and required query parameters, from the atlas itself. */
interface Ids {
  organization: string;
  cluster: string;
  chain: string;
  industry: string;
  demand: string;
  capability: string;
  match: string;
}

async function idsOf(db: Duck, app: FastifyInstance, analyst: Record<string, string>) {
  const one = async (sql: string) => String((await db.one(sql))?.id ?? 'none');
  const organization = await one(
    `SELECT o.id FROM organizations o JOIN cluster_members m ON m.organization = o.id ORDER BY o.id LIMIT 1`,
  );
  const cluster = await one(
    `SELECT cluster AS id FROM cluster_members WHERE organization = '${organization}' LIMIT 1`,
  );
  const chain = await one(`SELECT id FROM chain_templates ORDER BY id LIMIT 1`);
  const industry = await one(
    `SELECT industries[1] AS id FROM organizations WHERE len(industries) > 0 ORDER BY id LIMIT 1`,
  );
  // A demand, a match and a capability to read back (written before the sweep).
  const post = async (url: string, payload: object) =>
    (await app.inject({ method: 'POST', url, payload, headers: analyst })).json();
  const demand = (await post('/api/demands', { organization, title: '液压多路阀' })).id as string;
  const recorded = await post('/api/matches', { demand, top: 2 });
  const capability = await one(`SELECT id FROM capabilities ORDER BY id LIMIT 1`);
  const match = String(recorded.matches?.[0]?.matchId ?? 'none');
  return { organization, cluster, chain, industry, demand, capability, match } satisfies Ids;
}

/** A URL for a GET route of the OpenAPI document, its parameters filled. */
function urlFor(path: string, params: { name: string; in: string }[], ids: Ids): string {
  const byName: Record<string, string> = {
    level: 'province',
    name: 'hhi_region',
    code: '430000',
  };
  const idFor = (p: string) => {
    if (p.startsWith('/api/organizations')) return ids.organization;
    if (p.startsWith('/api/clusters')) return ids.cluster;
    if (p.startsWith('/api/chains')) return ids.chain;
    if (p.startsWith('/api/demands')) return ids.demand;
    if (p.startsWith('/api/capabilities')) return ids.capability;
    if (p.startsWith('/api/matches')) return ids.match;
    // Reports (printing them starts Chromium: an unknown id), requests, actions, micro-clusters.
    return 'no-such-id';
  };
  let url = path.replace(/\{(\w+)\}/g, (_m, n: string) =>
    encodeURIComponent(n === 'id' ? idFor(path) : (byName[n] ?? 'x')),
  );
  const query: Record<string, string> = {
    industry: ids.industry,
    q: '液压',
    as: ids.organization,
    cluster: ids.cluster,
    sector: '079',
    region: '430100',
    token: 'not-a-real-sign-in-token-0123456789',
  };
  const qs = params
    .filter((p) => p.in === 'query')
    .map((p) => `${p.name}=${encodeURIComponent(query[p.name] ?? 'x')}`);
  if (qs.length) url += `?${qs.join('&')}`;
  return url;
}

async function getRoutes(app: FastifyInstance) {
  const doc = (await app.inject({ url: '/api/openapi.json' })).json() as {
    paths: Record<
      string,
      { get?: { parameters?: { name: string; in: string; required?: boolean }[] } }
    >;
  };
  return Object.entries(doc.paths)
    .filter(([, ops]) => ops.get)
    .map(([path, ops]) => ({
      path,
      params: (ops.get!.parameters ?? []).filter((p) => p.in === 'path' || p.required),
    }));
}

/** Calls every GET route as each viewer; answers the routes that changed a table. */
async function sweep(db: Duck, app: FastifyInstance, opts: { setup: boolean }) {
  const analyst = await signedIn(app, db, 'analyst');
  const admin = await signedIn(app, db, 'admin');
  const ids: Ids = opts.setup
    ? await idsOf(db, app, analyst)
    : {
        organization: 'S1',
        cluster: 'K',
        chain: 'none',
        industry: '3511',
        demand: 'none',
        capability: 'none',
        match: 'none',
      };
  await quiet(db);
  const routes = await getRoutes(app);
  const writes: string[] = [];
  const statuses: Record<string, number> = {};
  for (const { path, params } of routes) {
    const url = urlFor(path, params, ids);
    for (const [who, headers] of [
      ['visitor', {}],
      ['admin', admin],
    ] as const) {
      const before = await snapshot(db);
      const r = await app.inject({ url, headers });
      await db.idle();
      const diff = changed(before, await snapshot(db));
      if (diff.length)
        writes.push(`${who} GET ${url} (${r.statusCode}) changed ${diff.join(', ')}`);
      statuses[`${who} ${path}`] = r.statusCode;
    }
  }
  return { routes, writes, statuses };
}

describe('a GET never writes', () => {
  let db: Duck;
  let app: FastifyInstance;
  afterAll(async () => {
    await app?.close();
    db?.close();
  });

  it('on a new atlas: every GET route, as a visitor and as an admin, leaves every table as it was', async () => {
    db = await openStore({ path: ':memory:' });
    await bootstrap(db);
    // Derived at load time, and the load is in the audit log.
    const derived = await db.one(
      `SELECT (SELECT count(*) FROM capabilities WHERE derived) AS caps,
              (SELECT count(*) FROM service_platforms WHERE id LIKE 'platform-derived-%') AS platforms`,
    );
    expect(Number(derived?.caps)).toBeGreaterThan(1000);
    const audit = await db.all(`SELECT actor, action, details::VARCHAR AS d FROM audit_log`);
    expect(audit).toEqual([expect.objectContaining({ actor: 'system', action: 'bootstrap' })]);
    expect(JSON.parse(String(audit[0].d)).derived).toEqual({
      capabilities: Number(derived?.caps),
      platforms: Number(derived?.platforms),
    });
    app = await buildApp({ db });
    const { routes, writes, statuses } = await sweep(db, app, { setup: true });
    expect(routes.length).toBeGreaterThan(60);
    expect(writes).toEqual([]);
    // The sweep reached the routes' work, not only their refusals.
    expect(statuses['visitor /api/services']).toBe(200);
    expect(statuses['visitor /api/matches/rank']).toBe(200);
    expect(statuses['admin /api/organizations/{id}']).toBe(200);
    expect(statuses['admin /api/clusters/{id}']).toBe(200);
    expect(statuses['admin /api/demands/{id}/matches']).toBe(200);
    expect(Object.values(statuses).filter((s) => s === 200).length).toBeGreaterThan(80);
  }, 600_000);

  it('on an atlas with no derived records, where the reads used to derive them', async () => {
    const small = await smallAtlas();
    const smallApp = await buildApp({ db: small });
    try {
      // No setup writes: the reads meet an atlas without a single capability.
      const { writes, statuses } = await sweep(small, smallApp, { setup: false });
      expect(writes).toEqual([]);
      expect(statuses['visitor /api/services']).toBe(200);
      expect(statuses['visitor /api/matches/rank']).toBe(200);
      const left = await small.one(
        `SELECT (SELECT count(*) FROM capabilities) AS c, (SELECT count(*) FROM service_platforms) AS p`,
      );
      expect({ c: Number(left?.c), p: Number(left?.p) }).toEqual({ c: 0, p: 0 });
    } finally {
      await smallApp.close();
      small.close();
    }
  }, 300_000);

  it('the sign-in link, the one GET that writes, touches only sessions and login_tokens', async () => {
    const token = await issueLoginToken(db);
    const before = await snapshot(db);
    const r = await app.inject({ url: `/api/session/token?token=${token}` });
    expect(r.statusCode).toBe(302);
    expect(changed(before, await snapshot(db)).sort()).toEqual(['login_tokens', 'sessions']);
  });
});
