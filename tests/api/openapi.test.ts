import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { OpenApiDocument } from '../../src/contract/openapi.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  app = await buildApp({ db });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  db.close();
});

/**
 * Every route under /api outside the docs page, whatever its method, read from Fastify's route
 * tree (children are indented by 4 columns under their prefix), written as
 * OpenAPI writes paths: /api/clusters/:id → /api/clusters/{id}.
 */
function apiRoutes(): string[] {
  const out = new Set<string>();
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([\s│├└─]*)(\S+) \(([^)]*)\)/.exec(line);
    if (!m) continue;
    const depth = Math.floor(m[1].length / 4);
    stack.length = depth;
    stack.push(m[2]);
    const path = stack.join('');
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    out.add(path.replace(/:(\w+)/g, '{$1}'));
  }
  return [...out].sort();
}

describe('OpenAPI', () => {
  it('serves the document at /api/openapi.json', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toContain('Cluster Atlas');
  });

  it('answers exactly the contract of the document, every reference resolved', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(OpenApiDocument.parse(doc)).toEqual(doc);
    const schema = doc.paths['/api/openapi.json'].get.responses['200'].content['application/json'];
    expect(schema.schema.$ref).toMatch(/^#\/components\/schemas\//);
    const refs = new Set<string>();
    const walk = (o: unknown): void => {
      if (!o || typeof o !== 'object') return;
      const ref = (o as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') refs.add(ref);
      Object.values(o).forEach(walk);
    };
    walk(doc);
    for (const ref of refs)
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
  });

  it('the docs page reads a document with the same paths', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const page = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(page.paths).sort()).toEqual(Object.keys(doc.paths).sort());
  });

  it('lists every API route, each with a 200 response schema and error responses', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const expected = [
      '/api/actions',
      '/api/actions/{id}',
      '/api/audit',
      '/api/capabilities',
      '/api/capabilities/derive',
      '/api/capabilities/{id}/matches',
      '/api/capacity/allocate',
      '/api/capacity/runs',
      '/api/capacity/runs/{id}',
      '/api/chains',
      '/api/chains/{id}',
      '/api/chains/{id}/io-evidence',
      '/api/chains/{id}/placements',
      '/api/changes/{id}/undo',
      '/api/changes/{id}/undo-merge',
      '/api/clusters',
      '/api/clusters/{id}',
      '/api/clusters/{id}/chains',
      '/api/clusters/{id}/consolidation',
      '/api/clusters/{id}/cross-region',
      '/api/clusters/{id}/facts',
      '/api/clusters/{id}/micro-clusters',
      '/api/clusters/{id}/network',
      '/api/clusters/{id}/peer-suggestions',
      '/api/clusters/{id}/scorecard',
      '/api/clusters/{id}/size',
      '/api/clusters/{id}/work-plan',
      '/api/complexity/industries',
      '/api/complexity/opportunities',
      '/api/complexity/regions',
      '/api/complexity/space',
      '/api/complexity/years',
      '/api/consolidation',
      '/api/data-quality',
      '/api/data-quality/distinct',
      '/api/demands',
      '/api/demands/{id}/matches',
      '/api/export/xlsx',
      '/api/gaps',
      '/api/geo/{level}',
      '/api/health',
      '/api/homogeneity',
      '/api/imports',
      '/api/imports/progress/{token}',
      '/api/imports/{id}/undo',
      '/api/industries',
      '/api/io/buyers',
      '/api/io/linkages',
      '/api/io/suppliers',
      '/api/io/tables',
      '/api/matches',
      '/api/matches/dashboard',
      '/api/matches/rank',
      '/api/matches/{id}',
      '/api/metrics/{name}',
      '/api/micro-clusters',
      '/api/micro-clusters/{id}',
      '/api/networks',
      '/api/networks/explorer',
      '/api/openapi.json',
      '/api/organizations',
      '/api/organizations/{id}',
      '/api/organizations/{id}/history',
      '/api/organizations/{id}/merge',
      '/api/over-capacity',
      '/api/panorama',
      '/api/peer-sets',
      '/api/peer-sets/{id}',
      '/api/pool',
      '/api/rankings',
      '/api/rankings/years',
      '/api/regions',
      '/api/reports/cluster/{id}/pdf',
      '/api/reports/region/{code}/pdf',
      '/api/resilience',
      '/api/resilience/curve',
      '/api/resolve',
      '/api/search',
      '/api/services',
      '/api/services/requests',
      '/api/services/requests/{id}',
      '/api/session',
      '/api/session/token',
      '/api/spatial/clusters',
      '/api/spatial/density',
      '/api/spatial/hotspots',
      '/api/stats',
      '/api/targets',
      '/api/work-plan/{id}',
      '/api/world/benchmark',
      '/api/world/clusters',
      '/api/world/us-clusters',
    ];
    expect(Object.keys(doc.paths).sort()).toEqual(expected);
    expect(apiRoutes()).toEqual(expected);
    for (const [path, ops] of Object.entries(doc.paths) as [
      string,
      Record<string, { responses: Record<string, unknown> }>,
    ][]) {
      for (const [method, op] of Object.entries(ops)) {
        const ok = op.responses['200'] ?? op.responses['201'];
        expect(ok, `${method} ${path}`).toBeDefined();
        if (path !== '/api/openapi.json')
          expect(op.responses['400'], `${method} ${path}`).toBeDefined();
      }
    }
  });

  it('documents the query parameters of /api/organizations', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const names = doc.paths['/api/organizations'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(names.sort()).toEqual(
      ['cluster', 'industry', 'kind', 'page', 'pageSize', 'q', 'region', 'tag'].sort(),
    );
  });

  it('serves the docs page at /api/docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    const page =
      res.statusCode === 302
        ? await app.inject({ method: 'GET', url: res.headers.location as string })
        : res;
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });
});
