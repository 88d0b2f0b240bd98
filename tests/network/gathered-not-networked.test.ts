/**
 * The 集而不群 index over link rows: a tied cluster reads "networked", a
 * cluster of isolated firms "gathered but not networked", with the figures
 * worked by hand; links to unknown organisations and self-loops are warnings.
 */
import { describe, expect, it } from 'vitest';
import { gatheredNotNetworked } from '../../src/analytics/network/gathered-not-networked.ts';
import { linkGraph } from '../../src/analytics/network/link-graph.ts';

const firm = (id: string, tags: string[] = []) => ({ id, kind: 'enterprise', tags });

describe('linkGraph', () => {
  it('keeps the node order given, drops unknown ends and self-loops with warnings', () => {
    const rows = [
      { source: 'a', target: 'b', type: 'supply', value: 2 },
      { source: 'b', target: 'ghost', type: 'supply', value: 1 },
      { source: 'c', target: 'c', type: 'supply', value: 1 },
      { source: 'a', target: 'c', type: 'competition', value: 1 },
    ];
    const r = linkGraph(rows, {
      nodes: ['c', 'b', 'a'],
      known: new Set(['a', 'b', 'c']),
      types: ['supply'],
    });
    expect(r.graph.labels).toEqual(['c', 'b', 'a']);
    expect(r.graph.edgeCount).toBe(1);
    expect(r.warnings.map((w) => w.code)).toEqual([
      'ATLAS_W_LINKS_DROPPED',
      'ATLAS_W_SELF_LOOPS_DROPPED',
    ]);
    expect(r.warnings[0].details?.reasons).toEqual({ 'unknown organisation': 1 });
    const w = linkGraph([...rows, { source: 'a', target: 'b', type: 'supply', value: null }], {
      weighted: true,
    });
    expect(w.graph.weights?.length).toBe(3 * 2); // a-b, b-ghost (no known set), a-c
    expect(w.warnings[0].details?.reasons).toEqual({ 'value missing or not positive': 1 });
  });
});

describe('gatheredNotNetworked', () => {
  it('a leader with its suppliers and a university partner is networked', () => {
    const orgs = [
      firm('L', ['chain_leader']),
      firm('s1'),
      firm('s2'),
      firm('s3'),
      firm('x'),
      { id: 'U', kind: 'university' },
    ];
    const links = [
      { source: 's1', target: 'L', type: 'supply' },
      { source: 's2', target: 'L', type: 'supply' },
      { source: 's3', target: 's1', type: 'supply' },
      { source: 's2', target: 'U', type: 'collaboration' },
      { source: 'x', target: 'L', type: 'competition' },
    ];
    const r = gatheredNotNetworked({
      cluster: 'c1',
      members: ['L', 's1', 's2', 's3', 'x'],
      organizations: orgs,
      links,
    });
    expect(r.members).toBe(5);
    expect(r.firms).toBe(5);
    expect(r.linkedFirms).toBe(4); // x only competes
    expect(r.linkedFirmShare).toBeCloseTo(0.8, 12);
    expect(r.ties).toBe(3);
    expect(r.density).toBeCloseTo(3 / 10, 12);
    expect(r.expectedDensity).toBeCloseTo(Math.log(5) / 4, 12);
    expect(r.largestComponentShare).toBeCloseTo(0.8, 12);
    expect(r.chainLeaders).toBe(1);
    expect(r.firmsInLeaderSupplyNetworks).toBe(3);
    expect(r.firmsInLeaderSupplyNetworksShare).toBeCloseTo(3 / 4, 12);
    expect(r.firmsWithResearchPartner).toBe(1);
    expect(r.verdict).toBe('networked');
    expect(r.verdictLabel.zh).toBe('网络化');
  });

  it('firms side by side without ties are gathered but not networked', () => {
    const orgs = ['a', 'b', 'c', 'd'].map((id) => firm(id));
    const links = [
      { source: 'a', target: 'b', type: 'supply' },
      { source: 'a', target: 'outsider', type: 'supply' },
    ];
    const r = gatheredNotNetworked({
      cluster: 'c2',
      members: ['a', 'b', 'c', 'd'],
      organizations: orgs,
      links,
    });
    expect(r.linkedFirmShare).toBeCloseTo(0.5, 12);
    expect(r.largestComponentShare).toBeCloseTo(0.5, 12);
    expect(r.verdict).toBe('networked'); // both exactly at the 0.5 thresholds
    const strict = gatheredNotNetworked(
      { cluster: 'c2', members: ['a', 'b', 'c', 'd'], organizations: orgs, links },
      { linkedFirmShare: 0.6, largestComponentShare: 0.5 },
    );
    expect(strict.verdict).toBe('gathered_not_networked');
    expect(strict.verdictLabel).toEqual({ zh: '集而不群', en: 'gathered but not networked' });
    expect(strict.checks.map((c) => c.passed)).toEqual([false, true]);
    expect(strict.warnings.map((w) => w.code)).toEqual(['ATLAS_W_LINKS_DROPPED']);
  });

  // This case once read "gathered but not networked": a verdict drawn from no firms at all.
  it('no firms and no links: shares undefined, no verdict (too few firms), no crash', () => {
    const r = gatheredNotNetworked({
      cluster: 'c3',
      members: ['p'],
      organizations: [{ id: 'p', kind: 'park' }],
      links: [],
    });
    expect(r.linkedFirmShare).toBeNaN();
    expect(r.verdict).toBe('insufficient_data');
    expect(r.verdictLabel).toEqual({ zh: '数据不足', en: 'not enough data' });
    expect(r.insufficient).toEqual({ reason: 'too_few_firms', minFirms: 3 });
    expect(r.warnings.map((w) => w.code)).toContain('ATLAS_W_TOO_LITTLE_DATA');
  });

  it('no members: no verdict, and the answer says why', () => {
    const r = gatheredNotNetworked({ cluster: 'c0', members: [], organizations: [], links: [] });
    expect(r.verdict).toBe('insufficient_data');
    expect(r.insufficient?.reason).toBe('no_members');
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'ATLAS_W_NO_MEMBER_DATA', details: { clusters: ['c0'] } }),
    ]);
  });

  it('two firms are too few to judge; three are enough; the threshold can be set', () => {
    const two = gatheredNotNetworked({
      cluster: 'c4',
      members: ['a', 'b'],
      organizations: [firm('a'), firm('b')],
      links: [{ source: 'a', target: 'b', type: 'supply' }],
    });
    expect(two.verdict).toBe('insufficient_data');
    expect(two.insufficient?.reason).toBe('too_few_firms');
    expect(two.linkedFirmShare).toBe(1); // the figures stay; only the verdict is withheld
    const three = gatheredNotNetworked({
      cluster: 'c4',
      members: ['a', 'b', 'c'],
      organizations: [firm('a'), firm('b'), firm('c')],
      links: [{ source: 'a', target: 'b', type: 'supply' }],
    });
    expect(three.verdict).toBe('networked'); // 2/3 tied, 2/3 in one group
    const loose = gatheredNotNetworked(
      { cluster: 'c4', members: ['a', 'b'], organizations: [firm('a'), firm('b')], links: [] },
      { linkedFirmShare: 0.5, largestComponentShare: 0.5, minFirms: 2 },
    );
    expect(loose.insufficient?.reason).toBe('no_ties_recorded');
  });

  it('members with no tie recorded at all get no verdict: no link data is not evidence of no links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const none = gatheredNotNetworked({
      cluster: 'c5',
      members: ids,
      organizations: ids.map((id) => firm(id)),
      links: [{ source: 'a', target: 'b', type: 'competition' }],
    });
    expect(none.verdict).toBe('insufficient_data');
    expect(none.insufficient?.reason).toBe('no_ties_recorded');
    expect(none.warnings.find((w) => w.code === 'ATLAS_W_TOO_LITTLE_DATA')?.details).toMatchObject({
      rule: 'no_ties_recorded',
      firms: 5,
    });
    // One tie recorded, even to a firm outside the cluster, is link data: the verdict stands.
    const one = gatheredNotNetworked({
      cluster: 'c5',
      members: ids,
      organizations: ids.map((id) => firm(id)),
      links: [{ source: 'a', target: 'outsider', type: 'supply' }],
    });
    expect(one.verdict).toBe('gathered_not_networked');
  });
});
