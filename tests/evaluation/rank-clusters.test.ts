import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { clusterScorecard } from '../../src/services/evaluation/cluster-scorecard.ts';
import { rankClusters } from '../../src/services/evaluation/rank-clusters.ts';
import { reproduceRanking } from '../../src/services/evaluation/reproduce-ranking.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { addEmptyNationalCluster, EMPTY_NATIONAL } from '../fixtures/empty-cluster.ts';

let db: Duck;
const dir = mkdtempSync(join(tmpdir(), 'atlas-rank-'));
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: { seed: 1, firms: 300 } });
  await addEmptyNationalCluster(db);
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ranking the atlas clusters end to end', () => {
  it('ranks the national clusters with member data from the store, flags synthetic shares, and saves a reproducible run', async () => {
    const r = await rankClusters(db, {
      designation: 'national',
      runs: 40,
      seed: 5,
      saveDir: dir,
    });
    // Every national cluster is accounted for: ranked, or listed apart for want of member data.
    const national = await db.one(
      `SELECT count(*) AS n FROM clusters WHERE designation = 'national'`,
    );
    expect(r.rows.length + r.notRanked.length).toBe(Number(national!.n));
    const empty = await db.all(
      `SELECT id FROM clusters c WHERE designation = 'national'
         AND NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.cluster = c.id) ORDER BY id`,
    );
    expect(r.notRanked.map((x) => x.alternative).sort()).toEqual(empty.map((x) => String(x.id)));
    expect(r.columns).toEqual([
      'alternative',
      'name',
      'score',
      'rank',
      'rank_low',
      'rank_high',
      'synthetic_share',
    ]);
    expect(r.rows[0].rank).toBe(1);
    for (const row of r.rows) expect(row.synthetic_share).toBeGreaterThanOrEqual(0);
    const codes = r.warnings.map((w) => w.code);
    if (r.rows.some((x) => x.synthetic_share > 0))
      expect(codes).toContain('ATLAS_W_SYNTHETIC_INCLUDED');
    expect(r.saved?.command).toBe(
      'atlas evaluate --data data.csv --system system.json --method wsum --weights expert --missing zero --runs 40 --seed 5 --concentration 100',
    );
    const again = await reproduceRanking(dir);
    expect(
      again.rows.map((x) => [x.alternative, x.score, x.rank, x.rank_low, x.rank_high]),
    ).toEqual(r.rows.map((x) => [x.alternative, x.score, x.rank, x.rank_low, x.rank_high]));
    expect(readFileSync(join(dir, 'ranking.csv'), 'utf8').split('\n').length).toBe(
      r.rows.length + 2,
    );
  });

  it('excluding synthetic records scores real members only', async () => {
    const r = await rankClusters(db, { designation: 'national', synthetic: 'exclude' });
    expect(r.rows.every((x) => x.synthetic_share === 0)).toBe(true);
    expect(r.warnings.map((w) => w.code)).not.toContain('ATLAS_W_SYNTHETIC_INCLUDED');
  });

  it('scorecard: rank, type and path, peers of the same type, diagnosis with its figures', async () => {
    const s = await clusterScorecard(db, 'national-changsha-construction-machinery', {
      designation: 'national',
    });
    expect(s.status).toBe('scored');
    expect(s.typology?.type).toBe('key_strategic');
    expect(s.typology?.path.map((p) => p.id)).toEqual(['chain_leaders', 'common_platforms']);
    expect(s.peers.length).toBeGreaterThan(10);
    expect(s.peers).not.toContain('national-ningbo-petrochemicals');
    expect(s.comparison.map((r) => r.indicator)).toContain('supply_link_density');
    const gathered = s.diagnosis.find((d) => d.problem === 'gathered_not_networked')!;
    expect(gathered.evidence.map((e) => e.indicator)).toEqual(['supply_link_density']);
    expect(gathered.missing).toEqual(['research_links_share']);
    expect(['indicated', 'not indicated']).toContain(gathered.status);
  });

  it('an empty national cluster gets no rank, no type, no verdict: it is listed apart, and says why', async () => {
    const id = EMPTY_NATIONAL;
    const members = await db.one(`SELECT count(*) AS n FROM cluster_members WHERE cluster = $id`, {
      id,
    });
    expect(Number(members!.n)).toBe(0);
    const r = await rankClusters(db, { designation: 'national', runs: 0 });
    expect(r.rows.map((x) => x.alternative)).not.toContain(id);
    expect(r.notRanked).toContainEqual({
      alternative: id,
      name: expect.any(String),
      reason: 'no_member_data',
    });
    const w = r.warnings.find((x) => x.code === 'ATLAS_W_NO_MEMBER_DATA');
    expect(w?.details?.clusters).toContain(id);
    // The last ranked cluster has members: last place is earned, not given for missing data.
    const last = r.rows[r.rows.length - 1].alternative;
    expect(r.notRanked.map((x) => x.alternative)).not.toContain(last);

    const s = await clusterScorecard(db, id, { designation: 'national', runs: 0 });
    expect(s).toMatchObject({
      status: 'no_member_data',
      ranking: null,
      typology: null,
      peers: [],
      comparison: [],
      diagnosis: [],
    });
    expect(s.warnings.map((x) => x.code)).toEqual(['ATLAS_W_NO_MEMBER_DATA']);
    // Nor is it anyone's peer.
    const changsha = await clusterScorecard(db, 'national-changsha-construction-machinery', {
      designation: 'national',
      peers: 'all',
      runs: 0,
    });
    expect(changsha.peers).not.toContain(id);
  });

  it('with synthetic records excluded, a cluster whose members are all synthetic is not ranked', async () => {
    const r = await rankClusters(db, { designation: 'national', synthetic: 'exclude', runs: 0 });
    const onlySynthetic = await db.all(
      `SELECT m.cluster FROM cluster_members m JOIN organizations o ON o.id = m.organization
       JOIN clusters c ON c.id = m.cluster WHERE c.designation = 'national'
       GROUP BY m.cluster HAVING bool_and(o.synthetic)`,
    );
    for (const x of onlySynthetic)
      expect(r.notRanked.map((n) => n.alternative)).toContain(String(x.cluster));
  });
});
