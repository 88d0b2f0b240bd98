import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore } from './fixture.ts';

/** POST /api/export/xlsx: a chart's table as a workbook, open to visitors, inert text. */
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

describe('xlsx export', () => {
  it('writes numbers as numbers and text as text, a formula-looking cell inert', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      payload: {
        sheet: 'LQ: 长沙/2024',
        columns: ['地区', '行业', 'LQ'],
        rows: [
          ['长沙市', '3511', 2.3456789012345],
          ['=HYPERLINK("http://x")', '<b>x</b>', null],
        ],
        note: '合成数据 synthetic share 98%',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('LQ 长沙 2024');
    expect(ws.getRow(1).values).toEqual([undefined, '地区', '行业', 'LQ']);
    expect(ws.getCell('C2').value).toBe(2.3456789012345);
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('A3').formula).toBeUndefined();
    expect(ws.getCell('A5').value).toBe('合成数据 synthetic share 98%');
  });

  it('refuses a row of the wrong width, naming it, and an empty header', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      payload: { sheet: 's', columns: ['a', 'b'], rows: [['x', 1], ['y']] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('row 2');
    const none = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      payload: { sheet: 's', columns: [], rows: [] },
    });
    expect(none.statusCode).toBe(400);
  });
});
