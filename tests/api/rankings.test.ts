import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { addEmptyNationalCluster, EMPTY_NATIONAL } from '../fixtures/empty-cluster.ts';
import { defaultApp } from './fixture.ts';
import { RankingsQuery } from '../../src/contract/rankings.ts';
import { rankings } from '../../src/services/evaluation/rankings.ts';

/** GET /api/rankings: the horse race over the national clusters of the default data (and one empty). */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
  await addEmptyNationalCluster(db);
}, 60_000);
afterAll(async () => close?.());

const rank = async (q: string) =>
  (await app.inject({ url: `/api/rankings?designation=national${q}` })).json();

describe('GET /api/rankings', () => {
  it('answers the rank intervals as the service computed them, quantiles not cut to whole ranks', async () => {
    const a = await rank('&runs=300&seed=7');
    const direct = await rankings(
      db,
      RankingsQuery.parse({ designation: 'national', runs: 300, seed: 7 }),
    );
    const bounds = (rows: { rank_low?: number; rank_high?: number }[]) =>
      rows.map((r) => [r.rank_low, r.rank_high]);
    expect(bounds(a.rows)).toEqual(bounds(direct.rows));
  });

  it('ranks the national clusters with member data, with rank intervals that hold the rank, reproducibly', async () => {
    const a = await rank('&runs=300&seed=7');
    // Every national cluster is there: ranked, or apart as "not ranked: no member data" — never last for it.
    const national = await db.one(
      `SELECT count(*) AS n FROM clusters WHERE designation = 'national'`,
    );
    expect(a.rows.length + a.notRanked.length).toBe(Number(national!.n));
    expect(a.notRanked.map((x: { alternative: string }) => x.alternative)).toContain(
      EMPTY_NATIONAL,
    );
    const ranked = new Set(a.rows.map((r: { alternative: string }) => r.alternative));
    for (const x of a.notRanked) {
      expect(x.reason).toBe('no_member_data');
      expect(ranked.has(x.alternative)).toBe(false);
    }
    expect(
      a.warnings.find((w: { code: string }) => w.code === 'ATLAS_W_NO_MEMBER_DATA').details
        .clusters,
    ).toEqual(a.notRanked.map((x: { alternative: string }) => x.alternative));
    // Ties share a rank (1, 2, 2, 4, …): ranks never fall, and each is at most its position.
    const ranks: number[] = a.rows.map((r: { rank: number }) => r.rank);
    expect(ranks[0]).toBe(1);
    ranks.forEach((r, i) => {
      expect(r).toBeLessThanOrEqual(i + 1);
      if (i > 0) expect(r).toBeGreaterThanOrEqual(ranks[i - 1]);
    });
    for (const r of a.rows) expect(r.rank_low <= r.rank && r.rank <= r.rank_high).toBe(true);
    expect(a.weights.reduce((s: number, w: { weight: number }) => s + w.weight, 0)).toBeCloseTo(
      1,
      12,
    );
    expect(a.sensitivity.length).toBe(a.weights.length);
    expect(a.warnings.some((w: { code: string }) => w.code === 'ATLAS_W_SYNTHETIC_INCLUDED')).toBe(
      true,
    );
    expect(await rank('&runs=300&seed=7')).toEqual(a);
  });

  it('re-ranks with a person’s weights: all weight on one indicator orders by it', async () => {
    const a = await rank(
      '&runs=0&w=member_firms:0,research_members:0,public_service_platforms:0,promotion_organisation:0,chain_leaders:1,supply_link_density:0',
    );
    expect(
      a.weights.find((w: { indicator: string }) => w.indicator === 'chain_leaders').weight,
    ).toBe(1);
    const leaders = new Map(
      (
        await db.all(
          `SELECT m.cluster, count(*) FILTER (WHERE list_contains(o.tags, 'chain_leader')) AS n
         FROM cluster_members m JOIN organizations o ON o.id = m.organization GROUP BY m.cluster`,
        )
      ).map((r) => [String(r.cluster), Number(r.n)]),
    );
    const counts = a.rows.map((r: { alternative: string }) => leaders.get(r.alternative) ?? 0);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1]);
  });

  it('refuses weights that are not indicator:number pairs, unknown indicators, and all zeros', async () => {
    for (const w of [
      'nonsense',
      'member_firms:-1',
      'nope:1',
      'member_firms:0,research_members:0,public_service_platforms:0,promotion_organisation:0,chain_leaders:0,supply_link_density:0',
    ]) {
      const res = await app.inject({ url: `/api/rankings?designation=national&w=${w}` });
      expect(res.statusCode, w).toBe(400);
      expect(res.json().code).toBe('ATLAS_E_BAD_VALUE');
    }
  });

  it('gives a cluster its scorecard: rank with interval, type and path, peers, problems', async () => {
    const s = (
      await app.inject({ url: '/api/clusters/national-changsha-construction-machinery/scorecard' })
    ).json();
    expect(s.ranking.rank).toBeGreaterThan(0);
    expect(s.ranking.rank_low).toBeLessThanOrEqual(s.ranking.rank);
    expect(s.typology.type).toBe('key_strategic');
    expect(s.typology.path.length).toBeGreaterThan(0);
    expect(s.comparison.length).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/clusters/nope/scorecard' })).statusCode).toBe(404);
  });

  it('an empty national cluster has no rank, type or diagnosis, and says so', async () => {
    const res = await app.inject({ url: `/api/clusters/${EMPTY_NATIONAL}/scorecard` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'no_member_data',
      ranking: null,
      typology: null,
      comparison: [],
      diagnosis: [],
      warnings: [{ code: 'ATLAS_W_NO_MEMBER_DATA' }],
    });
    const all = await rank('&runs=0');
    expect(all.rows.map((r: { alternative: string }) => r.alternative)).not.toContain(
      EMPTY_NATIONAL,
    );
    expect(all.notRanked.map((r: { alternative: string }) => r.alternative)).toContain(
      EMPTY_NATIONAL,
    );
  });
});
