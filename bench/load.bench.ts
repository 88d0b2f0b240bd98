/**
 * Load on a real server (issue 22, item 7), for people: never run by tests.
 * Starts the default real atlas (bootstrap without synthetic data, as
 * `atlas serve` does) with buildApp + listen on a free 127.0.0.1 port, and
 * fires autocannon at it from worker threads (the server keeps the main
 * event loop). Every request goes to 127.0.0.1; every run is bounded in time.
 *
 * Figures against the targets of issue 22, each beside a baseline measured
 * in the same run with the result cache off (services/cache.ts):
 * - /api/clusters req/s at 50 connections (target ≥ 2,000);
 * - /api/health p99 while a heavy panorama / metric load runs (target < 50 ms).
 *
 * The work runs while the file is imported (bench/run.ts awaits the import);
 * the file's cases then only print what was measured.
 */
import autocannon from 'autocannon';
import { buildApp } from '../src/api/app.ts';
import { listen } from '../src/api/listen.ts';
import { bootstrap } from '../src/services/bootstrap.ts';
import { configureResultCache } from '../src/services/cache.ts';
import { openStore } from '../src/store/store.ts';
import type { BenchFile } from './run.ts';

const SECONDS = Number(process.env.ATLAS_LOAD_SECONDS ?? 8);
const HEAVY = [
  '/api/panorama?cluster=national-changsha-construction-machinery&chain=construction-machinery',
  '/api/metrics/hhi_region',
  '/api/metrics/hhi_region?regionLevel=prefecture',
  '/api/complexity/regions',
];

interface Shot {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function fire(
  base: string,
  o: { path?: string; paths?: string[]; connections: number },
): Promise<Shot> {
  const r = await autocannon({
    url: base,
    connections: o.connections,
    duration: SECONDS,
    workers: 1,
    ...(o.paths
      ? { requests: o.paths.map((path) => ({ method: 'GET' as const, path })) }
      : { url: new URL(o.path ?? '/', base).href }),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Health latency while the heavy load runs (the heavy load starts first, then both run). */
async function healthUnderLoad(base: string): Promise<{ health: Shot; heavy: Shot }> {
  const heavy = fire(base, { paths: HEAVY, connections: 10 });
  await new Promise((r) => setTimeout(r, 500));
  const health = await fire(base, { path: '/api/health', connections: 2 });
  return { health, heavy: await heavy };
}

const db = await openStore({ path: ':memory:' });
await bootstrap(db, { synthetic: false });
const app = await buildApp({ db });
const base = await listen(app, { host: '127.0.0.1', port: 0 });
if (!new URL(base).hostname.startsWith('127.')) throw new Error(`not loopback: ${base}`);

const results: Record<string, { cached: Shot; uncached: Shot; extra?: Shot }> = {};
try {
  configureResultCache({ enabled: false });
  const clustersOff = await fire(base, { path: '/api/clusters', connections: 50 });
  const underLoadOff = await healthUnderLoad(base);
  configureResultCache({ enabled: true });
  const clustersOn = await fire(base, { path: '/api/clusters', connections: 50 });
  const underLoadOn = await healthUnderLoad(base);
  results.clusters = { cached: clustersOn, uncached: clustersOff };
  results.health = { cached: underLoadOn.health, uncached: underLoadOff.health };
  results.heavy = { cached: underLoadOn.heavy, uncached: underLoadOff.heavy };
} finally {
  await app.close();
  await db.idle();
  db.close();
}

const f0 = (x: number) => x.toFixed(0);
const shot = (s: Shot) =>
  `${f0(s.rps)} req/s, p50 ${f0(s.p50)} ms, p99 ${f0(s.p99)} ms (${s.requests} requests, ${s.non2xx} non-2xx, ${s.errors} errors)`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

const { clusters, health, heavy } = results;
const bench: BenchFile = {
  title: `load on 127.0.0.1 (${SECONDS} s per run; baseline: result cache off, same run)`,
  benchmarks: [
    {
      name: '/api/clusters, 50 connections',
      fast: () => undefined,
      runs: 1,
      report: () =>
        `cached ${shot(clusters.cached)}\n    uncached ${shot(clusters.uncached)}\n    target ≥ 2000 req/s: ${verdict(clusters.cached.rps >= 2000)}; cached/uncached ${(clusters.cached.rps / Math.max(clusters.uncached.rps, 1e-9)).toFixed(1)}×`,
    },
    {
      name: '/api/health under heavy load',
      fast: () => undefined,
      runs: 1,
      report: () =>
        `cached ${shot(health.cached)}\n    uncached ${shot(health.uncached)}\n    heavy load (panorama, metrics, complexity; 10 connections): cached ${shot(heavy.cached)}; uncached ${shot(heavy.uncached)}\n    target p99 < 50 ms: ${verdict(health.cached.p99 < 50)}; p99 uncached/cached ${(health.uncached.p99 / Math.max(health.cached.p99, 1e-9)).toFixed(1)}×`,
    },
  ],
};
export default bench;
