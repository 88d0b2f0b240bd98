import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../src/core/errors.ts';
import { Link } from '../../src/core/model/link.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { loadDefaultData } from '../../src/services/generate/load-default-data.ts';
import { apportion, generateSynthetic } from '../../src/services/generate/generate.ts';
import { createRng } from '../../src/services/generate/prng.ts';
import { gbt2260Codes } from './helpers.ts';

const base = loadDefaultData();
const big = generateSynthetic({ seed: 7, firms: 3000, base });

function linkedIds(links: { from: string; to: string }[]): Set<string> {
  const s = new Set<string>();
  for (const l of links) s.add(l.from).add(l.to);
  return s;
}

describe('prng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
    for (const x of xa) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws uniforms, normals and Poisson counts with the right means', () => {
    const r = createRng(1);
    const n = 20000;
    let u = 0;
    let z = 0;
    let p = 0;
    for (let i = 0; i < n; i++) {
      u += r.next();
      z += r.normal();
      p += r.poisson(3);
    }
    expect(u / n).toBeCloseTo(0.5, 1);
    expect(z / n).toBeCloseTo(0, 1);
    expect(p / n).toBeCloseTo(3, 1);
  });
});

describe('apportion', () => {
  it('splits a total exactly, in proportion, largest remainders first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [3, 1])).toEqual([5, 2]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(1001, [2.5, 1, 0.8]).reduce((a, b) => a + b, 0)).toBe(1001);
  });
});

describe('generateSynthetic', () => {
  it('is deterministic: same seed, same output; another seed, another output', () => {
    const a = generateSynthetic({ seed: 11, firms: 300, base });
    const b = generateSynthetic({ seed: 11, firms: 300, base });
    const c = generateSynthetic({ seed: 12, firms: 300, base });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.organizations)).not.toBe(JSON.stringify(a.organizations));
  });

  it('makes exactly the organisations asked for, each a member of one cluster', () => {
    expect(big.organizations).toHaveLength(3000);
    expect(big.meta.counts.organizations).toBe(3000);
    expect(big.clusterMembers).toHaveLength(3000);
    expect(new Set(big.clusterMembers.map((m) => m.organization)).size).toBe(3000);
    expect(generateSynthetic({ seed: 1, firms: 0, base }).organizations).toEqual([]);
    const one = generateSynthetic({
      seed: 1,
      firms: 40,
      clusters: ['national-changsha-construction-machinery'],
      base,
    });
    expect(one.organizations).toHaveLength(40);
    expect(new Set(one.clusterMembers.map((m) => m.cluster))).toEqual(
      new Set(['national-changsha-construction-machinery']),
    );
  });

  it('marks every record synthetic: provenance, id, name', () => {
    for (const o of big.organizations) {
      expect(o.id).toMatch(/^syn-s7-org-\d{6}$/);
      expect(o.name.startsWith('【合成】')).toBe(true);
      expect(o.nameEn?.endsWith('(synthetic)')).toBe(true);
      expect(o.provenance).toMatchObject({
        source: 'atlas generate --seed 7',
        method: 'synthetic',
        synthetic: true,
        verified: false,
      });
    }
    for (const l of big.links) {
      expect(l.id).toMatch(/^syn-s7-link-\d{7}$/);
      expect(l.provenance).toMatchObject({ method: 'synthetic', synthetic: true, verified: false });
    }
    expect(big.meta.synthetic).toBe(true);
  });

  it('passes the core schemas; ids unique; every link endpoint exists; no self-loops', () => {
    for (const o of big.organizations) expect(Organization.safeParse(o).success).toBe(true);
    for (const l of big.links) expect(Link.safeParse(l).success).toBe(true);
    const ids = new Set([...base.organizations, ...big.organizations].map((o) => o.id));
    expect(ids.size).toBe(base.organizations.length + 3000);
    expect(new Set(big.links.map((l) => l.id)).size).toBe(big.links.length);
    for (const l of big.links) {
      expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
      expect(l.from).not.toBe(l.to);
    }
  });

  it("places firms in their cluster's counties, with its industries and 2019-2024 measures", () => {
    const codes = gbt2260Codes();
    const cluster = new Map(big.clusterMembers.map((m) => [m.organization, m.cluster]));
    const byCluster = new Map(base.clusters.map((c) => [c.id, c]));
    for (const o of big.organizations) {
      const c = cluster.get(o.id)!;
      expect(codes.has(o.region!)).toBe(true);
      expect(base.sites.clusters[c].map((s) => s.region)).toContain(o.region);
      if (o.kind === 'enterprise' && !o.tags?.includes('chain_leader'))
        for (const i of o.industries ?? []) expect(byCluster.get(c)!.industries).toContain(i);
      const years = (o.measures ?? []).map((m) => m.year);
      expect(years.length).toBeGreaterThan(0);
      expect(years.at(-1)).toBe(2024);
      expect(Math.min(...years)).toBeGreaterThanOrEqual(2019);
    }
  });

  it('has heavy-tailed sizes and thousands of links of every generated type', () => {
    const emp = big.organizations
      .filter((o) => o.kind === 'enterprise')
      .map((o) => o.measures!.at(-1)!.employees!)
      .sort((a, b) => a - b);
    const median = emp[Math.floor(emp.length / 2)];
    expect(emp.at(-1)! / median).toBeGreaterThan(20);
    expect(big.links.length).toBeGreaterThan(4000);
    const t = big.meta.counts.links;
    for (const k of ['supply', 'collaboration', 'service', 'membership'] as const)
      expect(t[k]).toBeGreaterThan(100);
    for (const l of big.links.filter((l) => l.type === 'supply')) expect(l.product).toBeTruthy();
    expect(
      big.organizations.filter((o) => o.tags?.includes('little_giant')).length,
    ).toBeGreaterThan(50);
    expect(big.organizations.filter((o) => o.kind === 'institute').length).toBeGreaterThan(20);
  });

  it('leaves about 30% of the firms unlinked (集而不群), more in Tangshan than in Changsha', () => {
    const linked = linkedIds(big.links);
    const firms = big.organizations.filter((o) => o.kind === 'enterprise');
    const unlinked = firms.filter((o) => !linked.has(o.id)).length;
    expect(unlinked).toBe(big.meta.counts.unlinkedFirms);
    expect(unlinked / firms.length).toBeGreaterThan(0.2);
    expect(unlinked / firms.length).toBeLessThan(0.4);
    const share = (cluster: string): number => {
      const ids = big.clusterMembers
        .filter((m) => m.cluster === cluster)
        .map((m) => m.organization);
      return ids.filter((id) => linked.has(id)).length / ids.length;
    };
    expect(share('cluster-tangshan-steel')).toBeLessThan(0.5);
    expect(share('national-changsha-construction-machinery')).toBeGreaterThan(0.8);
  });

  it('sends supply toward the real chain leaders of the Changsha cluster, with the core parts', () => {
    const leaders = ['org-sany', 'org-zoomlion', 'org-crchi', 'org-sunward'];
    const toLeaders = big.links.filter((l) => l.type === 'supply' && leaders.includes(l.to));
    expect(toLeaders.length).toBeGreaterThan(20);
    const products = new Set(toLeaders.map((l) => l.product));
    for (const p of ['多路阀', '液压油缸', '液压泵']) expect(products.has(p)).toBe(true);
  });

  it('supplies real firms only with inputs they buy, never with final goods', () => {
    const buyersOf = (cid: string, product: string): string[] => {
      const p = base.profiles.clusters[cid];
      if (!p.products.some((x) => x[0] === product) || p.endProducts?.includes(product)) return [];
      const leaders = (base.clusters.find((c) => c.id === cid)!.members ?? [])
        .map((m) => base.organizations.find((o) => o.id === m.organization)!)
        .filter((o) => o.kind === 'enterprise' && o.tags?.includes('chain_leader'))
        .map((o) => o.id);
      return p.buyers?.[product] ?? leaders;
    };
    const toReal = big.links.filter((l) => l.type === 'supply' && l.to.startsWith('org-'));
    expect(toReal.length).toBeGreaterThan(100);
    for (const l of toReal) {
      const ok = base.clusters.some((c) => buyersOf(c.id, l.product!).includes(l.to));
      expect(ok, `${l.to} ${l.product}`).toBe(true);
    }
    const end = new Map(big.clusterMembers.map((m) => [m.organization, m.cluster]));
    for (const l of big.links.filter((l) => l.type === 'supply' && l.from.startsWith('syn-'))) {
      const cid = end.get(l.from)!;
      expect(base.profiles.clusters[cid].endProducts ?? []).not.toContain(l.product);
    }
  });

  it('refuses bad options and unknown clusters', () => {
    const bad = (o: object, code: string) => {
      try {
        generateSynthetic({ seed: 1, firms: 10, base, ...o });
      } catch (e) {
        expect(e).toBeInstanceOf(AtlasError);
        expect((e as AtlasError).code).toBe(code);
        return;
      }
      throw new Error('no error');
    };
    bad({ seed: -1 }, 'ATLAS_E_BAD_VALUE');
    bad({ seed: 1.5 }, 'ATLAS_E_BAD_VALUE');
    bad({ seed: 2 ** 32 }, 'ATLAS_E_BAD_VALUE');
    bad({ firms: -3 }, 'ATLAS_E_BAD_VALUE');
    bad({ firms: Number.NaN }, 'ATLAS_E_BAD_VALUE');
    bad({ clusters: ['cluster-nowhere'] }, 'ATLAS_E_UNKNOWN_NAME');
    bad({ clusters: [] }, 'ATLAS_E_BAD_VALUE');
  });
});
