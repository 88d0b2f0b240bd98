import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/read-table.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { encodeGb18030, FIXTURES, tempDir, TUSHARE, writeTemp } from './helpers.ts';

const ORGS = join(FIXTURES, 'orgs.csv');
const text = readFileSync(ORGS, 'utf8');
const HEADER = text.split('\n')[0].split(',');

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AtlasError);
    return (e as AtlasError).code;
  }
  return 'no error';
}

describe('readTable: CSV', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('reads UTF-8 without BOM, keeping cells as text and numbering rows from the header = 1', async () => {
    const t = await readTable(ORGS);
    expect(t.format).toBe('csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.columns).toEqual(HEADER);
    expect(t.rows).toHaveLength(8);
    expect(t.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(t.rows[0]['员工人数']).toBe('1,200');
    expect(t.rows[0]['经度']).toBe('113.93');
    expect(t.rows[1]['区县']).toBeNull();
  });

  it('strips a UTF-8 BOM and reads CRLF line ends', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text.replace(/\n/g, '\r\n'))]);
    const t = await readTable(writeTemp(dir, 'bom.csv', bom));
    expect(t.encoding).toBe('utf-8');
    expect(t.columns[0]).toBe('企业名称');
    expect(t.rows[7]['企业名称']).toBe('深圳示例软件有限公司');
    expect(t.rows[7]['备注']).toBe('合成样例');
  });

  it('detects GB18030 when the bytes are not UTF-8', async () => {
    const t = await readTable(writeTemp(dir, 'gb.csv', encodeGb18030(text)));
    expect(t.encoding).toBe('gb18030');
    expect(t.columns).toEqual(HEADER);
    expect(t.rows[0]['企业名称']).toBe('深圳示例电子有限公司');
    expect(t.rows[1]['员工人数']).toBe('３５０');
  });

  it('gives the source line of each row across quoted line breaks and blank lines', async () => {
    const csv = 'name,note\r\nA,"one\r\ntwo"\r\n\r\nB,x\nC,"3\n4\n5"\nD,y\n';
    const t = await readTable(writeTemp(dir, 'lines.csv', csv));
    expect(t.rows.map((r) => r.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(t.rowNumbers).toEqual([2, 5, 6, 9]);
    expect(t.rows[0].note).toBe('one\r\ntwo');
  });

  it('sniffs tab and semicolon delimiters, and makes repeated headers unique', async () => {
    const t = await readTable(writeTemp(dir, 'tab.csv', 'name\tname\t\nA\tB\tC\n'));
    expect(t.columns).toEqual(['name', 'name_2', 'column_3']);
    expect(t.rows[0]).toEqual({ name: 'A', name_2: 'B', column_3: 'C' });
    const s = await readTable(writeTemp(dir, 'semi.csv', 'a;b\n1;2\n'));
    expect(s.rows[0]).toEqual({ a: '1', b: '2' });
  });

  it('reads the real Tushare file (UTF-8 with BOM): 5,448 rows', async () => {
    const t = await readTable(TUSHARE);
    expect(t.columns).toEqual(['ts_code', 'symbol', 'name', 'area', 'industry', 'list_date']);
    expect(t.rows).toHaveLength(5448);
    expect(t.rows[0]).toMatchObject({
      ts_code: '000001.SZ',
      symbol: '000001',
      name: '平安银行',
      area: '深圳',
    });
    expect(t.rowNumbers.at(-1)).toBe(5449);
  });

  it('fails with catalogue codes: missing file, unknown extension, binary, header only', async () => {
    expect(await code(readTable(join(dir, 'nope.csv')))).toBe('ATLAS_E_FILE_NOT_FOUND');
    expect(await code(readTable(writeTemp(dir, 'x.doc', 'a')))).toBe('ATLAS_E_FILE_FORMAT');
    expect(await code(readTable(writeTemp(dir, 'x.xls', 'a')))).toBe('ATLAS_E_FILE_FORMAT');
    expect(
      await code(readTable(writeTemp(dir, 'bin.csv', new Uint8Array([0x61, 0, 0xff, 0xfe, 0x80])))),
    ).toBe('ATLAS_E_FILE_FORMAT');
    expect(await code(readTable(writeTemp(dir, 'head.csv', 'name,uscc\n')))).toBe(
      'ATLAS_E_FILE_EMPTY',
    );
    expect(await code(readTable(writeTemp(dir, 'empty.csv', '')))).toBe('ATLAS_E_FILE_EMPTY');
    try {
      await readTable(join(dir, 'nope.csv'));
    } catch (e) {
      expect((e as AtlasError).details).toEqual({ file: join(dir, 'nope.csv') });
    }
  });
});

describe('readTable: XLSX, JSON, Parquet', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('reads the first sheet or a named one; numbers and dates as values', async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('说明');
    notes.addRow(['about']);
    notes.addRow(['this sheet is not data']);
    const ws = wb.addWorksheet('企业');
    ws.addRow(['企业名称', '员工人数', '成立日期', '链接']);
    ws.addRow([
      '深圳示例电子有限公司',
      1200,
      new Date(Date.UTC(2015, 5, 1)),
      { text: '官网', hyperlink: 'https://example.com' },
    ]);
    ws.addRow([]);
    ws.addRow([
      { richText: [{ text: '苏州' }, { text: '示例' }] },
      { formula: '1+1', result: 2 },
      null,
      null,
    ]);
    const p = join(dir, 'orgs.xlsx');
    await wb.xlsx.writeFile(p);

    const first = await readTable(p);
    expect(first.sheet).toBe('说明');
    expect(first.rows).toEqual([{ about: 'this sheet is not data' }]);

    const t = await readTable(p, { sheet: '企业' });
    expect(t.format).toBe('xlsx');
    expect(t.columns).toEqual(['企业名称', '员工人数', '成立日期', '链接']);
    expect(t.rows[0]).toEqual({
      企业名称: '深圳示例电子有限公司',
      员工人数: 1200,
      成立日期: '2015-06-01',
      链接: '官网',
    });
    expect(t.rows[1]).toEqual({ 企业名称: '苏州示例', 员工人数: 2, 成立日期: null, 链接: null });
    expect(t.rowNumbers).toEqual([2, 4]);
    expect((await readTable(p, { sheet: '2' })).sheet).toBe('企业');
    expect(await code(readTable(p, { sheet: 'nope' }))).toBe('ATLAS_E_UNKNOWN_NAME');
  });

  it('reads JSON arrays, {rows: [...]} and JSON Lines', async () => {
    const rows = [
      { name: 'A', employees: 3, meta: { x: 1 } },
      { name: 'B', uscc: '91440300MA5F00001A' },
    ];
    const a = await readTable(writeTemp(dir, 'a.json', JSON.stringify(rows)));
    expect(a.format).toBe('json');
    expect(a.columns).toEqual(['name', 'employees', 'meta', 'uscc']);
    expect(a.rows[0]).toEqual({ name: 'A', employees: 3, meta: '{"x":1}', uscc: null });
    const b = await readTable(writeTemp(dir, 'b.json', JSON.stringify({ rows })));
    expect(b.rows).toHaveLength(2);
    const c = await readTable(
      writeTemp(dir, 'c.jsonl', rows.map((r) => JSON.stringify(r)).join('\n')),
    );
    expect(c.rowNumbers).toEqual([1, 2]);
    expect(await code(readTable(writeTemp(dir, 'd.json', '{"a": 1}')))).toBe('ATLAS_E_FILE_FORMAT');
    expect(await code(readTable(writeTemp(dir, 'e.json', '[]')))).toBe('ATLAS_E_FILE_EMPTY');
  });

  it('reads Parquet written by DuckDB (test-only writer)', async () => {
    const out = join(dir, 'orgs.parquet');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run(
      `COPY (SELECT * FROM read_csv('${ORGS}', header = true, all_varchar = false)) TO '${out}' (FORMAT parquet)`,
    );
    con.closeSync();
    const t = await readTable(out);
    expect(t.format).toBe('parquet');
    expect(t.columns).toEqual(HEADER);
    expect(t.rows).toHaveLength(8);
    expect(t.rows[0]['企业名称']).toBe('深圳示例电子有限公司');
    expect(t.rows[0]['年份']).toBe(2023);
    expect(t.rows[0]['经度']).toBeCloseTo(113.93, 10);
    expect(t.rowNumbers[0]).toBe(2);
  });
});
