import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { matchEvents } from '../../src/store/matching.ts';
import {
  canMove,
  matchDashboard,
  proposeMatches,
  recordOutcome,
} from '../../src/services/matching/index.ts';
import { smallAtlas } from './fixture.ts';

let db: Duck;
beforeEach(async () => {
  db = await smallAtlas();
});
afterEach(() => db.close());

describe('match outcome states', () => {
  it('allows proposed → contacted → sample_trial → contract, and declined from open states', () => {
    expect(canMove('proposed', 'contacted')).toBe(true);
    expect(canMove('contacted', 'sample_trial')).toBe(true);
    expect(canMove('sample_trial', 'contract')).toBe(true);
    for (const s of ['proposed', 'contacted', 'sample_trial'] as const)
      expect(canMove(s, 'declined')).toBe(true);
    expect(canMove('proposed', 'contract')).toBe(false);
    expect(canMove('contract', 'declined')).toBe(false);
    expect(canMove('declined', 'contacted')).toBe(false);
  });

  it('records each step as an event and refuses an illegal one', async () => {
    const [m] = await proposeMatches(db, [{ buyer: 'A', supplier: 'S1' }], {
      now: '2026-01-10T00:00:00Z',
    });
    await expect(recordOutcome(db, m.id, 'contract')).rejects.toMatchObject({
      code: 'ATLAS_E_MATCH_TRANSITION',
      details: { from: 'proposed', to: 'contract', allowed: ['contacted', 'declined'] },
    });
    await recordOutcome(db, m.id, 'contacted', { now: '2026-01-11T00:00:00Z' });
    await recordOutcome(db, m.id, 'sample_trial', { now: '2026-02-01T00:00:00Z' });
    const done = await recordOutcome(db, m.id, 'contract', { now: '2026-03-01T00:00:00Z' });
    expect(done.status).toBe('contract');
    await expect(recordOutcome(db, m.id, 'declined')).rejects.toMatchObject({
      code: 'ATLAS_E_MATCH_TRANSITION',
    });
    expect((await matchEvents(db, m.id)).map((e) => e.to_status)).toEqual([
      'proposed',
      'contacted',
      'sample_trial',
      'contract',
    ]);
    await expect(recordOutcome(db, m.id, 'signed')).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    await expect(recordOutcome(db, 'nope', 'contacted')).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
  });

  it('the dashboard counts SMEs matched with leaders per period, by result', async () => {
    const q1 = '2026-02-01T00:00:00Z';
    const q2 = '2026-05-01T00:00:00Z';
    const [a1, a2] = await proposeMatches(
      db,
      [
        { buyer: 'A', supplier: 'S1' },
        { buyer: 'A', supplier: 'S2' },
      ],
      { now: q1 },
    );
    await proposeMatches(db, [{ buyer: 'B', supplier: 'S1' }], { now: q2 });
    await proposeMatches(db, [{ buyer: 'S1', supplier: 'S2' }], { now: q2 }); // SME buyer: not counted
    await recordOutcome(db, a1.id, 'declined');
    await recordOutcome(db, a2.id, 'contacted');
    const d = await matchDashboard(db, { period: 'quarter' });
    expect(d.totals).toEqual({
      smesWithLeaders: 2,
      leaders: 2,
      matches: 3,
      byStatus: { proposed: 1, contacted: 1, sample_trial: 0, contract: 0, declined: 1 },
    });
    expect(d.periods.map((p) => [p.period, p.smesWithLeaders, p.leaders, p.matches])).toEqual([
      ['2026-Q1', 2, 1, 2],
      ['2026-Q2', 1, 1, 1],
    ]);
    expect(d.byLeader.map((r) => [r.period, r.leaderName, r.smes])).toEqual([
      ['2026-Q1', '主机甲', 2],
      ['2026-Q2', '主机乙', 1],
    ]);
    const q2only = await matchDashboard(db, { from: '2026-04-01', to: '2026-07-01' });
    expect(q2only.totals.matches).toBe(1);
  });
});
