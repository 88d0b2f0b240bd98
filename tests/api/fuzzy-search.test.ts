import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realApp } from './fixture.ts';

/**
 * Issue 17, items 6 and 3: the search finds a cluster by any mix of place and
 * field, in hanzi, pinyin, initials or English, tolerant to one missing or
 * extra character, best hit first — on the default atlas (45 national
 * clusters, 5,448 listed firms).
 */
let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await realApp());
}, 60_000);
afterAll(async () => close?.());

interface Hit {
  type: string;
  id: string;
  name: string;
}
async function hits(q: string, extra = ''): Promise<Hit[]> {
  const res = await app.inject({ url: `/api/search?q=${encodeURIComponent(q)}${extra}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().hits as Hit[];
}
const CHANGSHA = 'national-changsha-construction-machinery';

describe('GET /api/search finds clusters as people type them', () => {
  it.each([
    '长沙工程机械',
    'changsha gongcheng jixie',
    'cs工程机械',
    'Changsha construction machinery',
    // A missing, an extra and a wrong character; traditional characters; field before place.
    '长沙工程机',
    '长沙市工程机械产业集群',
    '长沙工成机械',
    '長沙工程機械',
    '工程机械 长沙',
    '湖南工程机械',
    'csgcjx',
  ])('%s → the Changsha construction-machinery cluster first', async (q) => {
    const h = await hits(q);
    expect(h[0]).toMatchObject({ type: 'cluster', id: CHANGSHA });
  });

  it('ranks the place and field that both match above a cluster matching one', async () => {
    const clusters = (await hits('长沙工程机械')).filter((x) => x.type === 'cluster');
    expect(clusters.map((c) => c.id)).not.toContain('national-changsha-secure-computing');
    const both = (await hits('changsha')).filter((x) => x.type === 'cluster').map((x) => x.id);
    expect(both).toEqual(expect.arrayContaining([CHANGSHA, 'national-changsha-secure-computing']));
    // Xuzhou's construction machinery is found by its field, after Changsha.
    const field = (await hits('工程机械')).filter((x) => x.type === 'cluster').map((x) => x.id);
    expect(field).toContain(CHANGSHA);
    expect(field).toContain('national-xuzhou-construction-machinery');
  });

  it('finds firms by short name, pinyin initials and full name, and regions by pinyin', async () => {
    const zoomlion = await hits('中联重科', '&types=organization');
    expect(zoomlion[0]).toMatchObject({ type: 'organization', id: 'org-zoomlion' });
    expect((await hits('zlzk', '&types=organization')).map((x) => x.id)).toContain('org-zoomlion');
    const regions = await hits('changsha', '&types=region');
    expect(regions[0]).toMatchObject({ id: '430100' });
    expect(regions.every((r) => r.type === 'region')).toBe(true);
  });

  it('puts the best hit first whatever its type', async () => {
    expect((await hits('长沙'))[0]).toMatchObject({ type: 'region', id: '430100' });
    expect((await hits('中联重科'))[0]).toMatchObject({ type: 'organization', id: 'org-zoomlion' });
    expect((await hits('专用设备制造业'))[0]).toMatchObject({ type: 'industry', id: '35' });
    expect((await hits('special purpose machinery'))[0]).toMatchObject({
      type: 'industry',
      id: '35',
    });
  });

  it('refuses an unknown type', async () => {
    const res = await app.inject({ url: '/api/search?q=x&types=planet' });
    expect(res.statusCode).toBe(400);
  });
});

describe('matchmaking in either language (issue 17, item 5)', () => {
  const suppliers = async (q: string) => {
    const res = await app.inject({ url: `/api/matches/rank?q=${encodeURIComponent(q)}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().matches as { supplier: { id: string } }[]).map((m) => m.supplier.id);
  };

  it('finds for "hydraulic valve" the suppliers it finds for 液压阀, the demand kept as typed', async () => {
    const en = await suppliers('hydraulic valve');
    const zh = await suppliers('液压阀');
    expect(en.length).toBeGreaterThan(0);
    expect(en[0]).toBe(zh[0]);
    const res = await app.inject({ url: '/api/matches/rank?q=hydraulic%20valve' });
    expect(res.json().demand.text).toBe('hydraulic valve');
  });
});
