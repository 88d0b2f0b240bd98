import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/core/access/viewer.ts';
import { Cluster } from '../../src/core/model/cluster.ts';
import { Organization } from '../../src/core/model/organization.ts';
import {
  clusterFacts,
  qualifierOf,
  quotedAmount,
  quoteOf,
} from '../../src/services/catalog/cluster-facts.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeIndicators } from '../../src/store/indicators.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';
import { addEmptyNationalCluster } from '../fixtures/empty-cluster.ts';
import { defaultApp, signedIn } from './fixture.ts';

/**
 * GET /api/clusters/:id/facts: the figures published sources give for a
 * cluster, cited as a reader would, with the atlas's own count or sum beside
 * them only as coverage.
 */
let db: Duck;
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, close } = await defaultApp());
}, 60_000);
afterAll(async () => close?.());

const CHANGSHA = 'national-changsha-construction-machinery';
type Fact = {
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  qualifier: string | null;
  quote: string | null;
  source: string;
  citation: {
    key: string;
    title: string;
    authors: string[];
    publisher?: string;
    year: number;
  } | null;
  coverage: Record<string, unknown> | null;
};
const facts = async (id: string, headers?: Record<string, string>) => {
  const res = await app.inject({ url: `/api/clusters/${id}/facts`, headers });
  expect(res.statusCode).toBe(200);
  return res.json().facts as Fact[];
};

describe('cited facts of a cluster', () => {
  it('Changsha: output over 2000亿 in 2019, cited by title, authors, journal and year, with the atlas’s sum only as coverage', async () => {
    const f = await facts(CHANGSHA);
    const output = f.find((x) => x.indicator === 'output')!;
    expect(output).toMatchObject({
      value: 20_000_000, // 万元: 2000亿元
      unit: '10k yuan',
      year: 2019,
      qualifier: 'over',
    });
    expect(output.quote).toContain('2000亿元');
    expect(output.citation).toMatchObject({
      title: '先进制造业集群现代科技支撑体系建设研究',
      year: 2022,
    });
    expect(output.citation!.authors[0]).toBe('干勇');
    expect(output.citation!.publisher).toContain('中国工程科学');
    // Coverage: what the atlas's real members report for 2019, never in the figure's place.
    expect(output.coverage).toMatchObject({ kind: 'sum', measure: 'output', year: 2019 });
    const reported = await db.one(
      `SELECT count(*) AS n, sum(ms.output) AS s FROM cluster_members m
       JOIN organizations o ON o.id = m.organization
       JOIN measures ms ON ms.organization = o.id
       WHERE m.cluster = $id AND NOT o.synthetic AND ms.year = 2019 AND ms.output IS NOT NULL`,
      { id: CHANGSHA },
    );
    expect(output.coverage!.organizations).toBe(Number(reported!.n));
  });

  it('Changsha: 416 firms, and the atlas holds so many of them (real member firms; synthetic ones apart)', async () => {
    const f = await facts(CHANGSHA);
    const firms = f.find((x) => x.indicator === 'firms')!;
    expect(firms).toMatchObject({ value: 416, unit: 'firms', qualifier: null });
    const held = await db.one(
      `SELECT count(*) FILTER (WHERE NOT o.synthetic) AS real, count(*) FILTER (WHERE o.synthetic) AS syn
       FROM cluster_members m JOIN organizations o ON o.id = m.organization
       WHERE m.cluster = $id AND o.kind = 'enterprise'`,
      { id: CHANGSHA },
    );
    expect(firms.coverage).toEqual({
      kind: 'firms',
      held: Number(held!.real),
      of: 416,
      share: Number(held!.real) / 416,
      synthetic: Number(held!.syn),
    });
    // A market share has no coverage: the atlas holds no national denominator.
    const share = f.find((x) => x.indicator === 'national_share')!;
    expect(share).toMatchObject({ value: 0.23, unit: 'share', qualifier: 'about', coverage: null });
  });

  it('says over, about or nearly as the source does, and cites every seed as a reader would', async () => {
    const shaoxing = await facts('cluster-shaoxing-textiles');
    expect(shaoxing.find((x) => x.indicator === 'firms')?.qualifier).toBe('nearly');
    expect(shaoxing.find((x) => x.indicator === 'firms_above_size')?.qualifier).toBeNull();
    const tangshan = await facts('cluster-tangshan-steel');
    expect(tangshan.find((x) => x.indicator === 'firms')?.qualifier).toBe('about');
    const chengyu = await facts('national-chengyu-electronics');
    const scale = chengyu.find((x) => x.indicator === 'output')!;
    expect(scale.year).toBe(2022);
    // 2.2万亿元 = 220,000,000 万元, as the source states it, whatever was typed into the store.
    expect(scale.value).toBe(220_000_000);
    expect(scale.unit).toBe('10k yuan');
    expect(scale.citation?.title).toContain('电子信息先进制造业集群');
    expect(scale.citation?.publisher).toContain('产城');
    for (const x of [...shaoxing, ...tangshan, ...chengyu]) {
      expect(x.citation, x.source).not.toBeNull();
      // What a reader sees of the citation names the article, not our key for it.
      const { key: _key, ...shown } = x.citation!;
      expect(JSON.stringify(shown)).not.toMatch(/seed \d/);
    }
  });

  it('a cluster without cited figures answers an empty list; an unknown cluster 404', async () => {
    expect(await facts(await addEmptyNationalCluster(db))).toEqual([]);
    const res = await app.inject({ url: '/api/clusters/nope/facts' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ATLAS_E_NOT_FOUND');
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/clusters/{id}/facts']).toBeDefined();
  });

  it('the analyst and the visitor see the same cited figures', async () => {
    const analyst = await facts(CHANGSHA, await signedIn(app, db));
    const visitor = await facts(CHANGSHA);
    expect(analyst.map((x) => [x.indicator, x.value])).toEqual(
      visitor.map((x) => [x.indicator, x.value]),
    );
  });
});

describe('coverage sums on a hand-made cluster', () => {
  const manual = { source: 'test fixture', method: 'manual' as const, year: 2024 };
  let small: Duck;
  beforeAll(async () => {
    small = await openStore({ path: ':memory:' });
    const firm = (id: string, output: number, synthetic = false) =>
      Organization.parse({
        id,
        name: `测试企业${id}`,
        kind: 'enterprise',
        region: '430100',
        measures: [{ year: 2019, output }],
        provenance: synthetic
          ? { source: 'atlas generate --seed 1', method: 'synthetic', synthetic: true }
          : manual,
      });
    await small.transaction(async (tx) => {
      await writeOrganizations(tx, [
        firm('a', 100),
        firm('b', 200),
        firm('c', 300),
        firm('d', 400),
        firm('syn', 10_000, true),
      ]);
      await writeClusters(tx, [
        Cluster.parse({
          id: 'c1',
          name: '测试集群',
          regions: ['430100'],
          members: ['a', 'b', 'c', 'd', 'syn'].map((organization) => ({ organization })),
          provenance: manual,
        }),
      ]);
      await writeIndicators(tx, [
        {
          subjectType: 'cluster',
          subject: 'c1',
          indicator: 'output',
          year: 2019,
          value: 10_000,
          unit: '10k yuan',
          provenance: {
            source: 'Changsha statistical bulletin 2020',
            method: 'manual',
            year: 2020,
            confidence: 1,
            verified: true,
            synthetic: false,
            note: 'Stated as 「产值约1亿元」',
          },
        },
      ]);
    });
  });
  afterAll(() => small?.close());

  it('sums real members only, as a share of the cited figure; an uncatalogued source is cited as written', async () => {
    const r = await clusterFacts(small, 'c1', { role: 'analyst' });
    expect(r.facts).toHaveLength(1);
    const f = r.facts[0];
    expect(f.citation).toBeNull();
    expect(f.source).toBe('Changsha statistical bulletin 2020');
    expect(f.qualifier).toBe('about');
    expect(f.coverage).toEqual({
      kind: 'sum',
      measure: 'output',
      year: 2019,
      sum: 1000, // the synthetic firm's 10,000 is left out
      organizations: 4,
      share: 0.1,
      suppressed: false,
    });
  });

  it('withholds the sum from a visitor when one member dominates it (disclosure rule)', async () => {
    const before = await clusterFacts(small, 'c1', ANONYMOUS);
    expect(before.facts[0].coverage).toMatchObject({ sum: 1000, suppressed: false });
    await small.transaction((tx) =>
      writeOrganizations(tx, [
        Organization.parse({
          id: 'd',
          name: '测试企业d',
          kind: 'enterprise',
          region: '430100',
          measures: [{ year: 2019, output: 100_000 }],
          provenance: manual,
        }),
      ]),
    );
    const after = await clusterFacts(small, 'c1', ANONYMOUS);
    expect(after.facts[0].coverage).toMatchObject({ sum: null, share: null, suppressed: true });
    const analyst = await clusterFacts(small, 'c1', { role: 'analyst' });
    expect(analyst.facts[0].coverage).toMatchObject({ sum: 100_600, suppressed: false });
  });
});

describe('a stored figure its own quotation contradicts', () => {
  it('is shown as the source states it, with a warning naming both numbers', async () => {
    const small = await openStore({ path: ':memory:' });
    const manual = { source: 'test fixture', method: 'manual' as const, year: 2024 };
    await small.transaction(async (tx) => {
      await writeClusters(tx, [
        Cluster.parse({ id: 'c2', name: '测试集群二', regions: ['500000'], provenance: manual }),
      ]);
      await writeIndicators(tx, [
        {
          subjectType: 'cluster',
          subject: 'c2',
          indicator: 'output',
          year: 2022,
          value: 2_200_000_000, // ten times 2.2万亿元 in 万元
          unit: '10k yuan',
          provenance: {
            source: 'seed 002: 产业集群|跨省域电子信息先进制造业集群如何共建?',
            method: 'seed_article',
            year: 2023,
            confidence: 1,
            verified: true,
            synthetic: false,
            note: 'Stated in seed 002 as 「2022年,川渝電子信息產業規模達2.2萬億元」.',
          },
        },
      ]);
    });
    const r = await clusterFacts(small, 'c2', ANONYMOUS);
    expect(r.facts[0]).toMatchObject({
      value: 220_000_000,
      stored: 2_200_000_000,
      quoted: 220_000_000,
    });
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'ATLAS_W_CITED_FIGURE_MISMATCH',
        details: expect.objectContaining({ stored: 2_200_000_000, quoted: 220_000_000 }),
      }),
    ]);
    small.close();
  });
});

describe('wording of a cited figure', () => {
  it('reads over, about and nearly from the source’s words', () => {
    expect(quoteOf('Stated in seed 004 as 「2019年集群总产值超过2000亿元」. Over …')).toBe(
      '2019年集群总产值超过2000亿元',
    );
    expect(qualifierOf('2019年集群总产值超过2000亿元', undefined)).toBe('over');
    expect(qualifierOf('约占全国工程机械行业的23%', undefined)).toBe('about');
    expect(qualifierOf('河北省唐山市钢铁企业约有60余家', undefined)).toBe('about');
    expect(qualifierOf('全球市场占有率接近50%', undefined)).toBe('nearly');
    expect(qualifierOf('近7×10⁴家', undefined)).toBe('nearly');
    expect(qualifierOf('规模以上纺织及相关企业2858家', undefined)).toBeNull();
    expect(qualifierOf('企业300余家', undefined)).toBe('over');
    expect(qualifierOf('主机和零部件企业达416家', undefined)).toBeNull();
    expect(qualifierOf(null, 'Over 200 bn yuan (a lower bound).')).toBe('over');
    expect(qualifierOf(null, 'approximate')).toBe('about');
    expect(qualifierOf(null, undefined)).toBeNull();
    expect(quotedAmount('2019年集群总产值超过2000亿元', '10k yuan')).toBe(20_000_000);
    expect(quotedAmount('川渝電子信息產業規模達2.2萬億元', '10k yuan')).toBe(220_000_000);
    expect(quotedAmount('约占全国工程机械行业的23%', 'share')).toBeNull();
    expect(quotedAmount('主机和零部件企业达416家', '10k yuan')).toBeNull();
  });
});
