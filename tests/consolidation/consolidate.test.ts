/**
 * The consolidation service on a six-firm steel cluster (fixture.ts holds the
 * hand-computed figures): concentration today and after a merger named by
 * name, partner ranking, errors for unknown or unreported firms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../src/services/consolidation/consolidate.ts';
import type { Duck } from '../../src/store/duck.ts';
import { steelStore } from './fixture.ts';

const analyst = { role: 'analyst' as const };
let db: Duck;
beforeAll(async () => {
  db = await steelStore();
});
afterAll(() => db.close());

describe('consolidate', () => {
  it('concentration today: HHI 2938, CR4 95, two firms for half, median 12.5', async () => {
    const c = await consolidate(db, { cluster: 'test-steel' }, analyst);
    expect(c.measure).toBe('output');
    expect(c.unit).toBe('10k yuan (万元)');
    expect(c.year).toBe(2024);
    expect(c.before.firms).toBe(6);
    expect(c.before.hhi).toBeCloseTo(2938, 9);
    expect(c.before.cr4).toBeCloseTo(95, 9);
    expect(c.before.cr8).toBeCloseTo(100, 9);
    expect(c.before.firmsForHalf).toBe(2);
    expect(c.before.median).toBe(12.5);
    expect(c.firms.map((f) => f.organization)).toEqual(['jia', 'yi', 'bing', 'ding', 'wu', 'ji']);
    expect(c.notReporting.map((f) => f.organization)).toEqual(['geng']);
    expect(c.after).toBeNull();
    expect(c.warnings.map((w) => w.code)).toContain('ATLAS_W_MISSING_VALUES');
  });

  it('丙钢 + 丁钢 by name: ΔHHI 200, HHI 3138, CR4 98, merged output 25 万元', async () => {
    const c = await consolidate(db, { cluster: 'test-steel', merge: [['丙钢', 'ding']] }, analyst);
    expect(c.deltaHhi).toBeCloseTo(200, 9);
    expect(c.after?.hhi).toBeCloseTo(3138, 9);
    expect(c.after?.cr4).toBeCloseTo(98, 9);
    expect(c.after?.firms).toBe(5);
    expect(c.mergers[0].size).toBe(25);
    expect(c.mergers[0].members.map((m) => m.organization)).toEqual(['bing', 'ding']);
    expect(c.mergers[0].reading.us2023).toBe('presumed-harmful');
    expect(c.mergers[0].reading.eu2004).toBe('further-analysis');
    // The first merging firm leads the partner search.
    expect(c.leader?.organization).toBe('bing');
  });

  it('partners of the chain leader: what they add, shared customers, overlap', async () => {
    const c = await consolidate(db, { cluster: 'test-steel' }, analyst);
    expect(c.leader?.organization).toBe('jia');
    const wu = c.partners.find((p) => p.organization === 'wu')!;
    expect(wu.added).toEqual(['3140', '3311']);
    expect(wu.shared).toEqual([]);
    expect(wu.sharedCustomers).toBe(2);
    expect(wu.customerOverlap).toBe(1);
    const ding = c.partners.find((p) => p.organization === 'ding')!;
    expect(ding.added).toEqual([]);
    expect(ding.shared).toEqual(['3130']);
    expect(ding.overlapSize).toBe(5);
    expect(c.partners[0].organization).toBe('wu');
    // The firm without output is still a candidate; its overlap is unknown.
    expect(c.partners.find((p) => p.organization === 'geng')?.overlapSize).toBeNull();
  });

  it('names an unknown firm, an unreported one and a lone merger clearly', async () => {
    await expect(
      consolidate(db, { cluster: 'test-steel', merge: [['甲钢铁集团', '不存在']] }, analyst),
    ).rejects.toMatchObject({ code: 'ATLAS_E_UNKNOWN_NAME' });
    await expect(
      consolidate(db, { cluster: 'test-steel', merge: [['钢', 'jia']] }, analyst),
    ).rejects.toMatchObject({ code: 'ATLAS_E_UNKNOWN_NAME', message: /names \d+ firms/ });
    await expect(
      consolidate(db, { cluster: 'test-steel', merge: [['庚钢管', 'jia']] }, analyst),
    ).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
      message: /庚钢管 \(geng\) has no output in 2024/,
    });
    await expect(
      consolidate(db, { cluster: 'test-steel', merge: [['jia', 'jia']] }, analyst),
    ).rejects.toMatchObject({ code: 'ATLAS_E_USAGE' });
    await expect(consolidate(db, { cluster: 'nope' }, analyst)).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
  });

  it('a region × industry scope: the firms of division 31 in Tangshan', async () => {
    const c = await consolidate(db, { region: '130200', industry: '31' }, analyst);
    expect(c.scope).toEqual({ kind: 'region-industry', region: '130200', industry: '31' });
    expect(c.before.firms).toBe(5);
    expect(c.before.hhi).toBeCloseTo(
      [40, 30, 20, 5, 3].reduce((a, x) => a + ((100 * x) / 98) ** 2, 0),
      9,
    );
  });
});
