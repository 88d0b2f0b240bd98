import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { ChainBindingInput, ClusterChains } from '../../src/contract/chains.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { signedIn } from '../api/fixture.ts';

const Q = 'cluster=national-changsha-construction-machinery&chain=construction-machinery';
let db: Duck;
let app: FastifyInstance;
/** Writes need an analyst's session and the CSRF header (api/access.ts). */
let analyst: Record<string, string>;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  app = await buildApp({ db });
  await app.ready();
  analyst = await signedIn(app, db, 'analyst');
}, 60_000);
afterAll(async () => {
  await app.close();
  db.close();
});

const get = async (url: string) => app.inject({ method: 'GET', url });

describe('/api/chains, /api/panorama, /api/gaps, /api/targets', () => {
  it('lists and shows templates', async () => {
    const list = (await get('/api/chains')).json();
    expect(list.map((t: { id: string }) => t.id)).toContain('construction-machinery');
    const t = (await get('/api/chains/construction-machinery')).json();
    expect(t.nodes.find((n: { id: string }) => n.id === 'multi-way-valve').fourBases).toBe(
      'core_components',
    );
    expect((await get('/api/chains/nope')).statusCode).toBe(404);
  });

  it('serves the panorama with every node and its firms, status and reason', async () => {
    const res = await get(`/api/panorama?${Q}&strongMinFirms=3`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.panorama.options.strongMinFirms).toBe(3);
    const valve = r.panorama.nodes.find((n: { id: string }) => n.id === 'multi-way-valve');
    expect(valve.counts.firms).toBeGreaterThan(0);
    expect(valve.firms.sme[0].name).toBeTruthy();
    expect(valve.status).toMatch(/strong|present|weak/);
    expect((await get(`/api/panorama?${Q}&bogus=1`)).statusCode).toBe(400);
  });

  it('serves gaps and targets', async () => {
    const g = (await get(`/api/gaps?${Q}`)).json();
    expect(g.gaps.some((x: { kind: string }) => x.kind === 'missing')).toBe(true);
    const t = (await get(`/api/targets?${Q}&node=slewing-bearing&limit=2`)).json();
    expect(t.nodes[0].targets).toHaveLength(2);
    expect(t.nodes[0].targets[0].reasons.length).toBeGreaterThan(1);
  });

  it('reviews placements: 409 for a placement that does not exist, then place by hand', async () => {
    const url = '/api/chains/construction-machinery/placements';
    const bad = await app.inject({
      method: 'POST',
      url,
      headers: analyst,
      payload: { node: 'steel', organization: 'org-sany', decision: 'reject' },
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().code).toBe('ATLAS_E_PLACEMENT_REVIEW');
    const ok = await app.inject({
      method: 'POST',
      url,
      headers: analyst,
      payload: { node: 'steel', organization: 'org-sany', decision: 'place', reviewer: 'api test' },
    });
    expect(ok.json()).toMatchObject({ method: 'manual', review: 'confirmed' });
    const listed = (
      await get(`${url}?cluster=national-changsha-construction-machinery&node=steel`)
    ).json();
    expect(listed.items.map((p: { organization: string }) => p.organization)).toContain('org-sany');
  });

  it('checks a template without storing it: problems are the answer, named by node', async () => {
    const t = (await get('/api/chains/construction-machinery')).json();
    const bad = {
      ...t,
      version: '9.9.9',
      edges: [...t.edges, { from: 'multi-way-valve', to: 'nowhere' }],
    };
    const post = (body: object, q = '?dryRun=true') =>
      app.inject({ method: 'POST', url: `/api/chains${q}`, payload: body, headers: analyst });
    const checked = (await post(bad)).json();
    expect(checked.valid).toBe(false);
    expect(JSON.stringify(checked.problems)).toContain('nowhere');
    expect((await post({ ...t, version: '9.9.9' })).json()).toEqual({ valid: true, problems: [] });
    // Nothing was stored by either check.
    expect((await get('/api/chains/construction-machinery')).json().version).toBe(t.version);
    // Saving the bad one is refused with the node.
    const refused = await post(bad, '');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('ATLAS_E_CHAIN_TEMPLATE');
  });
});

describe('/api/clusters/:id/chains', () => {
  const ID = 'national-ningbo-magnetic-materials';
  const put = (templates: string[], headers: Record<string, string> = analyst) =>
    app.inject({
      method: 'PUT',
      url: `/api/clusters/${ID}/chains`,
      payload: { templates },
      headers,
    });

  it('says which templates bind a cluster; an analyst chooses others and resets; no one signed out can', async () => {
    expect((await get(`/api/clusters/${ID}/chains`)).json()).toMatchObject({
      chainTemplates: ['magnetic-materials'],
      chainTemplatesBy: 'field',
    });
    expect((await get(`/api/clusters/${ID}`)).json()).toMatchObject({
      chainTemplates: ['magnetic-materials'],
      chainTemplatesBy: 'field',
    });
    expect((await put(['rare-earths'], {})).statusCode).toBe(401);
    expect((await put(['no-such-chain'])).statusCode).toBe(404);
    const chosen = await put(['rare-earths', 'magnetic-materials']);
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({
      chainTemplates: ['rare-earths', 'magnetic-materials'],
      chainTemplatesBy: 'analyst',
    });
    const p = (await get(`/api/panorama?cluster=${ID}`)).json();
    expect(p.panorama.template.id).toBe('rare-earths');
    expect((await put([])).json()).toMatchObject({ chainTemplatesBy: 'field' });
    expect((await get('/api/clusters/no-such-cluster/chains')).statusCode).toBe(404);
  });

  it('answers in the contract’s shape and refuses what the contract refuses, as the CLI does', async () => {
    const answer = (await get(`/api/clusters/${ID}/chains`)).json();
    expect(ClusterChains.parse(answer)).toEqual(answer);
    expect(answer.fields[0]).toMatchObject({ id: 'magnetic-materials', nameZh: '磁性材料' });
    // not a template id: 400 before anything is looked up or written
    const bad = await put(['Magnetic Materials']);
    expect(bad.statusCode).toBe(400);
    expect((await put(Array.from({ length: 21 }, () => 'steel'))).statusCode).toBe(400);
    expect((await get(`/api/clusters/${ID}/chains`)).json().chainTemplatesBy).toBe('field');
    const cli = ChainBindingInput.safeParse({ templates: ['Magnetic Materials'] });
    expect(cli.success).toBe(false);
  });
});
