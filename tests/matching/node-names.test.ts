import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { matchDemand, postCapability } from '../../src/services/matching/index.ts';
import { smallAtlas } from './fixture.ts';

let db: Duck;
beforeEach(async () => {
  db = await smallAtlas();
});
afterEach(() => db.close());

describe('match reasons name chain nodes', () => {
  it('by the template’s names, in both languages, never by the bare id', async () => {
    await postCapability(db, {
      organization: 'S1',
      title: '多路阀',
      nodes: ['construction-machinery/multi-way-valve'],
    });
    const r = await matchDemand(db, {
      text: '多路阀',
      organization: 'A',
      nodes: ['construction-machinery/multi-way-valve'],
    });
    const node = r.matches[0].why.find((w) => w.part === 'node');
    expect(node?.sameNode).toBe(true);
    expect(node?.nodes).toEqual([
      {
        id: 'construction-machinery/multi-way-valve',
        nameZh: '多路阀',
        nameEn: 'Multi-way valves',
      },
    ]);
    const line = r.matches[0].reasons.find((x) => x.startsWith('node:'));
    expect(line).toContain('on the wanted chain node Multi-way valves (多路阀)');
    expect(line).not.toContain('construction-machinery/multi-way-valve');
  });

  it('a GB/T 4754 class by the standard’s name', async () => {
    await postCapability(db, { organization: 'S1', title: '多路阀', nodes: ['3443'] });
    const r = await matchDemand(db, { text: '多路阀', organization: 'A', nodes: ['3443'] });
    const node = r.matches[0].why.find((w) => w.part === 'node');
    expect(node?.nodes?.[0].id).toBe('3443');
    expect(node?.nodes?.[0].nameZh).not.toBe('3443');
    expect(node?.nodes?.[0].nameEn).not.toBe('3443');
  });
});
