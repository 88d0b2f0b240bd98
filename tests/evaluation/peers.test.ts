import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePeers } from '../../src/analytics/evaluation/compare-peers.ts';
import { decisionMatrix } from '../../src/analytics/evaluation/decision-matrix.ts';
import { diagnoseCluster } from '../../src/analytics/evaluation/diagnose-cluster.ts';
import { evaluate } from '../../src/analytics/evaluation/evaluate.ts';
import { classifyCluster, parseClusterTypeRules } from '../../src/analytics/evaluation/typology.ts';

const rules = parseClusterTypeRules(
  JSON.parse(
    readFileSync(new URL('../../data/typology/cluster-types.json', import.meta.url), 'utf8'),
  ),
);

// Four basic clusters; T has weak R&D but the best (lowest) energy use.
const dm = decisionMatrix(
  ['T', 'P1', 'P2', 'P3'],
  ['rd_intensity', 'research_members', 'energy_per_output'],
  [
    [0.01, 2, 0.5],
    [0.03, 5, 0.9],
    [0.02, 4, 0.8],
    [0.04, 6, 1.0],
  ],
);
const ev = evaluate(dm, {
  method: 'wsum',
  weighting: 'equal',
  directions: ['benefit', 'benefit', 'cost'],
});

describe('peer comparison', () => {
  it('places the target against its peers, indicator by indicator (hand-computed)', () => {
    const rows = comparePeers(ev, 'T', ['P1', 'P2', 'P3', 'T']);
    const rd = rows.find((r) => r.indicator === 'rd_intensity')!;
    // min-max over all four: T 0, P1 2/3, P2 1/3, P3 1 → peer median 2/3.
    expect(rd.value).toBe(0);
    expect(rd.peerMedian).toBeCloseTo(2 / 3, 15);
    expect(rd.rank).toBe(4);
    expect(rd.of).toBe(4);
    expect(rd.position).toBe('behind');
    const energy = rows.find((r) => r.indicator === 'energy_per_output')!;
    expect(energy.value).toBe(1);
    expect(energy.position).toBe('ahead');
    expect(energy.rank).toBe(1);
  });

  it('refuses an unknown peer and an empty peer list', () => {
    expect(() => comparePeers(ev, 'T', ['X'])).toThrow(/no alternative X/);
    expect(() => comparePeers(ev, 'T', ['T'])).toThrow(/no peer/);
  });
});

describe('diagnosis against the type problems (seed 004 §三)', () => {
  it('flags weak innovation drive, clears the environmental constraint, says where data is lacking', () => {
    const type = classifyCluster({ name: '某市钢铁集群', industries: ['3110', '3120'] }, rules);
    expect(type.type).toBe('basic');
    const d = diagnoseCluster(type, comparePeers(ev, 'T', ['P1', 'P2', 'P3']));
    const status = Object.fromEntries(d.map((r) => [r.problem, r.status]));
    expect(status).toEqual({
      homogeneity: 'no data',
      weak_innovation_drive: 'indicated',
      low_concentration: 'no data',
      environmental_constraint: 'not indicated',
    });
    expect(d.find((r) => r.problem === 'low_concentration')!.missing).toEqual([
      'crn_firms',
      'hhi_firms',
    ]);
  });
});
