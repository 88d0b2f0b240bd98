import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureApp, signedIn } from './fixture.ts';

/** POST /api/imports: the web import wizard's preview and commit, over the real importer. */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, headers: analyst, close } = await fixtureApp('analyst'));
});
afterAll(async () => close?.());

// Row 3 has a USCC with a wrong check digit.
const CSV = [
  '企业名称,统一社会信用代码,所在省份,所在城市,行业代码,从业人员',
  '长沙测试液压有限公司,,湖南,长沙,3444,120',
  '长沙测试阀门有限公司,91430100MA4L00000X,湖南省,长沙市,3443,80',
  '株洲测试铸造有限公司,,湖南,株洲,3391,45',
].join('\n');

const post = (q: string, body: string | Buffer, headers = analyst) =>
  app.inject({
    method: 'POST',
    url: `/api/imports?kind=organizations&file=${encodeURIComponent('企业名单.csv')}${q}`,
    payload: body,
    headers: { ...headers, 'content-type': 'text/csv' },
  });
const count = async () => Number((await db.one('SELECT count(*) AS n FROM organizations'))!.n);

describe('POST /api/imports', () => {
  it('previews: headers mapped by their Chinese aliases, the bad row named by row, column and reason, nothing written', async () => {
    const before = await count();
    const res = await post('&mode=preview', CSV);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.file).toBe('企业名单.csv');
    expect(r.mapping).toMatchObject({ name: '企业名称', uscc: '统一社会信用代码' });
    expect(r.columns).toContain('所在城市');
    expect(r.sample).toHaveLength(3);
    expect(r.invalidRows).toBe(1);
    expect(r.issues[0]).toMatchObject({ row: 3, column: '统一社会信用代码', file: '企业名单.csv' });
    expect(JSON.stringify(r)).not.toContain('atlas-upload-');
    expect(await count()).toBe(before);
  });

  it('refuses to commit a file with a bad row, whole, unless invalid rows are skipped', async () => {
    const before = await count();
    const refused = await post('&mode=commit', CSV);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'ATLAS_E_INVALID_ROWS' });
    expect(JSON.stringify(refused.json())).not.toContain('atlas-upload-');
    expect(await count()).toBe(before);
    const ok = await post('&mode=commit&skipInvalid=true', CSV);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ written: 2, invalidRows: 1 });
    expect(await count()).toBe(before + 2);
    const history = (await app.inject({ url: '/api/imports', headers: analyst })).json();
    expect(history.items[0]).toMatchObject({
      file: '企业名单.csv',
      kind: 'organizations',
      rowsWritten: 2,
    });
  });

  it('applies a confirmed mapping, and refuses what it cannot read', async () => {
    const csv = 'firm,where\n湘潭测试电机有限公司,湖南省湘潭市\n';
    const map = encodeURIComponent(JSON.stringify({ name: 'firm', region: 'where' }));
    const r = (await post(`&mode=preview&map=${map}`, csv)).json();
    expect(r).toMatchObject({ mapping: { name: 'firm', region: 'where' }, invalidRows: 0 });
    const exe = await app.inject({
      method: 'POST',
      url: '/api/imports?kind=organizations&file=virus.exe',
      payload: 'MZ',
      headers: { ...analyst, 'content-type': 'application/octet-stream' },
    });
    expect(exe.json()).toMatchObject({ code: 'ATLAS_E_FILE_FORMAT' });
    expect((await post('&mode=preview&map=notjson', csv)).json()).toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
  });

  it('needs an analyst: a viewer is refused and nothing is read', async () => {
    const viewer = await signedIn(app, db, 'viewer');
    expect((await post('&mode=commit', CSV, viewer)).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/imports', headers: viewer })).statusCode).toBe(403);
  });
});
