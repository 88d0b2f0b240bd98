import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import {
  deriveCapabilities,
  matchCapability,
  matchDashboard,
  matchDemand,
  postDemand,
  recordOutcome,
} from '../../src/services/matching/index.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  await deriveCapabilities(db, { now: '2026-01-01T00:00:00Z' });
}, 60_000);
afterAll(() => db.close());

describe('matching on the default data (Changsha construction machinery)', () => {
  it('a demand for multi-way valves near Changsha gets local SME suppliers, with reasons', async () => {
    const r = await matchDemand(
      db,
      { text: '液压多路阀', region: '430100', organization: 'org-sany' },
      { top: 10 },
    );
    expect(r.matches).toHaveLength(10);
    for (const m of r.matches) {
      expect(m.title + m.supplier.name).toContain('多路阀');
      expect(m.supplier.region?.startsWith('4301')).toBe(true);
      expect(m.supplier.size).toBe('sme');
      expect(m.supplier.synthetic).toBe(true);
      expect(m.reasons[0]).toMatch(/^text: matches .*多路/);
      expect(m.reasons.some((x) => /^distance: \d+ km away/.test(x))).toBe(true);
    }
    const scores = r.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Sany buys no parts from itself.
    expect(r.matches.some((m) => m.supplier.id === 'org-sany')).toBe(false);
  });

  it('a recorded match outcome shows in the dashboard counts', async () => {
    const demand = await postDemand(
      db,
      {
        organization: 'org-zoomlion',
        title: '多路阀',
        description: '挖掘机用液压多路阀,年需求 2000 套',
        region: '430100',
        nodes: ['3443'],
        visibility: 'cluster',
        cluster: 'national-changsha-construction-machinery',
      },
      { now: '2026-03-02T00:00:00Z' },
    );
    const r = await matchDemand(
      db,
      { id: demand.id },
      { top: 3, record: true, now: '2026-03-02T00:00:00Z' },
    );
    expect(r.matches.every((m) => m.matchId)).toBe(true);
    expect(r.matches[0].parts.node.value).toBe(1);
    const id = r.matches[0].matchId!;
    await recordOutcome(db, id, 'contacted', { now: '2026-03-05T00:00:00Z' });
    await recordOutcome(db, id, 'sample_trial', { now: '2026-04-05T00:00:00Z' });
    await recordOutcome(db, id, 'contract', { now: '2026-05-05T00:00:00Z' });
    const d = await matchDashboard(db, { period: 'year', from: '2026', to: '2027' });
    expect(d.totals.smesWithLeaders).toBe(3);
    expect(d.totals.byStatus).toMatchObject({ proposed: 2, contract: 1 });
    expect(d.byLeader).toHaveLength(1);
    expect(d.byLeader[0]).toMatchObject({
      leader: 'org-zoomlion',
      leaderName: '中联重科股份有限公司',
      smes: 3,
    });

    // The supplier's side: the demand ranks first for its capability.
    const back = await matchCapability(db, r.matches[1].capability, { top: 3 });
    expect(back.matches[0].demand).toBe(demand.id);
  });
});
