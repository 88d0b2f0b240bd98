import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyCluster, parseClusterTypeRules } from '../../src/analytics/evaluation/typology.ts';

const json = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const rules = parseClusterTypeRules(json('../../data/typology/cluster-types.json'));
const national: { id: string; name: string; industries?: string[] }[] = json(
  '../../data/clusters/national.json',
);
const defaults: { id: string; name: string; industries: string[] }[] = json(
  '../../data/default/clusters.json',
);
const byName = (name: string) => {
  const c = national.find((x) => x.name.startsWith(name));
  if (!c) throw new Error(name);
  return classifyCluster({ name: c.name, industries: c.industries ?? [] }, rules);
};

describe('typology (seed 004 §三)', () => {
  it('national list: 宁波市绿色石化 → basic, 深圳市新一代信息通信 → key strategic (by name: the list carries no industries)', () => {
    const nb = byName('宁波市绿色石化');
    expect(nb.type).toBe('basic');
    expect(nb.decidedBy).toBe('name-keywords');
    expect(nb.evidence.keywords.map((k) => k.keyword)).toContain('石化');
    expect(nb.path.map((p) => p.id)).toEqual(['raise_concentration', 'platform_economy']);
    expect(byName('深圳市新一代信息通信').type).toBe('key_strategic');
    expect(byName('苏锡通高端纺织').type).toBe('basic');
    expect(byName('西安市航空').type).toBe('key_strategic');
  });

  it('by GB/T 4754 codes (default data): Tangshan steel basic, Shenzhen ICT key strategic, majority rule', () => {
    const tangshan = defaults.find((c) => c.id === 'cluster-tangshan-steel')!;
    const r = classifyCluster(tangshan, rules);
    expect(r.type).toBe('basic');
    expect(r.decidedBy).toBe('industry-codes');
    expect(r.problems.map((p) => p.id)).toContain('low_concentration');
    const sz = defaults.find((c) => c.id === 'national-shenzhen-ict')!;
    expect(classifyCluster(sz, rules).type).toBe('key_strategic');
    const shaoxing = defaults.find((c) => c.id === 'cluster-shaoxing-textiles')!;
    const s = classifyCluster(shaoxing, rules);
    expect(s.type).toBe('basic');
    expect(s.evidence.unmatchedCodes).toEqual(['5131']);
  });

  it('frontier by keyword, ahead of the codes (graphene sits in GB/T 4754 class 3091)', () => {
    const r = classifyCluster({ name: '某市石墨烯产业集群', industries: ['3091', '3985'] }, rules);
    expect(r.type).toBe('frontier');
    expect(r.decidedBy).toBe('keyword-frontier');
    expect(r.problems.map((p) => p.id)).toEqual(['dispersed_resources', 'weak_generic_technology']);
  });

  it('a tie goes to the primary (first) industry; nothing matched is unclassified', () => {
    expect(classifyCluster({ name: 'x', industries: ['3110', '3911'] }, rules).type).toBe('basic');
    expect(classifyCluster({ name: 'x', industries: ['3911', '3110'] }, rules).type).toBe(
      'key_strategic',
    );
    expect(classifyCluster({ name: '某集群', industries: [] }, rules).type).toBe('unclassified');
  });

  it("classifies all 45 national clusters, with the default data's industries where it has them", () => {
    const codes = new Map(defaults.map((c) => [c.id, c.industries]));
    const out = national.map((c) =>
      classifyCluster({ name: c.name, industries: codes.get(c.id) ?? [] }, rules),
    );
    expect(national.length).toBe(45);
    expect(out.filter((r) => r.type === 'unclassified')).toEqual([]);
    const count = (t: string) => out.filter((r) => r.type === t).length;
    // No national cluster names a frontier technology; appliances and textiles are basic.
    expect([count('basic'), count('key_strategic'), count('frontier')]).toEqual([5, 40, 0]);
  });
});
