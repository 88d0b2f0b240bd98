import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { UsClusterList, WorldBenchmark, WorldClusterList } from '../../src/contract/world.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

/** World benchmarks on the default (real) data, through the API. */
let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, {});
  app = await buildApp({ db, webRoot: '/nonexistent' });
});
afterAll(async () => {
  await app?.close();
  db?.close();
});

const get = async <T>(url: string) => {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json() as T };
};

describe('world benchmarks', () => {
  it('shows construction machinery beside its US counterpart and Houston, each figure with its source', async () => {
    const { status, body } = await get<WorldBenchmark>(
      '/api/world/benchmark?field=construction-machinery',
    );
    expect(status).toBe(200);
    expect(body.usCounterpart).toMatchObject({
      code: 40,
      nameEn: 'Production Technology and Heavy Machinery',
    });
    const basis = body.usCounterpart!.evidence.find((e) => e.gbt4754 === '3514');
    expect(basis).toMatchObject({ naics: '333120', inferred: true });
    expect(body.relatedUsClusters.map((r) => r.nameEn)).toContain('Downstream Metal Products');
    const houston = body.subjects.find((s) => s.id === 'world-houston-petrochemicals');
    expect(houston?.match).toMatchObject({ level: 'group', worldCode: '3512' });
    const firms = body.figures.find((f) => f.figure === 'firms')!;
    expect(firms.shared).toBe(true);
    const changsha = firms.cells.find(
      (c) => c.subject === 'national-changsha-construction-machinery',
    );
    expect(changsha).toMatchObject({ value: 416, unit: 'firms', missing: false });
    expect(changsha?.source).toMatch(/先进制造业集群现代科技支撑体系建设研究/);
    const h = firms.cells.find((c) => c.subject === 'world-houston-petrochemicals');
    expect(h).toMatchObject({ value: 1000, bound: 'lower', unit: 'firms' });
    expect(h?.quote).toContain('1000 多家');
    // Every present figure has a source and a unit; missing ones say so.
    for (const f of body.figures)
      for (const c of f.cells) if (!c.missing) expect(c.source && c.unit).toBeTruthy();
    expect(houston?.missing).toContain('output');
  });

  it('takes a cluster by its field and refuses an unknown field', async () => {
    const { body } = await get<WorldBenchmark>(
      '/api/world/benchmark?cluster=national-changsha-construction-machinery',
    );
    expect(body.field.id).toBe('construction-machinery');
    expect(body.subjects.filter((s) => s.side === 'china').map((s) => s.id)).toEqual([
      'national-changsha-construction-machinery',
    ]);
    expect((await get('/api/world/benchmark?field=no-such-field')).status).toBe(404);
    expect((await get('/api/world/benchmark')).status).toBe(400);
  });

  it('lists the world clusters with quoted facts and no invented figure', async () => {
    const { body } = await get<WorldClusterList>('/api/world/clusters');
    const ids = body.clusters.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['world-silicon-valley', 'world-hamburg-aviation', 'world-its-owl']),
    );
    expect(body.clusters.find((c) => c.id === 'world-silicon-valley')?.facts).toEqual([]);
    expect(body.clusters.find((c) => c.id === 'world-its-owl')?.gbt4754).toEqual([]);
  });

  it('lists the 51 US traded clusters as a second taxonomy, with the GB/T classes mapped into each', async () => {
    const { body } = await get<UsClusterList>('/api/world/us-clusters');
    expect(body.clusters).toHaveLength(51);
    const heavy = body.clusters.find((c) => c.code === 40)!;
    expect(heavy.naics.map((n) => n.code)).toContain('333120');
    expect(heavy.gbt4754).toContainEqual({
      code: '3514',
      nameZh: '建筑工程用机械制造',
      inferred: true,
    });
    expect(heavy.related[0]?.nameEn).toBe('Downstream Metal Products');
  });
});
