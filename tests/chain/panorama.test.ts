import { describe, expect, it } from 'vitest';
import { chainGaps } from '../../src/analytics/chain/gaps.ts';
import {
  DEFAULT_PANORAMA_OPTIONS,
  nodeStatus,
  panorama,
  type PanoramaOrg,
  type SupplyLink,
} from '../../src/analytics/chain/panorama.ts';
import type { Placement } from '../../src/analytics/chain/place.ts';
import { toy } from './helpers.ts';

describe('status rules', () => {
  it('missing, weak, present and strong at the default thresholds', () => {
    expect(nodeStatus('midstream', 0, 0, null).status).toBe('missing');
    expect(nodeStatus('midstream', 2, 0, null).status).toBe('weak');
    expect(nodeStatus('midstream', 2, 1, null).status).toBe('present'); // an anchor lifts it out of weak
    expect(nodeStatus('midstream', 3, 0, null).status).toBe('present');
    expect(nodeStatus('midstream', 5, 0, null).status).toBe('present'); // no anchor: not strong
    expect(nodeStatus('midstream', 5, 1, 0.1).status).toBe('strong'); // share not required by default
  });

  it('follows tuned thresholds and says why', () => {
    const o = {
      ...DEFAULT_PANORAMA_OPTIONS,
      strongMinFirms: 3,
      strongMinAnchors: 0,
      weakMaxFirms: 1,
      minInsideShare: 0.5,
    };
    expect(nodeStatus('midstream', 3, 0, 0.6, o)).toEqual({
      status: 'strong',
      reason:
        '3 firms, 0 anchors (leader/champion/little giant), inside share 0.60: ≥ 3 firms and ≥ 0 anchors and inside share ≥ 0.5',
    });
    expect(nodeStatus('midstream', 3, 0, 0.4, o).status).toBe('present');
    expect(nodeStatus('midstream', 3, 0, null, o).status).toBe('strong'); // unknown share does not block
    expect(nodeStatus('midstream', 2, 0, null, o).status).toBe('present');
    expect(nodeStatus('support', 1, 0, null, o).reason).toMatch(/1 organisations/);
  });
});

const org = (
  id: string,
  inside: boolean,
  tags: string[] = [],
  extra: Partial<PanoramaOrg> = {},
): PanoramaOrg => ({
  id,
  name: id,
  kind: 'enterprise',
  tags,
  inside,
  synthetic: false,
  measureYear: 2024,
  revenue: 100,
  employees: 10,
  output: null,
  ...extra,
});
const p = (node: string, organization: string): Placement => ({
  node,
  organization,
  method: 'keyword',
  confidence: 0.8,
  review: 'auto',
  evidence: [],
  facts: [],
});

// Inside: v1..v5 valve makers (v1 a little giant), c1 a cylinder maker, m1 a chain leader, u1 a university
// on testing. Outside: x1 a supplier. Links: x1→v1 (30), v2→v1 (10), c1→m1 (no value), v1→m1 (5), x1→c1 (7).
const orgs = new Map(
  [
    org('v1', true, ['little_giant']),
    org('v2', true),
    org('v3', true),
    org('v4', true),
    org('v5', true, [], { measureYear: null, revenue: null, employees: null }),
    org('c1', true, ['specialised_sme']),
    org('m1', true, ['chain_leader', 'little_giant']),
    org('u1', true, [], { kind: 'university' }),
    org('x1', false),
  ].map((o) => [o.id, o]),
);
const placements = [
  p('valve', 'v1'),
  p('valve', 'v2'),
  p('valve', 'v3'),
  p('valve', 'v4'),
  p('valve', 'v5'),
  p('cylinder', 'c1'),
  p('hydraulics', 'v1'), // also on the group node itself: counted once in the subtree
  p('machine', 'm1'),
  p('testing', 'u1'),
];
const links: SupplyLink[] = [
  { source: 'x1', target: 'v1', value: 30 },
  { source: 'v2', target: 'v1', value: 10 },
  { source: 'c1', target: 'm1', value: null },
  { source: 'v1', target: 'm1', value: 5 },
  { source: 'x1', target: 'c1', value: 7 },
];

describe('panorama on a hand-computed toy', () => {
  const r = panorama(toy(), placements, orgs, links);
  const node = (id: string) => r.nodes.find((n) => n.id === id)!;

  it('sorts organisations into tiers and adds up their size', () => {
    const v = node('valve');
    expect(v.counts).toMatchObject({ little_giant: 1, sme: 4, firms: 5, anchors: 1, others: 0 });
    expect(v.size).toEqual({
      revenue: 400,
      employees: 40,
      output: 0,
      withMeasures: 4,
      largest: { revenue: 100, employees: 10, output: 0 },
    });
    expect(node('machine').firms.chain_leader.map((f) => f.id)).toEqual(['m1']);
    expect(node('testing').others.map((f) => f.id)).toEqual(['u1']);
  });

  it('weighs the inside share by value when every in-link has one, else by count', () => {
    // valve in-links: x1→v1 30 (outside), v2→v1 10 (inside): 10/40.
    expect(node('valve').links).toMatchObject({
      inCount: 2,
      outCount: 2,
      inValue: 40,
      insideShare: 0.25,
      basis: 'value',
      suppliers: 2,
    });
    // machine in-links: c1→m1 (no value), v1→m1 5: by count, both inside.
    expect(node('machine').links).toMatchObject({ inCount: 2, insideShare: 1, basis: 'count' });
    expect(node('steel').links.insideShare).toBeNull();
  });

  it('rolls a group node up from its subtree, each organisation once', () => {
    expect(node('hydraulics').counts.firms).toBe(6); // v1..v5, c1
    expect(node('hydraulics').status).toBe('strong');
  });

  it('computes status per node and completeness over leaves', () => {
    const st = Object.fromEntries(r.nodes.map((n) => [n.id, n.status]));
    expect(st).toEqual({
      steel: 'missing',
      hydraulics: 'strong',
      valve: 'strong',
      cylinder: 'weak',
      machine: 'present',
      engine: 'missing',
      testing: 'weak',
    });
    // leaves: steel 0, valve 1, cylinder 0.4, machine 0.75, engine 0, testing 0.4 → 2.55 / 6
    expect(r.completeness).toBeCloseTo(2.55 / 6, 12);
    expect(r.coverage).toBeCloseTo(4 / 6, 12);
    expect(r.byStatus).toEqual({ strong: 1, present: 1, weak: 2, missing: 2 });
    // four-bases weight 2: steel, valve, cylinder count twice → (0 + 2 + 0.8 + 0.75 + 0 + 0.4) / 9
    expect(
      panorama(toy(), placements, orgs, links, { fourBasesWeight: 2 }).completeness,
    ).toBeCloseTo(3.95 / 9, 12);
  });

  it('lists occupied leaves without any in-link', () => {
    expect(r.nodesWithoutInputs).toEqual(['testing']);
  });

  it('finds the gaps: missing, weak, thin four-bases, single supplier, outside dependence, missing inputs', () => {
    const gaps = chainGaps(r, { minLinks: 2 });
    const got = gaps.map((g) => `${g.severity} ${g.kind} ${g.node} ${g.action}`);
    expect(got).toEqual([
      'high missing steel fill',
      'high four_bases_thin steel fill',
      'high outside_dependence valve replace_imports',
      'high weak cylinder strengthen',
      'high four_bases_thin cylinder strengthen',
      'high single_supplier cylinder strengthen',
      'high inputs_missing cylinder replace_imports',
      'medium missing engine fill',
      'low single_supplier machine strengthen', // m1 alone
      'low inputs_missing machine replace_imports', // engine missing
      'low weak testing strengthen',
      'low single_supplier testing strengthen',
    ]);
    expect(gaps.find((g) => g.kind === 'outside_dependence')!.evidence).toMatch(
      /^25% of inputs \(by value\)/,
    );
    expect(gaps.find((g) => g.kind === 'inputs_missing')!.evidence).toMatch(/steel \(钢材\)/);
    // The same evidence as data, for the web to say in Chinese or English.
    expect(gaps.find((g) => g.kind === 'outside_dependence')!.facts).toEqual({
      counted: r.nodes.find((n) => n.id === 'valve')!.counts.counted,
      insideShare: 0.25,
      basis: 'value',
      inLinks: r.nodes.find((n) => n.id === 'valve')!.links.inCount,
      threshold: 0.5,
    });
    expect(gaps.find((g) => g.kind === 'inputs_missing')!.facts.inputs).toEqual([
      { id: 'steel', nameZh: '钢材', nameEn: expect.any(String) },
    ]);
    const only = gaps.find((g) => g.kind === 'single_supplier' && g.node === 'cylinder')!;
    expect(only.facts.counted).toBe(1);
    expect(only.evidence).toBe(`one organisation only: ${only.facts.only}`);
  });

  it('suggests extending the chain when a downstream node is missing but all its inputs are present', () => {
    const r2 = panorama(
      toy(),
      placements.filter((x) => x.node !== 'machine'),
      orgs,
      links,
      {},
    );
    const engineThere = panorama(
      toy(),
      [...placements.filter((x) => x.node !== 'machine'), p('engine', 'x1')],
      orgs,
      links,
    );
    expect(chainGaps(r2).find((g) => g.node === 'machine')!.kind).toBe('missing'); // engine missing too
    expect(chainGaps(engineThere).find((g) => g.node === 'machine')).toMatchObject({
      kind: 'extend',
      action: 'extend',
    });
  });
});
