/**
 * Load on a real server (issue 22, item 7), for people: never run by tests.
 * Starts the default real atlas (bootstrap without synthetic data, as
 * `atlas serve` does) with buildApp + listen on a free 127.0.0.1 port, and
 * fires autocannon at it from worker threads (the server keeps the main
 * event loop). Every request goes to 127.0.0.1; every run is bounded in time.
 *
 * Figures against the targets of issue 22, each beside baselines measured
 * in the same run on the same server:
 * - /api/clusters req/s at 50 connections (target ≥ 2,000): with nothing
 *   kept (result cache and kept answers off), with the services' result
 *   cache only (services/cache.ts: the state before kept answers), with kept
 *   answers (api/answer-memo.ts), and revalidated by If-None-Match (304);
 * - /api/health p99 at 2 connections while a heavy load runs (target
 *   < 50 ms): 10 connections on panoramas, metric matrices and complexity,
 *   and 1 connection posting an xlsx export of EXPORT_ROWS rows as an
 *   analyst. Before: nothing kept, the export built on the event loop
 *   (workers inline); after: kept answers, the export in a worker thread.
 *
 * The work runs while the file is imported (bench/run.ts awaits the import);
 * the file's cases then only print what was measured.
 */
import autocannon from 'autocannon';
import { buildApp } from '../src/api/app.ts';
import { listen } from '../src/api/listen.ts';
import { addUser } from '../src/services/access/users.ts';
import { bootstrap } from '../src/services/bootstrap.ts';
import { configureResultCache } from '../src/services/cache.ts';
import { openStore } from '../src/store/store.ts';
import type { BenchFile } from './run.ts';

const SECONDS = Number(process.env.ATLAS_LOAD_SECONDS ?? 8);
const EXPORT_ROWS = Number(process.env.ATLAS_LOAD_EXPORT_ROWS ?? 100_000);
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

type Request = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

async function fire(
  base: string,
  o: { path?: string; requests?: Request[]; connections: number; headers?: Record<string, string> },
): Promise<Shot> {
  const r = await autocannon({
    url: base,
    connections: o.connections,
    duration: SECONDS,
    workers: 1,
    ...(o.headers ? { headers: o.headers } : {}),
    ...(o.requests ? { requests: o.requests } : { url: new URL(o.path ?? '/', base).href }),
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

/** Health latency while the heavy load runs (the heavy load starts first, then all run). */
async function healthUnderLoad(
  base: string,
  exportRequest: Request,
): Promise<{ health: Shot; heavy: Shot; exports: Shot }> {
  const heavy = fire(base, {
    requests: HEAVY.map((path) => ({ method: 'GET' as const, path })),
    connections: 10,
  });
  const exports = fire(base, { requests: [exportRequest], connections: 1 });
  await new Promise((r) => setTimeout(r, 500));
  const health = await fire(base, { path: '/api/health', connections: 2 });
  return { health, heavy: await heavy, exports: await exports };
}

/** Session headers of an analyst (exports need a signed-in account). */
async function analystHeaders(
  app: Awaited<ReturnType<typeof buildApp>>,
  db: Awaited<ReturnType<typeof openStore>>,
) {
  const name = 'bench-analyst';
  const password = 'a long bench password, loopback only';
  await addUser(db, { name, role: 'analyst', password });
  const res = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { name, password },
  });
  const jar = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = decodeURIComponent(/atlas_csrf=([^;]+)/.exec(jar)?.[1] ?? '');
  return { cookie: jar, 'x-csrf-token': csrf, 'content-type': 'application/json' };
}

const exportBody = JSON.stringify({
  sheet: 'load',
  columns: ['region', 'industry', 'value'],
  rows: Array.from({ length: EXPORT_ROWS }, (_, i) => [
    `r${i % 370}`,
    String(i % 97).padStart(4, '0'),
    i / 7,
  ]),
});

const db = await openStore({ path: ':memory:' });
await bootstrap(db, { synthetic: false });
const app = await buildApp({ db });
const base = await listen(app, { host: '127.0.0.1', port: 0 });
if (!new URL(base).hostname.startsWith('127.')) throw new Error(`not loopback: ${base}`);

const results: Record<string, Shot> = {};
let heavyBefore: { health: Shot; heavy: Shot; exports: Shot } | undefined;
let heavyAfter: { health: Shot; heavy: Shot; exports: Shot } | undefined;
try {
  const exportRequest: Request = {
    method: 'POST',
    path: '/api/export/xlsx',
    headers: await analystHeaders(app, db),
    body: exportBody,
  };
  app.answerMemo.limits.enabled = false;
  configureResultCache({ enabled: false });
  results.uncached = await fire(base, { path: '/api/clusters', connections: 50 });
  configureResultCache({ enabled: true });
  results.before = await fire(base, { path: '/api/clusters', connections: 50 });
  app.answerMemo.limits.enabled = true;
  results.after = await fire(base, { path: '/api/clusters', connections: 50 });
  const etag = String((await fetch(new URL('/api/clusters', base))).headers.get('etag'));
  results.revalidated = await fire(base, {
    path: '/api/clusters',
    connections: 50,
    headers: { 'if-none-match': etag },
  });

  app.answerMemo.limits.enabled = false;
  configureResultCache({ enabled: false });
  app.workers.limits.inline = true;
  heavyBefore = await healthUnderLoad(base, exportRequest);
  app.answerMemo.limits.enabled = true;
  configureResultCache({ enabled: true });
  app.workers.limits.inline = false;
  heavyAfter = await healthUnderLoad(base, exportRequest);
} finally {
  await app.close();
  await db.idle();
  db.close();
}

const f0 = (x: number) => x.toFixed(0);
const shot = (s: Shot) =>
  `${f0(s.rps)} req/s, p50 ${f0(s.p50)} ms, p99 ${f0(s.p99)} ms (${s.requests} requests, ${s.non2xx} non-2xx, ${s.errors} errors)`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

const c = results;
const [hb, ha] = [heavyBefore, heavyAfter] as { health: Shot; heavy: Shot; exports: Shot }[];
const bench: BenchFile = {
  title: `load on 127.0.0.1 (${SECONDS} s per run; baselines measured in the same run on the same server)`,
  benchmarks: [
    {
      name: '/api/clusters, 50 connections',
      fast: () => undefined,
      runs: 1,
      report: () =>
        [
          `kept answers ${shot(c.after)}`,
          `    revalidated (If-None-Match → 304) ${shot(c.revalidated)}`,
          `    before (result cache only) ${shot(c.before)}`,
          `    nothing kept ${shot(c.uncached)}`,
          `    target ≥ 2000 req/s: ${verdict(c.after.rps >= 2000)}; after/before ${(c.after.rps / Math.max(c.before.rps, 1e-9)).toFixed(1)}×`,
        ].join('\n'),
    },
    {
      name: '/api/health under heavy load',
      fast: () => undefined,
      runs: 1,
      report: () =>
        [
          `after ${shot(ha.health)}`,
          `    before ${shot(hb.health)}`,
          `    heavy GETs (panorama, metrics, complexity; 10 connections): after ${shot(ha.heavy)}; before ${shot(hb.heavy)}`,
          `    xlsx export of ${EXPORT_ROWS} rows (1 connection): after ${shot(ha.exports)}; before ${shot(hb.exports)}`,
          `    target p99 < 50 ms: ${verdict(ha.health.p99 < 50)}; p99 before/after ${(hb.health.p99 / Math.max(ha.health.p99, 1e-9)).toFixed(1)}×`,
        ].join('\n'),
    },
  ],
};
export default bench;
