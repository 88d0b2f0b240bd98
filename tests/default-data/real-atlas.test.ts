import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Duck } from '../../src/store/duck.ts';
import { realApp } from '../api/fixture.ts';

/**
 * The atlas a fresh `npm start` opens: real data only (issue 16's "done
 * when"). Figures checked against the exchanges' lists in ../shared/data:
 * 5,448 listed firms; 美的集团 000333.SZ in 佛山 (the exchange's city);
 * 中联重科 000157.SZ a named member of the Changsha cluster.
 */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await realApp());
}, 60_000);
afterAll(async () => close?.());

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the default atlas is real', () => {
  it('holds every listed firm and no synthetic record', async () => {
    const rows = await db.all(
      `SELECT count(*) AS n, count(*) FILTER (WHERE synthetic) AS syn,
         count(*) FILTER (WHERE list_contains(tags, 'listed')) AS listed,
         count(DISTINCT external_ids->>'ts_code') AS codes
       FROM organizations`,
    );
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(5448);
    expect(Number(rows[0].syn)).toBe(0);
    expect(Number(rows[0].listed)).toBe(5448);
    expect(Number(rows[0].codes)).toBe(5448);
    const links = await db.one('SELECT count(*) AS n FROM links WHERE synthetic');
    expect(Number(links?.n)).toBe(0);
  });

  it('places 美的集团 in 佛山 at the seat of its district (顺德, as the seed names it), never as its site', async () => {
    const r = await db.one(
      `SELECT name, prefecture, location_precision, provenance->>'note' AS note
       FROM organizations WHERE external_ids->>'ts_code' = '000333.SZ'`,
    );
    expect(r?.name).toBe('美的集团股份有限公司');
    expect(r?.prefecture).toBe('440600');
    expect(r?.location_precision).toBe('county');
  });

  it('merges a seed organisation with its listed record instead of duplicating it', async () => {
    const rows = await db.all(
      `SELECT id, external_ids->>'ts_code' AS code FROM organizations
       WHERE name LIKE '%中联重科%' OR (external_ids->>'ts_code') = '000157.SZ'`,
    );
    expect(rows).toEqual([{ id: 'org-zoomlion', code: '000157.SZ' }]);
  });

  it('lists 中联重科 among the Changsha cluster members, named by a seed; inferred members say so', async () => {
    const c = await get('/api/clusters/national-changsha-construction-machinery');
    const zoomlion = c.members.find((m: { id: string }) => m.id === 'org-zoomlion');
    expect(zoomlion.membership.method).toBe('seed_article');
    const inferred = c.members.filter(
      (m: { membership: { method: string } | null }) => m.membership?.method === 'inferred',
    );
    expect(inferred.length).toBeGreaterThan(0);
    for (const m of inferred) {
      expect(m.membership.verified).toBe(false);
      expect(m.membership.confidence).toBeGreaterThan(0);
      expect(m.membership.confidence).toBeLessThan(1);
      expect(m.prefecture).toBe('430100');
    }
  });

  it('infers no member from a firm known by its province only', async () => {
    const bad = await db.one(
      `SELECT count(*) AS n FROM cluster_members m JOIN organizations o ON o.id = m.organization
       WHERE m.provenance->>'method' = 'inferred' AND o.location_precision = 'province'`,
    );
    expect(Number(bad?.n)).toBe(0);
  });

  it('gives Hunan an LQ above 1 in construction machinery, by label and by division, labelled listed firms only', async () => {
    const label = await get('/api/metrics/lq?industryLevel=label&regionLevel=province');
    expect(label.matrix.measure).toBe('count');
    expect(label.matrix.population).toBe('listed');
    expect(label.matrix.listedOrganizations).toBe(label.matrix.organizations);
    const byLabel = label.rows.find(
      (r: { region: string; industry: string }) =>
        r.region === '430000' && r.industry === '工程机械',
    );
    expect(byLabel.value).toBeGreaterThan(4);
    const division = await get('/api/metrics/lq?regionLevel=province&industryLevel=2');
    const d35 = division.rows.find(
      (r: { region: string; industry: string }) => r.region === '430000' && r.industry === '35',
    );
    expect(d35.value).toBeGreaterThan(1);
    expect(division.matrix.syntheticShare).toBe(0);
    expect(division.matrix.population).toBe('listed');
    expect(division.matrix.listedOrganizations).toBe(division.matrix.organizations);
    // Universities and associations are not counted as an industry's firms.
    const kinds = await db.one(
      `SELECT count(*) AS n FROM organizations
       WHERE kind <> 'enterprise' AND list_contains(coalesce(tags, []::VARCHAR[]), 'listed')`,
    );
    expect(Number(kinds?.n)).toBe(0);
  });

  it('gives the Changsha prefecture a positive LQ in division 35 (was 0.00 on synthetic data)', async () => {
    const lq = await get('/api/metrics/lq?regionLevel=prefecture&industryLevel=2');
    const cs = lq.rows.find(
      (r: { region: string; industry: string }) => r.region === '430100' && r.industry === '35',
    );
    expect(cs.value).toBeGreaterThan(1);
  });

  it('answers /api/stats with no synthetic organisation', async () => {
    const s = await get('/api/stats');
    expect(JSON.stringify(s)).toMatch(/organizations/);
    const n = await db.one('SELECT count(*) AS n FROM organizations WHERE synthetic');
    expect(Number(n?.n)).toBe(0);
  });
});
