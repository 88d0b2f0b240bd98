import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Cluster } from '../../src/core/model/cluster.ts';
import {
  cachedResult,
  cacheKey,
  configureResultCache,
  resultCacheSize,
  resultCacheStats,
} from '../../src/services/cache.ts';
import { chainPanorama } from '../../src/services/chain/panorama.ts';
import { listClusters } from '../../src/services/catalog/list-clusters.ts';
import { storeMatrix } from '../../src/services/metrics/store-matrix.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { defaultApp, fixtureStore, signedIn } from '../api/fixture.ts';

/**
 * services/cache.ts: results that change only on writes are built once per
 * write generation of the store (Duck.writeGeneration, bumped by every
 * transaction), shared by concurrent callers, bounded, and still redacted
 * per viewer by the API after the service.
 */

/** Counts the store's read queries while `f` runs. */
async function queries<T>(db: Duck, f: () => Promise<T>): Promise<{ n: number; value: T }> {
  const spy = vi.spyOn(db, 'all');
  try {
    const value = await f();
    return { n: spy.mock.calls.length, value };
  } finally {
    spy.mockRestore();
  }
}

describe('result cache on the fixture atlas', () => {
  let db: Duck;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await fixtureStore();
    // The services' cache on its own: the kept answers in front of it are tested in tests/access/answer-memo.test.ts.
    app = await buildApp({ db, answerMemo: { enabled: false } });
  });
  afterAll(async () => {
    await app.close();
    db.close();
  });

  it('serves the cluster list from the cache until a write, then reads it again', async () => {
    const first = await queries(db, () => listClusters(db));
    expect(first.n).toBeGreaterThan(0);
    const before = resultCacheStats();
    const second = await queries(db, () => listClusters(db));
    expect(second.n).toBe(0);
    expect(resultCacheStats().hits).toBe(before.hits + 1);
    expect(second.value).toEqual(first.value);

    const generation = db.writeGeneration;
    await db.transaction((tx) =>
      writeClusters(tx, [
        Cluster.parse({
          id: 'c-new',
          name: '新测试集群',
          regions: ['440300'],
          designation: 'user',
          provenance: { source: 'test', method: 'manual', year: 2024 },
        }),
      ]),
    );
    expect(db.writeGeneration).toBeGreaterThan(generation);
    const third = await queries(db, () => listClusters(db));
    expect(third.n).toBeGreaterThan(0);
    expect(third.value.map((c) => c.id)).toContain('c-new');
    expect(first.value.map((c) => c.id)).not.toContain('c-new');
  });

  it('bumps the generation on a failed transaction too (conservative)', async () => {
    const g = db.writeGeneration;
    await expect(
      db.transaction(async () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(db.writeGeneration).toBe(g + 1);
  });

  it('keys metric matrices by their options and ignores options of the metric', async () => {
    const a = await queries(db, () => storeMatrix(db, { measure: 'count', population: 'all' }));
    expect(a.n).toBeGreaterThan(0);
    const b = await queries(db, () =>
      storeMatrix(db, { population: 'all', measure: 'count', kind: undefined }),
    );
    expect(b.n).toBe(0);
    expect(b.value).toBe(a.value);
    const c = await queries(db, () =>
      storeMatrix(db, { measure: 'count', population: 'all', regionLevel: 'prefecture' }),
    );
    expect(c.n).toBeGreaterThan(0);
    expect(c.value.info.regionLevel).toBe('prefecture');
    expect(a.value.info.regionLevel).toBe('province');
  });

  it('answers the same through the API from the cache, redacted per viewer after it', async () => {
    const analyst = await signedIn(app, db, 'analyst');
    const url = '/api/metrics/hhi_region?measure=revenue&year=2023&synthetic=exclude';
    const fresh = await app.inject({ url, headers: analyst });
    expect(fresh.statusCode).toBe(200);
    const before = resultCacheStats();
    const visitor = await app.inject({ url });
    const again = await app.inject({ url, headers: analyst });
    expect(resultCacheStats().hits).toBe(before.hits + 2);
    // One firm's revenue: shown to the analyst, withheld from a visitor, from the same cached matrix.
    expect(fresh.json().matrix.total).toBe(12345);
    expect(visitor.json().matrix.total).toBeNull();
    expect(again.body).toBe(fresh.body);

    const l1 = await app.inject({ url: '/api/clusters' });
    const l2 = await app.inject({ url: '/api/clusters' });
    expect(l2.body).toBe(l1.body);
  });

  it('does not keep a failed build, and shares one build among concurrent callers', async () => {
    let builds = 0;
    const key = cacheKey('test-fail', { x: 1 });
    await expect(
      cachedResult(db, key, async () => {
        builds++;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const ok = await Promise.all(
      [1, 2, 3].map(() =>
        cachedResult(db, key, async () => {
          builds++;
          return 42;
        }),
      ),
    );
    expect(ok).toEqual([42, 42, 42]);
    expect(builds).toBe(2);
  });

  it('is bounded in entries and can be switched off', async () => {
    const before = configureResultCache({ maxEntries: 3 });
    try {
      for (let i = 0; i < 10; i++) await cachedResult(db, cacheKey('bound', { i }), async () => i);
      expect(resultCacheSize(db)).toBeLessThanOrEqual(3);
      configureResultCache({ enabled: false });
      let builds = 0;
      for (let i = 0; i < 2; i++)
        await cachedResult(db, cacheKey('off'), async () => {
          builds++;
          return builds;
        });
      expect(builds).toBe(2);
    } finally {
      configureResultCache(before);
    }
  });

  it('makes keys independent of property order and undefined values', () => {
    expect(cacheKey('k', { b: 1, a: { d: 2, c: undefined } })).toBe(
      cacheKey('k', { a: { d: 2 }, b: 1 }),
    );
    expect(cacheKey('k', { a: 1 })).not.toBe(cacheKey('j', { a: 1 }));
  });
});

describe('chain panorama cache on the default atlas', () => {
  let db: Duck;
  let app: FastifyInstance;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, app, close } = await defaultApp());
  }, 60_000);
  afterAll(async () => close?.());

  const req = {
    cluster: 'national-changsha-construction-machinery',
    chain: 'construction-machinery',
  };

  it('builds a panorama once per write generation and answers identically', async () => {
    const a = await queries(db, () => chainPanorama(db, req));
    expect(a.n).toBeGreaterThan(0);
    const b = await queries(db, () =>
      chainPanorama(db, { chain: req.chain, cluster: req.cluster }),
    );
    expect(b.n).toBe(0);
    expect(b.value).toBe(a.value);
    await db.transaction(async () => undefined);
    const c = await queries(db, () => chainPanorama(db, req));
    expect(c.n).toBeGreaterThan(0);
    expect(c.value).not.toBe(a.value);
    expect(JSON.stringify(c.value)).toBe(JSON.stringify(a.value));
  });

  it('still withholds firms’ figures from a visitor when the analyst filled the cache', async () => {
    const url = `/api/panorama?cluster=${req.cluster}&chain=${req.chain}`;
    const headers = await signedIn(app, db, 'analyst');
    const analyst = (await app.inject({ url, headers })).json();
    const before = resultCacheStats();
    const visitor = (await app.inject({ url })).json();
    expect(resultCacheStats().hits).toBe(before.hits + 1);
    type Firm = { revenue: number | null };
    const firms = (p: { panorama: { nodes: { firms: Record<string, Firm[]> }[] } }) =>
      p.panorama.nodes.flatMap((n) => Object.values(n.firms).flat());
    expect(firms(analyst).some((f) => typeof f.revenue === 'number')).toBe(true);
    expect(firms(visitor).every((f) => f.revenue === null)).toBe(true);
    // The cached object itself was not redacted in place.
    const again = (await app.inject({ url, headers })).json();
    expect(again).toEqual(analyst);
  });
});
