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

let db: Duck;
const dir = mkdtempSync(join(tmpdir(), 'atlas-rank-'));
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: { seed: 1, firms: 300 } });
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ranking the atlas clusters end to end', () => {
  it('ranks the 45 national clusters from the store, flags synthetic shares, and saves a reproducible run', async () => {
    const r = await rankClusters(db, {
      designation: 'national',
      runs: 40,
      seed: 5,
      saveDir: dir,
    });
    expect(r.rows.length).toBe(45);
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
    expect(readFileSync(join(dir, 'ranking.csv'), 'utf8').split('\n').length).toBe(47);
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
    expect(s.typology.type).toBe('key_strategic');
    expect(s.typology.path.map((p) => p.id)).toEqual(['chain_leaders', 'common_platforms']);
    expect(s.peers.length).toBeGreaterThan(10);
    expect(s.peers).not.toContain('national-ningbo-petrochemicals');
    expect(s.comparison.map((r) => r.indicator)).toContain('supply_link_density');
    const gathered = s.diagnosis.find((d) => d.problem === 'gathered_not_networked')!;
    expect(gathered.evidence.map((e) => e.indicator)).toEqual(['supply_link_density']);
    expect(gathered.missing).toEqual(['research_links_share']);
    expect(['indicated', 'not indicated']).toContain(gathered.status);
  });
});
