import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureApp } from './fixture.ts';

/** POST /api/imports against the atlas: matched, held, renamed and refused rows, and who did it. */
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, app, headers: analyst, close } = await fixtureApp('analyst'));
});
afterAll(async () => close?.());

const post = (q: string, body: string, name = 'registry.csv') =>
  app.inject({
    method: 'POST',
    url: `/api/imports?kind=organizations&file=${encodeURIComponent(name)}${q}`,
    payload: body,
    headers: { ...analyst, 'content-type': 'text/csv' },
  });
const count = async () => Number((await db.one('SELECT count(*) AS n FROM organizations'))!.n);

describe('POST /api/imports meets the atlas', () => {
  it('updates the organisation of the same name (province only) and records who did it', async () => {
    const before = await count();
    const r = await post(
      '&mode=commit&year=2023',
      '名称,省份,类型,从业人员\n深圳乙大学,广东,高校,3000\n',
      'universities.csv',
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().resolution.counts).toEqual({ new: 0, updated: 1, queued: 0, unchanged: 0 });
    expect(r.json().resolution.matched[0]).toMatchObject({ organization: 'o2', how: 'name' });
    expect(await count()).toBe(before);
    const h = await app.inject({ url: '/api/organizations/o2/history', headers: analyst });
    const items = h.json().items as { entity: string; by: string; dataYear: number | null }[];
    expect(items.find((i) => i.entity === 'measure')).toMatchObject({
      by: 'test-analyst',
      dataYear: 2023,
    });
  });

  it('keeps the kind when the file has no kind column', async () => {
    const before = await count();
    const r = await post('&mode=commit', '名称,城市,区县\n上海丁研究院,上海,浦东新区\n');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().resolution.matched[0]).toMatchObject({ organization: 'o5' });
    expect(await count()).toBe(before);
    const row = await db.one("SELECT kind FROM organizations WHERE id = 'o5'");
    expect(row).toEqual({ kind: 'institute' });
  });

  it('refuses an unknown province in the preview and the commit, naming row, column and value', async () => {
    const before = await count();
    const csv = '名称,省份\n火星示例有限公司,火星省\n';
    const preview = await post('&mode=preview', csv);
    expect(preview.json().issues).toEqual([
      expect.objectContaining({
        file: 'registry.csv',
        row: 2,
        column: '省份',
        value: '火星省',
        code: 'ATLAS_E_ROW_UNKNOWN_REGION',
      }),
    ]);
    const commit = await post('&mode=commit', csv);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().details.rows[0]).toMatchObject({ code: 'ATLAS_E_ROW_UNKNOWN_REGION' });
    expect(await count()).toBe(before);
  });

  it('places a firm by its coordinates when it names no region', async () => {
    const r = await post('&mode=preview', '名称,经度,纬度\n南山坐标示例有限公司,113.93,22.53\n');
    expect(r.json().resolution.located).toEqual([
      expect.objectContaining({ row: 2, region: '440300', how: 'inside' }),
    ]);
  });
});
