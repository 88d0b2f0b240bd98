import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceOfFigure } from '../../src/core/model/figure-provenance.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { Duck } from '../../src/store/duck.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { loadOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * A yearly figure names its own source (migration 015): the file, row,
 * import and importer that gave it, and the year it describes; figures kept
 * from an earlier file keep that file's name; rows stored before say where
 * they came from, unverified.
 */
const USCC = '91430100MA4L0000X9';
let dir: string;
let db: Duck;

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-figures-'));
  db = await openStore({ path: ':memory:' });
}, 60_000);
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('provenance of yearly figures', () => {
  it('names the file, row, import, importer and year of each figure', async () => {
    const a = file(
      'tongji.csv',
      `名称,统一社会信用代码,省份,年份,从业人员,营业收入\n审计测试液压有限公司,${USCC},湖南省,2023,120,5000\n`,
    );
    const r = await importFile(db, a, { kind: 'organizations', columnar: false, by: 'analyst-li' });
    const [o] = await loadOrganizations(db, [`org-${USCC}`]);
    const p = o.measures[0].provenance;
    expect(p).toMatchObject({
      source: 'tongji.csv',
      file: 'tongji.csv',
      row: 2,
      year: 2023,
      importId: r.importId,
      by: 'analyst-li',
      method: 'import',
    });
    const [logged] = await db.all('SELECT id FROM imports WHERE id = $id', { id: r.importId! });
    expect(logged).toBeDefined();
  });

  it('keeps the earlier file as the source of the figures a later file does not change', async () => {
    const b = file(
      'gongxin.csv',
      `名称,统一社会信用代码,省份,年份,从业人员,营业收入\n审计测试液压有限公司,${USCC},湖南省,2023,120,6200\n`,
    );
    await importFile(db, b, { kind: 'organizations', columnar: false });
    const [o] = await loadOrganizations(db, [`org-${USCC}`]);
    const m = o.measures[0];
    expect(m.revenue).toBe(6200);
    expect(sourceOfFigure(m, 'revenue')?.file).toBe('gongxin.csv');
    // Employees given again unchanged: still the first file's.
    expect(sourceOfFigure(m, 'employees')?.file).toBe('tongji.csv');
    expect(sourceOfFigure(m, 'output')).toBeUndefined();
    const hist = await db.all(
      `SELECT source FROM changes WHERE entity = 'measure' AND field = 'revenue'`,
    );
    expect(hist.map((h) => h.source)).toEqual(['gongxin.csv']);
  });
});

describe('migration 015', () => {
  it('gives stored figures the change history’s source or their record’s, unverified', async () => {
    const old = await Duck.open(':memory:');
    try {
      await old.transaction(async (tx) => {
        for (const m of migrations.filter((x) => x.version <= 14)) await tx.exec(m.sql);
        await tx.exec(
          `INSERT INTO organizations (id, name, kind, synthetic, verified, provenance) VALUES
             ('org-a', '甲公司', 'enterprise', false, true,
              '{"source":"bundled organisations","method":"official_list","confidence":1,"verified":true,"synthetic":false}');
           INSERT INTO measures (organization, year, employees) VALUES ('org-a', 2022, 10), ('org-a', 2023, 11);
           INSERT INTO changes (changed_at, changed_by, source, entity, entity_id, organizations, action, value)
             VALUES (TIMESTAMP '2026-11-02 10:00:00', 'analyst-wang', 'yearbook.csv', 'measure',
                     'org-a|2023', ['org-a'], 'create', '{"employees":11}');`,
        );
        await tx.exec(migrations.find((x) => x.version === 15)!.sql);
      });
      const rows = await old.all(
        'SELECT year, provenance::VARCHAR AS p FROM measures ORDER BY year',
      );
      const [p2022, p2023] = rows.map((r) => JSON.parse(String(r.p)));
      expect(p2022).toMatchObject({
        source: 'bundled organisations',
        method: 'official_list',
        year: 2022,
        verified: false,
      });
      expect(p2022.note).toMatch(/before yearly figures carried their own provenance/);
      expect(p2023).toMatchObject({
        source: 'yearbook.csv',
        loadedAt: '2026-11-02',
        by: 'analyst-wang',
        year: 2023,
        verified: false,
      });
      expect(p2023.note).toMatch(/change history/);
    } finally {
      old.close();
    }
  });
});
