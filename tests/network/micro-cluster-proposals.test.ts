import { describe, expect, it } from 'vitest';
import { proposeMicroClusters } from '../../src/analytics/network/micro-cluster-proposals.ts';

const firm = (id: string) => ({ id, kind: 'enterprise' });
const lab = (id: string) => ({ id, kind: 'institute' });

describe('proposeMicroClusters', () => {
  it('ranks firms with research above a larger group of firms alone, and drops covered groups', () => {
    const r = proposeMicroClusters([
      {
        id: 'a',
        label: 'A',
        kind: 'topic',
        members: [firm('f1'), firm('f2'), firm('f3'), firm('f4')],
      },
      { id: 'b', label: 'B', kind: 'topic', members: [firm('f1'), firm('f2'), lab('u1')] },
      // Inside b's members: no new group.
      { id: 'c', label: 'C', kind: 'topic', members: [firm('f1'), lab('u1'), firm('f2')] },
      // Too small, and one without any firm.
      { id: 'd', label: 'D', kind: 'topic', members: [firm('f5'), lab('u2')] },
      { id: 'e', label: 'E', kind: 'topic', members: [lab('u1'), lab('u2'), lab('u3')] },
    ]);
    // b: 2 firms × (1 + 1) = 4 = a: 4 firms × 1; tie broken by size (a has 4 members).
    expect(r.map((x) => [x.problem, x.score])).toEqual([
      ['a', 4],
      ['b', 4],
    ]);
    expect(r[1]).toMatchObject({ firms: 2, research: 1, members: ['f1', 'f2', 'u1'] });
  });

  it('counts a member once however many links name the topic, and caps the group by engagement', () => {
    const r = proposeMicroClusters(
      [
        {
          id: 'big',
          label: 'big',
          kind: 'topic',
          members: [firm('x'), firm('x'), firm('y'), firm('z'), firm('w')],
        },
        { id: 'other', label: 'o', kind: 'topic', members: [firm('w'), firm('z'), lab('l')] },
      ],
      { maxMembers: 3 },
    );
    const big = r.find((x) => x.problem === 'big')!;
    // w and z share two problems, so they stay; then x (by id) over y.
    expect(big.members).toEqual(['w', 'x', 'z']);
    expect(big.omitted).toBe(1);
  });
});
