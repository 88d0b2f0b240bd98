import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../web/src/components/chart/zip-store.ts';
import { column, xlsxOf } from '../../web/src/components/chart/xlsx-of.ts';

/** The workbook a visitor's browser writes (no server), read back by exceljs as Excel would. */
describe('xlsxOf: Excel written in the browser', () => {
  it('computes CRC-32 as ISO 3309 does', () => {
    // The standard check value of CRC-32 over "123456789".
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('names columns A…Z, AA…', () => {
    expect([0, 25, 26, 27, 701, 702].map(column)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('holds the header, numbers as numbers, text as text never a formula, and the note', async () => {
    const bytes = xlsxOf({
      sheet: 'lq: 长沙/株洲',
      columns: ['地区', '行业', '区位商', '已核实'],
      rows: [
        ['长沙市', '=SUM(A1)', 1.2345678901234, true],
        ['株洲市 <&>', '3511', null, false],
        ['湘潭市', 'x', Number.NaN, null],
      ],
      note: '来源：国家统计局，2023',
    });
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // Excel's forbidden characters in a sheet name become spaces, runs of spaces one.
    expect(ws.name).toBe('lq 长沙 株洲');
    expect(ws.getRow(1).values).toEqual([undefined, '地区', '行业', '区位商', '已核实']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A6').font?.italic).toBe(true);
    expect(ws.getCell('C2').value).toBe(1.2345678901234);
    expect(ws.getCell('B2').value).toBe('=SUM(A1)');
    expect(ws.getCell('B2').formula).toBeUndefined();
    expect(ws.getCell('D2').value).toBe(true);
    expect(ws.getCell('A3').value).toBe('株洲市 <&>');
    expect(ws.getCell('B3').value).toBe('3511');
    expect(ws.getCell('C3').value).toBeNull();
    expect(ws.getCell('C4').value).toBeNull();
    expect(ws.getCell('A6').value).toBe('来源：国家统计局，2023');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
