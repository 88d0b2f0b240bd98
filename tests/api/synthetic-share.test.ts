import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { loadDefaultData } from '../../src/services/generate/load-default-data.ts';
import { generateSynthetic } from '../../src/services/generate/generate.ts';
import { generateInto } from '../../src/services/generate/into-atlas.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * Every answer that sums or judges data carries its synthetic share
 * (services/synthetic-share.ts): the networks' verdicts, a cluster's network,
 * the resilience curve and a disruption. On a real-only atlas it is 0; after
 * `atlas generate --into` it is what the store holds, counted here by SQL.
 */
interface Atlas {
  db: Duck;
  app: FastifyInstance;
}
let real: Atlas;
let mixed: Atlas;

async function atlas(synthetic: boolean): Promise<Atlas> {
  const db = await openStore({ path: ':memory:' });
  await bootstrap(db);
  if (synthetic)
    await generateInto(db, generateSynthetic({ seed: 11, firms: 400, base: loadDefaultData() }));
  return { db, app: await buildApp({ db }) };
}

beforeAll(async () => {
  real = await atlas(false);
  mixed = await atlas(true);
}, 180_000);
afterAll(async () => {
  for (const a of [real, mixed]) {
    await a?.app.close();
    a?.db.close();
  }
});

const get = async (a: Atlas, url: string) => {
  const res = await a.app.inject({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** A cluster with synthetic members in the mixed atlas, and its counts by SQL. */
async function clusterWithSynthetic(db: Duck) {
  const row = await db.one(
    `SELECT m.cluster, count(*) AS members, count(*) FILTER (WHERE o.synthetic) AS syn
     FROM cluster_members m JOIN organizations o ON o.id = m.organization
     GROUP BY m.cluster HAVING count(*) FILTER (WHERE o.synthetic) > 0
     ORDER BY m.cluster LIMIT 1`,
  );
  return { id: String(row?.cluster), members: Number(row?.members), syn: Number(row?.syn) };
}

describe('synthetic share of the network answers', () => {
  it('is in the response schemas of the OpenAPI document', async () => {
    const doc = await get(real, '/api/openapi.json');
    const schema = (path: string) => {
      const s = doc.paths[path].get.responses['200'].content['application/json'].schema;
      return s.type === 'array' ? s.items : s;
    };
    for (const path of [
      '/api/stats',
      '/api/networks',
      '/api/clusters/{id}/network',
      '/api/resilience',
      '/api/resilience/curve',
    ]) {
      expect(schema(path).properties.syntheticShare, path).toMatchObject({ type: 'number' });
      expect(schema(path).required, path).toContain('syntheticShare');
    }
  });

  it('a real-only atlas: /api/stats, /api/networks and the resilience curve say 0', async () => {
    const stats = await get(real, '/api/stats');
    expect(stats.synthetic_organizations).toBe(0);
    expect(stats.syntheticShare).toBe(0);
    const networks = await get(real, '/api/networks');
    expect(networks.length).toBeGreaterThan(40);
    for (const n of networks) {
      expect(n.syntheticShare).toBe(0);
      expect(n.syntheticOrganizations).toBe(0);
    }
    const curve = await get(real, '/api/resilience/curve?runs=5');
    expect(curve).toMatchObject({
      syntheticShare: 0,
      syntheticOrganizations: 0,
      syntheticLinks: 0,
    });
    expect(curve.warnings).toEqual([]);
  });

  it('/api/clusters/{id}/network: the share of the members judged that is synthetic, and a warning', async () => {
    const c = await clusterWithSynthetic(mixed.db);
    const n = await get(mixed, `/api/clusters/${c.id}/network`);
    expect(n.organizations).toBe(c.members);
    expect(n.syntheticOrganizations).toBe(c.syn);
    expect(n.syntheticShare).toBeCloseTo(c.syn / c.members, 12);
    // Links among every organisation of the answer; the drawing's edges are among the drawn.
    const drawn = n.edges.filter((e: { synthetic: boolean }) => e.synthetic).length;
    expect(n.syntheticLinks).toBeGreaterThanOrEqual(drawn);
    if (n.nodesOmitted === 0) expect(n.syntheticLinks).toBe(drawn);
    expect(n.syntheticLinkShare).toBeCloseTo(n.syntheticLinks / n.links, 12);
    expect(n.index.warnings.map((w: { code: string }) => w.code)).toContain(
      'ATLAS_W_SYNTHETIC_INCLUDED',
    );
    // The comparison of every cluster carries the same figures.
    const row = (await get(mixed, '/api/networks')).find(
      (x: { cluster: string }) => x.cluster === c.id,
    );
    expect(row).toMatchObject({
      syntheticOrganizations: c.syn,
      syntheticLinks: n.syntheticLinks,
    });
    expect(row.syntheticShare).toBeCloseTo(n.syntheticShare, 12);
  });

  it('/api/resilience/curve and /api/resilience: the share of the supply network that is synthetic', async () => {
    const net = await mixed.db.one(
      `WITH ends AS (SELECT source AS id FROM links WHERE type = 'supply' UNION SELECT target FROM links WHERE type = 'supply')
       SELECT count(*) AS n, count(*) FILTER (WHERE o.synthetic) AS syn
       FROM organizations o JOIN ends USING (id)`,
    );
    const links = await mixed.db.one(
      `SELECT count(*) AS n, count(*) FILTER (WHERE synthetic) AS syn FROM links WHERE type = 'supply'`,
    );
    const expected = {
      organizations: Number(net?.n),
      syntheticOrganizations: Number(net?.syn),
      links: Number(links?.n),
      syntheticLinks: Number(links?.syn),
    };
    expect(expected.syntheticOrganizations).toBeGreaterThan(0);
    const curve = await get(mixed, '/api/resilience/curve?runs=5');
    expect(curve).toMatchObject(expected);
    expect(curve.syntheticShare).toBeCloseTo(
      expected.syntheticOrganizations / expected.organizations,
      12,
    );
    expect(curve.warnings.map((w: { code: string }) => w.code)).toEqual([
      'ATLAS_W_SYNTHETIC_INCLUDED',
    ]);
    const leader = await mixed.db.one(
      `SELECT target AS id, count(*) AS n FROM links WHERE type = 'supply' GROUP BY target ORDER BY n DESC, id LIMIT 1`,
    );
    const supplier = await mixed.db.one(
      `SELECT source AS id FROM links WHERE type = 'supply' AND target = $t ORDER BY source LIMIT 1`,
      { t: String(leader?.id) },
    );
    const d = await get(mixed, `/api/resilience?limit=1000&remove=${String(supplier?.id)}`);
    expect(d).toMatchObject(expected);
    expect(d.syntheticFirmsHit).toBe(
      d.hits.filter((h: { synthetic: boolean }) => h.synthetic).length,
    );
    expect(d.warnings.map((w: { code: string }) => w.code)).toEqual(['ATLAS_W_SYNTHETIC_INCLUDED']);
  });
});
