import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionMatrix } from '../../src/analytics/evaluation/decision-matrix.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import {
  EvaluationDefinition,
  indicatorWeights,
  validateIndexSystem,
  type IndexSystemInput,
} from '../../src/core/model/index-system.ts';
import { evaluateMatrix } from '../../src/services/evaluation/run-evaluation.ts';

const dir = new URL('../../data/index-systems/', import.meta.url);
const load = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));

function refusal(fn: () => unknown): { node: string; reason: string; file: string } {
  try {
    fn();
  } catch (e) {
    if (isAtlasError(e) && e.code === 'ATLAS_E_INDEX_SYSTEM') return e.details as never;
    throw e;
  }
  throw new Error('not refused');
}

const cite = [{ source: 'test' }];
function small(over: Partial<IndexSystemInput> = {}): IndexSystemInput {
  const ind = (id: string, weight?: number) => ({
    id,
    name: { zh: id, en: id },
    direction: 'benefit' as const,
    unit: 'u',
    source: { kind: 'imported' as const },
    basis: cite,
    weight,
  });
  return {
    kind: 'index-system',
    id: 't',
    name: { zh: '测试', en: 'test' },
    basis: cite,
    weights: { mode: 'declared', sum: 1, tolerance: 1e-9 },
    root: ['d1', 'd2'],
    dimensions: [
      { id: 'd1', name: { zh: 'd1', en: 'd1' }, children: ['a', 'b'], weight: 0.6 },
      { id: 'd2', name: { zh: 'd2', en: 'd2' }, children: ['c'], weight: 0.4 },
    ],
    indicators: [ind('a', 0.5), ind('b', 0.5), ind('c', 1)],
    ...over,
  };
}

describe('bundled index systems', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('every file is a valid index system or named method, and cites its basis', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const raw = load(f);
      const def = EvaluationDefinition.parse(raw);
      expect(def.basis.length, f).toBeGreaterThan(0);
      if (def.kind === 'index-system') validateIndexSystem(raw, f);
    }
  });

  it('named methods point at the concentration library, not a copy', async () => {
    for (const f of ['eco-star-rating.json', 'uscmp-strong-clusters.json']) {
      const def = EvaluationDefinition.parse(load(f));
      if (def.kind !== 'named-method') throw new Error(f);
      const mod = await import(new URL(`../../${def.implementation.module}`, import.meta.url).href);
      expect(typeof mod[def.implementation.export], f).toBe('function');
    }
  });

  it('the advanced-manufacturing system rests on seed 004 four marks and seed 002, equal weights summing to 1', () => {
    const sys = validateIndexSystem(load('advanced-manufacturing-cluster.json'));
    expect(sys.root).toEqual(['scale', 'innovation', 'chain', 'policy', 'advanced', 'four_chains']);
    expect(JSON.stringify(sys.basis)).toContain('seed 004');
    const w = indicatorWeights(sys);
    expect([...w.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(w.get('output')).toBeCloseTo(1 / 6 / 3, 12);
    expect(sys.indicators.every((i) => i.operationalisation === 'ours')).toBe(true);
  });

  it('the ESCA-style checklist marks its unchecked items unverified', () => {
    const sys = validateIndexSystem(load('cluster-management-checklist.json'));
    expect(sys.indicators.some((i) => !i.verified)).toBe(true);
  });
});

describe('index-system refusals (ATLAS_E_INDEX_SYSTEM with file, node, reason)', () => {
  it('accepts the small system; declared weights multiply down the tree', () => {
    const w = indicatorWeights(validateIndexSystem(small()));
    expect(w.get('a')).toBeCloseTo(0.3, 15);
    expect(w.get('c')).toBeCloseTo(0.4, 15);
  });

  it('refuses a cycle', () => {
    const s = small();
    s.dimensions = [
      { id: 'd1', name: { zh: 'd1', en: 'd1' }, children: ['a', 'b', 'd2'], weight: 0.6 },
      { id: 'd2', name: { zh: 'd2', en: 'd2' }, children: ['c', 'd1'], weight: 0.4 },
    ];
    s.root = ['d1'];
    const r = refusal(() => validateIndexSystem(s, 'cyc.json'));
    expect(r.file).toBe('cyc.json');
    expect(r.reason).toMatch(/^cycle: root → d1 → d2 → d1/);
  });

  it('refuses an unknown indicator', () => {
    const s = small();
    s.dimensions![1].children = ['c', 'zz'];
    const r = refusal(() => validateIndexSystem(s, 'u.json'));
    expect(r).toMatchObject({ node: 'd2', reason: 'unknown indicator or dimension "zz"' });
  });

  it('refuses weights that do not sum as declared', () => {
    const s = small();
    s.indicators![0].weight = 0.7;
    const r = refusal(() => validateIndexSystem(s, 'w.json'));
    expect(r.node).toBe('d1');
    expect(r.reason).toMatch(/sum to 1\.2, not 1 as declared/);
  });

  it('refuses a node under two parents and a node unreachable from the root', () => {
    const s = small();
    s.dimensions![1].children = ['c', 'a'];
    s.dimensions![1].weight = 0.4;
    s.indicators![2].weight = 0.5;
    s.indicators![0].weight = 0.5;
    expect(refusal(() => validateIndexSystem(s)).reason).toMatch(/two parents/);
    const t = small({ root: ['d1'] });
    t.dimensions![0].weight = 1;
    expect(refusal(() => validateIndexSystem(t)).node).toBe('d2');
  });

  it('refuses a schema error naming the node', () => {
    const s = small();
    (s.indicators![1] as { direction: string }).direction = 'up';
    const r = refusal(() => validateIndexSystem(s, 'd.json'));
    expect(r.node).toBe('b');
    expect(r.reason).toMatch(/direction/);
  });

  it('refuses an indicator with no values in the data', () => {
    const sys = validateIndexSystem(small());
    const dm = decisionMatrix(
      ['x', 'y'],
      ['a', 'b', 'c'],
      [
        [1, 2, null],
        [2, 1, null],
      ],
    );
    const r = refusal(() =>
      evaluateMatrix(dm, sys, {}, { systemFile: 'sys.json', dataFile: 'data.csv' }),
    );
    expect(r).toMatchObject({
      file: 'sys.json',
      node: 'c',
      reason: 'indicator has no values in data.csv',
    });
  });
});
