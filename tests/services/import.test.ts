import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { counts } from '../../src/store/counts.ts';
import { importFile } from '../../src/services/import/import-file.ts';

const TUSHARE = '../shared/data/cn-listed-firms/tushare_stock_basic.csv';
let dir: string;
let db: Duck;

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  db = await openStore({ path: ':memory:' });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing the listed firms (real data)', () => {
  it('loads 5,448 organisations, each with a province, and reports the industry labels', async () => {
    const r = await importFile(db, TUSHARE, { kind: 'organizations' });
    expect(r.rowsRead).toBe(5448);
    expect(r.written).toBe(5448);
    const row = await db.one(
      'SELECT count(*) AS n, count(province) AS with_province, count(DISTINCT province) AS provinces FROM organizations',
    );
    expect(row).toEqual({ n: 5448, with_province: 5448, provinces: 31 });
    // Tushare's scheme is not GB/T 4754: its labels are kept and reported, not dropped.
    expect(r.unresolvedIndustryLabels.length).toBeGreaterThan(50);
    const labelled = await db.one(
      'SELECT count(*) AS n FROM organizations WHERE len(industry_labels) > 0',
    );
    expect(Number(labelled?.n)).toBeGreaterThan(5000);
    // 深圳 in the province column is a city: resolved with a warning.
    expect(r.warnings.map((w) => w.code)).toContain('ATLAS_W_REGION_GUESSED');
  });

  it('is idempotent: importing again replaces, never duplicates', async () => {
    const r = await importFile(db, TUSHARE, { kind: 'organizations' });
    expect(r.written).toBe(5448);
    expect((await counts(db)).organizations).toBe(5448);
  });
});

describe('refusing bad input whole', () => {
  const good =
    '名称,统一社会信用代码,省份,城市,从业人员\n甲科技有限公司,91440300192185379H,广东,深圳,120\n';

  it('refuses a file with one bad row, names row and column, and writes nothing', async () => {
    const before = await counts(db);
    const p = file('bad.csv', good + '乙制造有限公司,91440300192185379A,广东,深圳,80\n');
    const err = await importFile(db, p, { kind: 'organizations' }).catch((e) => e);
    expect(err.code).toBe('ATLAS_E_INVALID_ROWS');
    expect(err.details.rows).toEqual([
      expect.objectContaining({
        file: p,
        row: 3,
        column: '统一社会信用代码',
        code: 'ATLAS_E_ROW_BAD_USCC',
      }),
    ]);
    expect(await counts(db)).toEqual(before);
  });

  it('rejects non-numeric measures with their row and column', async () => {
    const p = file('nan.csv', good + '丙公司,,广东,深圳,很多\n');
    const err = await importFile(db, p, { kind: 'organizations' }).catch((e) => e);
    expect(err.details.rows).toEqual([
      expect.objectContaining({
        row: 3,
        column: '从业人员',
        value: '很多',
        code: 'ATLAS_E_ROW_BAD_NUMBER',
      }),
    ]);
  });

  it('with --skip-invalid loads the valid rows and writes the rejects file', async () => {
    const before = (await counts(db)).organizations;
    const p = file('mixed.csv', good + '乙制造有限公司,91440300192185379A,广东,深圳,80\n');
    const rejects = join(dir, 'rejects.csv');
    const r = await importFile(db, p, { kind: 'organizations', skipInvalid: rejects });
    expect(r.written).toBe(1);
    expect((await counts(db)).organizations).toBe(before + 1);
    const text = readFileSync(rejects, 'utf8');
    expect(text).toContain('ATLAS_E_ROW_BAD_USCC');
    // the rejected row keeps its original cells, so it can be fixed and re-imported
    expect(text).toContain('乙制造有限公司,91440300192185379A,广东,深圳,80');
    expect(r.warnings.map((w) => w.code)).toContain('ATLAS_W_ROWS_SKIPPED');
  });

  it('a dry run reports and writes nothing', async () => {
    const before = await counts(db);
    const p = file('dry.csv', '名称,省份\n丁研究院,湖北\n');
    const r = await importFile(db, p, { kind: 'organizations', dryRun: true });
    expect(r.records).toBe(1);
    expect(r.written).toBe(0);
    expect(await counts(db)).toEqual(before);
  });

  it('leaves no rejects file when the import itself fails', async () => {
    const rejects = join(dir, 'never.csv');
    const err = await importFile(db, join(dir, 'missing.csv'), {
      kind: 'organizations',
      skipInvalid: rejects,
    }).catch((e) => e);
    expect(err.code).toBe('ATLAS_E_FILE_NOT_FOUND');
    expect(existsSync(rejects)).toBe(false);
  });
});

describe('links and merging against the store', () => {
  it('updates the organisation already in the atlas with the same USCC', async () => {
    const p = file(
      'again.csv',
      '企业名称,信用代码,所在省份\n甲科技股份有限公司,91440300192185379H,广东省\n',
    );
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.updated).toBe(1);
    const rows = await db.all("SELECT name FROM organizations WHERE uscc = '91440300192185379H'");
    expect(rows).toEqual([{ name: '甲科技股份有限公司' }]);
  });

  it('merges a record without USCC into one with the same name and region', async () => {
    const before = (await counts(db)).organizations;
    const p = file('same-name.csv', '名称,城市,员工人数\n平安银行,深圳,40000\n');
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.merges).toEqual([
      expect.objectContaining({
        into: expect.any(String),
        reason: expect.stringContaining('already'),
      }),
    ]);
    expect((await counts(db)).organizations).toBe(before);
  });

  it('resolves link ends by USCC or name, and refuses unknown ends', async () => {
    const ok = file('links.csv', 'from,to,type,product\n91440300192185379H,平安银行,supply,芯片\n');
    const r = await importFile(db, ok, { kind: 'links' });
    expect(r.written).toBe(1);
    const bad = file('links-bad.csv', 'from,to,type\n无此公司,平安银行,supply\n');
    const err = await importFile(db, bad, { kind: 'links' }).catch((e) => e);
    expect(err.details.rows[0]).toMatchObject({
      row: 2,
      column: 'from',
      code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
    });
  });
});

describe('merging into what the atlas knows', () => {
  it('adds to an existing organisation without losing its labels, ids or measures', async () => {
    const a = file(
      'm1.csv',
      '名称,城市,行业,年份,员工人数\n戊精密制造有限公司,苏州,精密零件,2022,300\n',
    );
    await importFile(db, a, { kind: 'organizations' });
    const b = file(
      'm2.csv',
      '名称,城市,营业收入,年份,标签\n戊精密制造有限公司,苏州,5000,2023,小巨人\n',
    );
    const r = await importFile(db, b, { kind: 'organizations' });
    expect(r.updated).toBe(1);
    const row = await db.one(
      "SELECT industry_labels, tags, (SELECT list(year ORDER BY year) FROM measures WHERE organization = o.id) AS years FROM organizations o WHERE name = '戊精密制造有限公司'",
    );
    expect(row).toEqual({
      industry_labels: ['精密零件'],
      tags: ['little_giant'],
      years: [2022, 2023],
    });
  });
});
