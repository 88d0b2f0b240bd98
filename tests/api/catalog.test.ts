import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, ORGS } from './fixture.ts';

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

const ids = (body: { items: { id: string }[] }) => body.items.map((o) => o.id).sort();

describe('GET /api/health', () => {
  it('answers ok and the package version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await get('/api/health')).toMatchObject({
      status: 200,
      body: { status: 'ok', version: pkg.version },
    });
  });
});

describe('GET /api/regions', () => {
  it('lists provinces, with names and centroids', async () => {
    const { status, body } = await get('/api/regions?level=province');
    expect(status).toBe(200);
    const codes = body.map((r: { code: string }) => r.code);
    expect(codes).toContain('440000');
    expect(codes).toContain('110000');
    expect(body.every((r: { level: string }) => r.level === 'province')).toBe(true);
    const gd = body.find((r: { code: string }) => r.code === '440000');
    expect(gd.nameZh).toBe('广东省');
  });

  it('lists the prefectures of a province', async () => {
    const { body } = await get('/api/regions?level=prefecture&parent=440000');
    const sz = body.find((r: { code: string }) => r.code === '440300');
    expect(sz).toMatchObject({ nameZh: '深圳市', parent: '440000', province: '440000' });
    expect(body.every((r: { parent: string }) => r.parent === '440000')).toBe(true);
  });

  it('lists the counties of a prefecture', async () => {
    const { body } = await get('/api/regions?parent=440300');
    expect(body.map((r: { code: string }) => r.code)).toContain('440305');
    expect(body.every((r: { level: string }) => r.level === 'county')).toBe(true);
  });
});

describe('GET /api/industries', () => {
  it('lists the 20 sections of GB/T 4754-2017', async () => {
    const { body } = await get('/api/industries?level=1');
    expect(body).toHaveLength(20);
    expect(body[0]).toMatchObject({ code: 'A', level: 1, parent: null });
  });

  it('lists the divisions of manufacturing (C: 13-43)', async () => {
    const { body } = await get('/api/industries?level=2&parent=C');
    const codes = body.map((i: { code: string }) => i.code);
    expect(codes[0]).toBe('13');
    expect(codes.at(-1)).toBe('43');
    expect(codes).toHaveLength(31);
  });
});

describe('GET /api/organizations', () => {
  it('lists every organisation by name, with the total', async () => {
    const { status, body } = await get('/api/organizations');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    const names = ORGS.map((o) => o.name).sort();
    expect(body.items.map((o: { name: string }) => o.name)).toEqual(names);
  });

  it('does not list confidential measures', async () => {
    const { body } = await get('/api/organizations?q=Jia');
    expect(body.items[0]).not.toHaveProperty('measures');
    expect(JSON.stringify(body)).not.toContain('12345');
  });

  it('filters by region at any level', async () => {
    expect(ids((await get('/api/organizations?region=440000')).body)).toEqual(['o1', 'o2', 'o3']);
    expect(ids((await get('/api/organizations?region=440300')).body)).toEqual(['o1', 'o2', 'o3']);
    expect(ids((await get('/api/organizations?region=440305')).body)).toEqual(['o1']);
    expect(ids((await get('/api/organizations?region=310000')).body)).toEqual(['o5']);
  });

  it('filters by industry code prefix, section, name or label', async () => {
    expect(ids((await get('/api/organizations?industry=39')).body)).toEqual(['o1', 'o3']);
    expect(ids((await get('/api/organizations?industry=3971')).body)).toEqual(['o1']);
    // Section C (manufacturing) covers divisions 13-43: 39xx and 26xx.
    expect(ids((await get('/api/organizations?industry=C')).body)).toEqual(['o1', 'o3', 'o4']);
    const label = encodeURIComponent('集成电路');
    expect(ids((await get(`/api/organizations?industry=${label}`)).body)).toEqual(['o3']);
    const division = (await get('/api/industries?level=2&parent=C')).body.find(
      (i: { code: string }) => i.code === '39',
    );
    const byName = encodeURIComponent(division.nameZh);
    expect(ids((await get(`/api/organizations?industry=${byName}`)).body)).toEqual(['o1', 'o3']);
  });

  it('filters by kind, tag, name substring and cluster', async () => {
    expect(ids((await get('/api/organizations?kind=university')).body)).toEqual(['o2']);
    expect(ids((await get('/api/organizations?tag=listed')).body)).toEqual(['o1']);
    expect(ids((await get(`/api/organizations?q=${encodeURIComponent('合成')}`)).body)).toEqual([
      'o3',
    ]);
    expect(ids((await get('/api/organizations?q=jia')).body)).toEqual(['o1']);
    expect(ids((await get('/api/organizations?cluster=c-delta')).body)).toEqual(['o4', 'o5']);
    expect(ids((await get('/api/organizations?kind=enterprise&region=440000')).body)).toEqual([
      'o1',
      'o3',
    ]);
  });

  it('pages', async () => {
    const all = (await get('/api/organizations')).body.items.map((o: { id: string }) => o.id);
    const { body } = await get('/api/organizations?pageSize=2&page=2');
    expect(body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(body.items.map((o: { id: string }) => o.id)).toEqual(all.slice(2, 4));
    const last = (await get('/api/organizations?pageSize=2&page=4')).body;
    expect(last).toMatchObject({ total: 5, items: [] });
  });

  it('marks synthetic and unverified records and carries provenance', async () => {
    const { body } = await get('/api/organizations');
    const o3 = body.items.find((o: { id: string }) => o.id === 'o3');
    expect(o3).toMatchObject({ synthetic: true, provenance: { method: 'synthetic' } });
    const o5 = body.items.find((o: { id: string }) => o.id === 'o5');
    expect(o5).toMatchObject({ verified: false, provenance: { note: 'city not confirmed' } });
    const o1 = body.items.find((o: { id: string }) => o.id === 'o1');
    expect(o1).toMatchObject({
      province: '440000',
      prefecture: '440300',
      regionNameZh: '南山区',
      tags: ['chain_leader', 'listed'],
    });
  });

  it('keeps text with SQL in it inert', async () => {
    const q = encodeURIComponent("'; DROP TABLE organizations; --");
    const { status, body } = await get(`/api/organizations?q=${q}`);
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    const industry = encodeURIComponent("x') OR 1=1 --");
    expect((await get(`/api/organizations?industry=${industry}`)).body.total).toBe(0);
    expect((await get('/api/stats')).body.organizations).toBe(5);
  });
});

describe('GET /api/clusters', () => {
  it('lists clusters, national first, with provinces, location and member counts', async () => {
    const { status, body } = await get('/api/clusters');
    expect(status).toBe(200);
    expect(body.map((c: { id: string }) => c.id)[0]).toBe('c-shenzhen');
    const sz = body.find((c: { id: string }) => c.id === 'c-shenzhen');
    expect(sz).toMatchObject({
      designation: 'national',
      round: 1,
      memberCount: 3,
      syntheticMemberCount: 1,
      provinces: [{ code: '440000', nameZh: '广东省' }],
      regionNames: [{ code: '440300', nameZh: '深圳市' }],
    });
    const [city] = (await get('/api/regions?parent=440000&level=prefecture')).body.filter(
      (r: { code: string }) => r.code === '440300',
    );
    expect(sz.location).toEqual([city.lon, city.lat]);
    const delta = body.find((c: { id: string }) => c.id === 'c-delta');
    expect(delta.provinces.map((p: { code: string }) => p.code)).toEqual(['310000', '320000']);
    expect(delta).toMatchObject({ memberCount: 2, syntheticMemberCount: 0 });
  });
});

describe('GET /api/clusters/:id', () => {
  it('profiles a cluster: members, counts by kind and tag, synthetic share', async () => {
    const { status, body } = await get('/api/clusters/c-shenzhen');
    expect(status).toBe(200);
    expect(body.members.map((m: { id: string }) => m.id).sort()).toEqual(['o1', 'o2', 'o3']);
    expect(body.members[0]).toMatchObject({ id: 'o1', role: 'chain_leader' });
    expect(body.byKind).toEqual([
      { key: 'enterprise', count: 2, synthetic: 1 },
      { key: 'university', count: 1, synthetic: 0 },
    ]);
    expect(body.byTag).toEqual([
      { key: 'chain_leader', count: 1, synthetic: 0 },
      { key: 'listed', count: 1, synthetic: 0 },
      { key: 'little_giant', count: 1, synthetic: 1 },
    ]);
    expect(body.syntheticShare).toBeCloseTo(1 / 3, 12);
    expect(body.membersTruncated).toBe(false);
    expect(body.provenance).toMatchObject({ source: 'MIIT notice', method: 'official_list' });
  });

  it('gives a cluster without members a null synthetic share', async () => {
    const { body } = await get('/api/clusters/c-empty');
    expect(body).toMatchObject({ memberCount: 0, members: [], byKind: [], syntheticShare: null });
  });
});

describe('GET /api/stats and /api/geo', () => {
  it('counts every entity, synthetic apart', async () => {
    const { body } = await get('/api/stats');
    expect(body).toMatchObject({ organizations: 5, synthetic_organizations: 1, clusters: 3 });
    expect(body.syntheticShare).toBe(0.2);
    expect(body.cluster_members).toBe(5);
  });

  it('serves province outlines with adcode and name', async () => {
    const { status, body, headers } = await get('/api/geo/province');
    expect(status).toBe(200);
    expect(headers['content-type']).toContain('application/json');
    expect(body.type).toBe('FeatureCollection');
    const gd = body.features.find(
      (f: { properties: { adcode: unknown } }) => String(f.properties.adcode) === '440000',
    );
    expect(gd.properties.name).toContain('广东');
    expect(body.features.length).toBeGreaterThanOrEqual(34);
  });

  it('serves prefecture outlines', async () => {
    const { status, body } = await get('/api/geo/prefecture');
    expect(status).toBe(200);
    const codes = body.features.map((f: { properties: { adcode: unknown } }) =>
      String(f.properties.adcode),
    );
    expect(codes).toContain('440300');
  });
});
