import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AtlasError } from '../../src/core/errors.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { encodeGb18030 } from '../ingest/helpers.ts';

const template = (lang: 'zh' | 'en') =>
  fileURLToPath(new URL(`../../data/templates/region-statistics.${lang}.csv`, import.meta.url));

let dir: string;
let db: Duck;

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function stored() {
  return db.all(
    `SELECT region, region_level, industry, year, employees, revenue, output,
            json_extract_string(provenance, '$.source') AS source, synthetic
     FROM region_statistics ORDER BY region, industry, year`,
  );
}

/** The ATLAS_E_INVALID_ROWS error an import throws, or a failure. */
async function invalid(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AtlasError);
  expect((e as AtlasError).code).toBe('ATLAS_E_INVALID_ROWS');
  return (e as AtlasError).details.rows as {
    row: number;
    column: string;
    value: string;
    code: string;
    reason: string;
  }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-region-stats-'));
});
beforeEach(async () => {
  db?.close();
  db = await openStore({ path: ':memory:' });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('atlas import --kind region-statistics', () => {
  it('loads the Chinese template: names and codes resolved, one row per region, division and year', async () => {
    const dry = await importFile(db, template('zh'), { kind: 'region-statistics', dryRun: true });
    expect(dry).toMatchObject({ rowsRead: 3, records: 3, written: 0, invalidRows: 0 });
    expect(dry.mapping).toMatchObject({
      region: '地区',
      industry: '行业',
      year: '年份',
      employees: '从业人员（人）',
      revenue: '营业收入（万元）',
      output: '工业总产值（万元）',
      source: '来源',
    });
    expect(await stored()).toEqual([]);

    const r = await importFile(db, template('zh'), { kind: 'region-statistics' });
    expect(r.written).toBe(3);
    expect(r.updated).toBe(0);
    expect(r.importId).toBeTruthy();
    const rows = await stored();
    expect(rows.map((x) => [x.region, x.region_level, x.industry, x.year])).toEqual([
      ['430000', 'province', '35', 2022],
      ['430100', 'prefecture', '35', 2022],
      ['440600', 'prefecture', '38', 2022],
    ]);
    expect(rows[0]).toMatchObject({ employees: 12345, revenue: 678900, output: 654300 });
    expect(rows[2].output).toBeNull();
    expect(rows.every((x) => /示例行，非真实数据/.test(String(x.source)))).toBe(true);
    expect(rows.every((x) => x.synthetic === false)).toBe(true);
  });

  it('reads the English template to the same records', async () => {
    await importFile(db, template('en'), { kind: 'region-statistics' });
    const rows = await stored();
    expect(rows.map((x) => [x.region, x.industry, x.employees, x.revenue, x.output])).toEqual([
      ['430000', '35', 12345, 678900, 654300],
      ['430100', '35', 2345, 123400, 120000],
      ['440600', '38', 3456, 234500, null],
    ]);
    expect(String(rows[0].source)).toMatch(/^EXAMPLE ROW, NOT REAL DATA/);
  });

  it('reads a GB18030 file with 万人 and 亿元 columns, converting them, and province + city columns', async () => {
    const text =
      '省份,城市,行业代码,年度,从业人员（万人）,营业收入（亿元）,数据来源\n' +
      '湖南,长沙,C35,2021年,1.5,20.25,某统计年鉴 表1\n' +
      '广东省,,39,2021,2,,某统计年鉴 表2\n';
    const r = await importFile(db, file('gb.csv', encodeGb18030(text)), {
      kind: 'region-statistics',
    });
    expect(r.encoding).toBe('gb18030');
    expect(r.written).toBe(2);
    expect(
      (await stored()).map((x) => [x.region, x.industry, x.year, x.employees, x.revenue, x.source]),
    ).toEqual([
      ['430100', '35', 2021, 15000, 202500, '某统计年鉴 表1'],
      ['440000', '39', 2021, 20000, null, '某统计年鉴 表2'],
    ]);
  });

  it('reports every bad row with its row and column, and writes nothing', async () => {
    const p = file(
      'bad.csv',
      [
        '地区,行业,年份,从业人员,营业收入,来源',
        '湖南省,35,2022,100,200,ok', // 2: good
        '岳麓区,35,2022,100,200,x', // 3: a county
        '火星,35,2022,100,200,x', // 4: no such region
        '长沙市,合计,2022,100,200,x', // 5: a total row
        '长沙市,C,2022,100,200,x', // 6: a section
        '长沙市,3511,2022,100,200,x', // 7: a class
        '长沙市,35,二〇二二,100,200,x', // 8: not a year
        '长沙市,36,2022,-5,200,x', // 9: negative
        '长沙市,37,2022,12万,200,x', // 10: not a number
        '长沙市,38,2022,,,x', // 11: no measure
        '湖南省,35,2022,101,200,x', // 12: contradicts row 2
      ].join('\n') + '\n',
    );
    const rows = await invalid(importFile(db, p, { kind: 'region-statistics' }));
    const at = (row: number) => rows.filter((i) => i.row === row);
    expect(at(2)).toEqual([]);
    expect(at(3)[0]).toMatchObject({
      column: '地区',
      value: '岳麓区',
      code: 'ATLAS_E_ROW_UNKNOWN_VALUE',
    });
    expect(at(3)[0].reason).toMatch(/county/);
    expect(at(4)[0]).toMatchObject({ column: '地区', code: 'ATLAS_E_ROW_UNKNOWN_REGION' });
    expect(at(5)[0]).toMatchObject({
      column: '行业',
      value: '合计',
      code: 'ATLAS_E_ROW_UNKNOWN_INDUSTRY',
    });
    expect(at(6)[0]).toMatchObject({ column: '行业', code: 'ATLAS_E_ROW_UNKNOWN_INDUSTRY' });
    expect(at(6)[0].reason).toMatch(/section/);
    expect(at(7)[0].reason).toMatch(/class.*e\.g\. 35/);
    expect(at(8)[0]).toMatchObject({ column: '年份', code: 'ATLAS_E_ROW_BAD_YEAR' });
    expect(at(9)[0]).toMatchObject({
      column: '从业人员',
      value: '-5',
      code: 'ATLAS_E_ROW_NEGATIVE',
    });
    expect(at(10)[0]).toMatchObject({ column: '从业人员', code: 'ATLAS_E_ROW_BAD_NUMBER' });
    expect(at(11)[0]).toMatchObject({ column: '从业人员', code: 'ATLAS_E_ROW_MISSING_VALUE' });
    expect(at(12)[0]).toMatchObject({ code: 'ATLAS_E_ROW_DUPLICATE_CONFLICT' });
    expect(new Set(rows.map((i) => i.row))).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(rows.every((i) => i.column !== undefined && i.row > 0)).toBe(true);
    expect(await stored()).toEqual([]);
    expect(Number((await db.one('SELECT count(*) AS n FROM imports'))?.n)).toBe(0);

    // --skip-invalid: the good row is loaded, the bad ones go to the rejects file
    const rejects = join(dir, 'rejects.csv');
    const r = await importFile(db, p, { kind: 'region-statistics', skipInvalid: rejects });
    expect(r.written).toBe(1);
    expect(r.invalidRows).toBe(10);
    expect(readFileSync(rejects, 'utf8')).toMatch(/岳麓区/);
    expect((await stored()).map((x) => x.region)).toEqual(['430000']);
  });

  it('takes --map for an unusual header, refuses a file without region or measure columns', async () => {
    const p = file('odd.csv', '统计单位,行业,年份,人员合计\n湖南省,35,2022,10\n');
    const r = await importFile(db, p, {
      kind: 'region-statistics',
      map: { region: '统计单位', employees: '人员合计' },
    });
    expect(r.written).toBe(1);
    await expect(
      importFile(db, file('nomeasure.csv', '地区,行业,年份\n湖南省,35,2022\n'), {
        kind: 'region-statistics',
      }),
    ).rejects.toMatchObject({ code: 'ATLAS_E_MISSING_COLUMN' });
    await expect(
      importFile(db, file('noregion.csv', '行业,年份,从业人员\n35,2022,1\n'), {
        kind: 'region-statistics',
      }),
    ).rejects.toMatchObject({ code: 'ATLAS_E_MISSING_COLUMN' });
  });

  it('replaces a region, division and year loaded again (a corrected table)', async () => {
    await importFile(db, template('zh'), { kind: 'region-statistics' });
    const p = file('fix.csv', '地区,行业,年份,从业人员,来源\n430000,35,2022,13000,更正表\n');
    const r = await importFile(db, p, { kind: 'region-statistics' });
    expect(r).toMatchObject({ written: 1, updated: 1 });
    const rows = await stored();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ employees: 13000, revenue: null, source: '更正表' });
  });
});
