import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from './fixture.ts';

/** POST /api/export/xlsx: a chart's table as a workbook for signed-in accounts, inert text. */
let db: Duck;
let app: FastifyInstance;
let member: Record<string, string>;
beforeAll(async () => {
  db = await fixtureStore();
  app = await buildApp({ db });
  member = await signedIn(app, db, 'member', 'o1');
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
      headers: member,
      payload: {
        sheet: 'LQ: 长沙/2024',
        columns: ['地区', '行业', 'LQ'],
        rows: [
          ['长沙市', '3511', 2.3456789012345],
          ['株洲市', '0011', 1],
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
    // Codes stay text: '0011' is not the number 11.
    expect(ws.getCell('B3').value).toBe('0011');
    expect(ws.getCell('A4').value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell('A4').formula).toBeUndefined();
    expect(ws.getCell('A6').value).toBe('合成数据 synthetic share 98%');
  });

  it('is for signed-in accounts: a visitor takes the CSV instead', async () => {
    const anon = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      payload: { sheet: 's', columns: ['a'], rows: [[1]] },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('refuses a row of the wrong width, naming it, and an empty header', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      headers: member,
      payload: { sheet: 's', columns: ['a', 'b'], rows: [['x', 1], ['y']] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('row 2');
    const none = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      headers: member,
      payload: { sheet: 's', columns: [], rows: [] },
    });
    expect(none.statusCode).toBe(400);
    const odd = await app.inject({
      method: 'POST',
      url: '/api/export/xlsx',
      headers: member,
      payload: { sheet: 's', columns: ['a'], rows: [[{ x: 1 }]] },
    });
    expect(odd.json().message).toContain('row 1, column a');
  });
});
