import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Cluster } from '../../src/core/model/cluster.ts';
import { Link } from '../../src/core/model/link.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { loadDefaultData } from '../../src/services/generate/load-default-data.ts';
import { gbt2260Codes, gbt4754Codes, quotesOf, seedTexts } from './helpers.ts';
import { loadNationalClusters } from '../../src/store/reference.ts';

const data = loadDefaultData();
const regions = gbt2260Codes();
const industries = gbt4754Codes();
const seeds = seedTexts();
const TITLES: Record<string, [string, number]> = {
  '000': ['国内著名产业集群:发展引擎与创新高地', 2024],
  '002': ['产业集群|跨省域电子信息先进制造业集群如何共建?', 2023],
  '003': ['全球先进制造业集群发展趋势(附全文)', 2025],
  '004': ['先进制造业集群现代科技支撑体系建设研究', 2022],
};
const records = [...data.organizations, ...data.clusters, ...data.links, ...data.indicators];

describe('default data: schemas and integrity', () => {
  it('every file passes the core zod schemas', () => {
    const raw = (f: string): unknown => JSON.parse(readFileSync(`data/default/${f}`, 'utf8'));
    expect(z.array(Organization).safeParse(raw('organizations.json')).success).toBe(true);
    expect(z.array(Cluster).safeParse(raw('clusters.json')).success).toBe(true);
    expect(z.array(Link).safeParse(raw('links.json')).success).toBe(true);
    expect(data.organizations.length).toBe(74);
    expect(data.clusters.length).toBe(41);
    expect(data.links.length).toBe(17);
  });

  it('ids are unique stable slugs', () => {
    const ids = [...data.organizations, ...data.clusters, ...data.links].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of data.organizations) expect(o.id).toMatch(/^org-[a-z0-9-]+$/);
    // a national cluster carries the id of MIIT's list (data/clusters/national.json), so the two merge
    const national = new Set(loadNationalClusters().map((c) => c.id));
    for (const c of data.clusters) {
      if (c.designation === 'national') expect(national.has(c.id), c.id).toBe(true);
      else expect(c.id).toMatch(/^cluster-[a-z0-9-]+$/);
    }
    for (const l of data.links) expect(l.id).toMatch(/^link-[a-z0-9-]+$/);
  });

  it('every link endpoint, cluster member and indicator subject exists', () => {
    const orgs = new Set(data.organizations.map((o) => o.id));
    const clusters = new Set(data.clusters.map((c) => c.id));
    for (const l of data.links) {
      expect(orgs.has(l.from), l.id).toBe(true);
      expect(orgs.has(l.to), l.id).toBe(true);
    }
    for (const c of data.clusters)
      for (const m of c.members ?? []) expect(orgs.has(m.organization)).toBe(true);
    for (const i of data.indicators) expect(clusters.has(i.subject)).toBe(true);
  });

  it('every region is a real GB/T 2260 code (NBS 2023)', () => {
    for (const o of data.organizations)
      if (o.region) expect(regions.has(o.region), o.id).toBe(true);
    for (const c of data.clusters)
      for (const r of c.regions) expect(regions.has(r), c.id).toBe(true);
    for (const [id, sites] of Object.entries(data.sites.clusters))
      for (const s of sites) expect(regions.has(s.region), `${id} ${s.region}`).toBe(true);
  });

  it('every industry is a GB/T 4754-2017 code', () => {
    for (const o of data.organizations)
      for (const c of o.industries ?? []) expect(industries.has(c), `${o.id} ${c}`).toBe(true);
    for (const c of data.clusters)
      for (const i of c.industries ?? []) expect(industries.has(i), `${c.id} ${i}`).toBe(true);
    for (const p of data.profiles.services) expect(industries.has(p[2])).toBe(true);
  });

  it('coordinates are GCJ-02 points inside China', () => {
    for (const o of data.organizations) {
      if (!o.coordinates) continue;
      expect(o.crs).toBe('GCJ02');
      const [lon, lat] = o.coordinates;
      expect(lon > 73 && lon < 136 && lat > 18 && lat < 54, o.id).toBe(true);
      expect(o.provenance.note).toMatch(/Coordinates: the seat of/);
    }
  });

  it('known places are coded as expected', () => {
    const org = (id: string) => data.organizations.find((o) => o.id === id)!;
    const cl = (id: string) => data.clusters.find((c) => c.id === id)!;
    expect(org('org-zhangjiang-park').region).toBe('310115'); // 浦东新区
    expect(org('org-midea').region).toBe('440606'); // 顺德区
    expect(org('org-airbus-tianjin').region).toBe('120116'); // 滨海新区
    expect(cl('national-chengyu-electronics')).toMatchObject({
      regions: ['510000', '500000'],
      round: 3,
      designation: 'national',
    });
  });
});

describe('default data: truth', () => {
  it('every record cites a seed by its title and year', () => {
    for (const r of records) {
      const m = /^seed (\d{3}): (.+)$/.exec(r.provenance.source);
      expect(m, r.provenance.source).not.toBeNull();
      expect(r.provenance.method).toBe('seed_article');
      expect(r.provenance.synthetic ?? false).toBe(false);
      expect([m![2], r.provenance.year]).toEqual(TITLES[m![1]]);
    }
  });

  it('every quoted phrase is in the seed it is attributed to, and the cited seed is quoted', () => {
    for (const r of records) {
      const note = r.provenance.note ?? '';
      const quotes = quotesOf(note);
      const cited = r.provenance.source.slice(5, 8);
      expect(
        quotes.some((q) => q.seed === cited),
        `${JSON.stringify(r).slice(0, 80)}`,
      ).toBe(true);
      for (const q of quotes) {
        expect(
          seeds.get(q.seed)!.includes(q.quote.replace(/\s+/g, '')),
          `${q.seed}: ${q.quote}`,
        ).toBe(true);
      }
    }
  });

  it('a record with any fact from general knowledge is verified:false, and says which', () => {
    let added = 0;
    for (const r of records) {
      const fromKnowledge = /Added from general knowledge/.test(r.provenance.note ?? '');
      if (fromKnowledge) added++;
      expect(r.provenance.verified ?? true, JSON.stringify(r).slice(0, 80)).toBe(!fromKnowledge);
    }
    expect(added).toBeGreaterThan(10);
  });

  it('no figure is invented for a real organisation', () => {
    for (const o of data.organizations) expect(o.measures ?? []).toEqual([]);
    for (const l of data.links) expect(l.value).toBeUndefined();
  });

  it('the cluster figures are the ones the seeds give', () => {
    const v = (s: string, i: string) =>
      data.indicators.find((x) => x.subject === s && x.indicator === i)?.value;
    expect(v('national-changsha-construction-machinery', 'firms')).toBe(416);
    expect(v('cluster-shaoxing-textiles', 'firms_above_size')).toBe(2858);
    expect(v('national-chengyu-electronics', 'output')).toBe(2.2e8); // 2.2 trillion yuan = 2.2e12 yuan = 2.2e8 in 10k yuan
  });
});

describe('default data: generator profiles and sites', () => {
  it('every cluster has a profile and sites, and every product class is one of its industries', () => {
    for (const c of data.clusters) {
      const p = data.profiles.clusters[c.id];
      expect(p, c.id).toBeDefined();
      expect(data.sites.clusters[c.id]?.length, c.id).toBeGreaterThan(0);
      for (const prod of p.products) expect(c.industries, `${c.id} ${prod[0]}`).toContain(prod[2]);
      for (const k of Object.keys(p.siteWeights ?? {}))
        expect(data.sites.clusters[c.id].map((s) => s.region)).toContain(k);
    }
    for (const c of data.clusters) {
      const p = data.profiles.clusters[c.id];
      const names = p.products.map((x) => x[0]);
      const members = (c.members ?? []).map((m) => m.organization);
      for (const e of p.endProducts ?? []) expect(names, c.id).toContain(e);
      for (const [prod, buyers] of Object.entries(p.buyers ?? {})) {
        expect(names, c.id).toContain(prod);
        for (const b of buyers) expect(members, `${c.id} ${b}`).toContain(b);
      }
    }
    expect(Object.keys(data.profiles.clusters).sort()).toEqual(
      data.clusters.map((c) => c.id).sort(),
    );
  });
});
