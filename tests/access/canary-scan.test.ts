import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { signedIn } from '../api/fixture.ts';
import { canaryStore, CHAIN, CLUSTER, FIGURES, LINKS, MEASURES } from './canary-fixture.ts';

/**
 * The canary scan (issue 22): every GET route of the OpenAPI document ×
 * every role, with plausible parameters and the ones that isolate firms
 * (one firm's industry, label, kind and year; minPoints=1, tiny radii, wide
 * kernels), over a store of canary firms with unusual figures. An answer to
 * a role that may not see a firm's figures must hold none of: a canary
 * figure, the sum of two, a sum one canary dominates (> 85%), a density that
 * × 2πh² gives one of those within 1%, and — for a member — any of those
 * once its own figure is subtracted. Admins must see canaries (the scan sees
 * what it looks for).
 */
let db: Duck;
let app: FastifyInstance;
type Role = 'anonymous' | 'viewer' | 'memberK5' | 'memberK1' | 'analyst' | 'admin';
const headers: Record<Role, Record<string, string> | undefined> = {} as never;
const OWN: Partial<Record<Role, string>> = { memberK5: 'k5', memberK1: 'k1' };

beforeAll(async () => {
  db = await canaryStore();
  app = await buildApp({ db });
  headers.anonymous = undefined;
  headers.viewer = await signedIn(app, db, 'viewer');
  headers.memberK5 = await signedIn(app, db, 'member', 'k5');
  headers.memberK1 = await signedIn(app, db, 'member', 'k1');
  headers.analyst = await signedIn(app, db, 'analyst');
  headers.admin = await signedIn(app, db, 'admin');
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

// What must not appear: per measure, singles, pairs, dominated sums; links likewise.
const FIRMS = Object.keys(FIGURES);
type Secret = { value: number; what: string; firms: string[] };
function secretsOf(parts: { id: string; value: number }[], what: string): Secret[] {
  const out: Secret[] = [];
  const n = parts.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    const chosen = parts.filter((_, i) => mask & (1 << i));
    const sum = chosen.reduce((s, p) => s + p.value, 0);
    const max = Math.max(...chosen.map((p) => p.value));
    if (chosen.length <= 2 || max > 0.85 * sum)
      out.push({ value: sum, what, firms: chosen.map((p) => p.id) });
  }
  return out;
}
const SECRETS: Secret[] = [
  ...MEASURES.flatMap((m) =>
    secretsOf(
      FIRMS.map((id) => ({ id, value: FIGURES[id][m] })),
      m,
    ),
  ),
  ...secretsOf(
    LINKS.map((l) => ({ id: l.id, value: l.value })),
    'link',
  ),
];
const OWN_FIGURES = (org: string): number[] => [
  ...MEASURES.map((m) => FIGURES[org][m]),
  ...LINKS.filter((l) => l.from === org || l.to === org).map((l) => l.value),
];
const matches = (v: number, s: number, tol: number) => Math.abs(v - s) <= tol * Math.max(1, s);

/** Numbers in an answer (JSON walked, text by pattern), with where they are. */
function numbers(body: string, json: unknown): { v: number; at: string }[] {
  const out: { v: number; at: string }[] = [];
  const walk = (x: unknown, at: string) => {
    if (typeof x === 'number') out.push({ v: x, at });
    else if (typeof x === 'string')
      for (const m of x.matchAll(/\d+(?:\.\d+)?/g)) out.push({ v: Number(m[0]), at: `${at}~text` });
    else if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${at}[${i}]`));
    else if (x && typeof x === 'object')
      for (const [k, y] of Object.entries(x)) walk(y, at ? `${at}.${k}` : k);
  };
  if (json !== undefined) walk(json, '');
  else for (const m of body.matchAll(/\d+(?:\.\d+)?/g)) out.push({ v: Number(m[0]), at: 'text' });
  return out.filter((n) => Math.abs(n.v) >= 1000);
}

function leaks(url: string, body: string, json: unknown, own?: string): string[] {
  const found: string[] = [];
  const h = Number(new URL(url, 'http://x').searchParams.get('bandwidthKm') ?? 0);
  const known = own ? OWN_FIGURES(own) : [];
  for (const { v, at } of numbers(body, json)) {
    const candidates = [{ x: v, how: '', tol: 1e-9 }];
    if (h > 0 && /density/.test(at))
      candidates.push({ x: v * 2 * Math.PI * h * h, how: '×2πh²', tol: 0.01 });
    for (const k of known) candidates.push({ x: v - k, how: `−own ${k}`, tol: 1e-9 });
    for (const c of candidates)
      for (const s of SECRETS) {
        if (
          own &&
          s.firms.every(
            (f) => f === own || LINKS.some((l) => l.id === f && (l.from === own || l.to === own)),
          )
        )
          continue;
        if (matches(c.x, s.value, c.tol)) {
          found.push(`${url} ${at}=${v}${c.how} is ${s.what} of ${s.firms.join('+')}`);
          break;
        }
      }
  }
  return found;
}

// Plausible values, and those that isolate firms, by parameter name.
const VALUES: Record<string, (string | number)[]> = {
  industry: ['3985', '6513', '3130', '3391'],
  weight: ['revenue', 'employees', 'output', 'rd_spend', 'patents'],
  measure: ['revenue', 'employees', 'output'],
  year: [2019],
  industryLevel: ['label', '4'],
  regionLevel: ['prefecture'],
  kind: ['enterprise'],
  minPoints: [1, 2],
  epsKm: [0.1, 50],
  bandwidthKm: [500, 1],
  cellKm: [25],
  cluster: [CLUSTER],
  chain: [CHAIN],
  region: ['430100'],
  q: ['钢材'],
  clusters: [CLUSTER],
};
const PATH_VALUES: Record<string, string> = {
  '/api/clusters/{id}': CLUSTER,
  '/api/organizations/{id}': 'k9',
  '/api/chains/{id}': CHAIN,
  '/api/demands/{id}': 'd-invited',
  '/api/capabilities/{id}': 'cap-k5',
};
const SKIP = [
  /\/pdf$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs/,
  /^\/api\/geo\//,
  /^\/api\/session/,
];

type Param = {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: unknown[]; default?: unknown };
};
function urlsFor(path: string, params: Param[]): string[] {
  const pathParams = params.filter((p) => p.in === 'path');
  let bases = [path];
  for (const p of pathParams) {
    const prefix = Object.keys(PATH_VALUES).find((k) =>
      path.startsWith(k.replace('{id}', `{${p.name}}`)),
    );
    const values =
      p.schema?.enum?.map(String) ??
      (prefix
        ? [PATH_VALUES[prefix]]
        : p.name === 'code'
          ? ['430100']
          : p.name === 'level'
            ? ['province']
            : ['k1']);
    bases = bases.flatMap((b) =>
      values.map((v) => b.replace(`{${p.name}}`, encodeURIComponent(v))),
    );
  }
  const query = params.filter((p) => p.in === 'query' && (VALUES[p.name] || p.required));
  const base: Record<string, string> = {};
  for (const p of query) base[p.name] = String(VALUES[p.name]?.[0] ?? p.schema?.enum?.[0] ?? '1');
  const variants: Record<string, string>[] = [base];
  for (const p of query)
    for (const v of (VALUES[p.name] ?? []).slice(1))
      variants.push({ ...base, [p.name]: String(v) });
  const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();
  return bases.flatMap((b) => variants.map((v) => (Object.keys(v).length ? `${b}?${qs(v)}` : b)));
}

describe('canary scan: every GET route × every role', () => {
  it('finds no canary figure, pair sum or dominated sum where the role may not see them', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, { get?: { parameters?: Param[] } }>;
    };
    const routes = Object.entries(doc.paths).filter(
      ([p, ops]) => ops.get && !SKIP.some((s) => s.test(p)),
    );
    expect(routes.length).toBeGreaterThan(40);
    const urls = routes.flatMap(([p, ops]) => urlsFor(p, ops.get?.parameters ?? []));
    // The issue's own attacks, verbatim.
    urls.push(
      '/api/spatial/clusters?industry=3985&weight=revenue&minPoints=1&epsKm=0.1',
      '/api/spatial/clusters?industry=3985&weight=revenue&minPoints=2&epsKm=0.5',
      '/api/metrics/hhi_region?measure=revenue&year=2019&industryLevel=label',
      '/api/spatial/hotspots?industry=6513&weight=revenue&bandwidthKm=500&cellKm=25',
      `/api/panorama?cluster=${CLUSTER}&chain=${CHAIN}`,
      '/api/metrics/lq?measure=revenue&year=2019&industryLevel=4&format=csv',
    );
    const found: string[] = [];
    let seenByAdmin = 0;
    let answered = 0;
    for (const role of Object.keys(headers) as Role[]) {
      for (const url of urls) {
        const res = await app.inject({ url, headers: headers[role] });
        expect(res.statusCode, `${role} ${url}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        if (res.statusCode !== 200) continue;
        answered++;
        const json = res.headers['content-type']?.toString().includes('json')
          ? res.json()
          : undefined;
        const hits = leaks(url, res.body, json, OWN[role]);
        if (role === 'admin') seenByAdmin += hits.length;
        else if (role !== 'analyst') found.push(...hits.map((h) => `${role}: ${h}`));
      }
    }
    expect(answered).toBeGreaterThan(200);
    expect(seenByAdmin).toBeGreaterThan(0);
    expect(found.slice(0, 30)).toEqual([]);
  }, 120_000);
});
