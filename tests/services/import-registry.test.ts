import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { counts } from '../../src/store/counts.ts';
import type { Duck } from '../../src/store/duck.ts';
import { organizationChanges } from '../../src/store/queries/change-history.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * A registry you can trust, as a new user tried it on the bundled atlas: a
 * firm already there is updated, not duplicated; an uncertain candidate waits
 * for review; renames and kinds never change silently; places are strict;
 * provenance says the year of the data.
 */
const USCC = '91430100MA4L0000X9';
let dir: string;
let db: Duck;

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function org(id: string) {
  return db.one(
    `SELECT id, name, kind, region, provenance::VARCHAR AS prov FROM organizations WHERE id = $id`,
    { id },
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-registry-'));
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, {});
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an import meets the atlas', () => {
  it('updates a firm whose exact legal name is there (province only), creates no second one', async () => {
    const before = (await counts(db)).organizations;
    const p = file(
      'zoomlion.csv',
      '名称,省份,年份,从业人员\n中联重科股份有限公司,湖南,2023,25000\n',
    );
    const r = await importFile(db, p, { kind: 'organizations' });
    expect((await counts(db)).organizations).toBe(before);
    expect(r.resolution?.counts).toEqual({ new: 0, updated: 1, queued: 0, unchanged: 0 });
    expect(r.resolution?.matched[0]).toMatchObject({
      row: 2,
      organization: 'org-zoomlion',
      how: 'name',
      changed: expect.arrayContaining(['measures']),
    });
    expect(r.updated).toBe(1);
    // The city the atlas knew is kept: the file's province says less, not something else.
    expect(await org('org-zoomlion')).toMatchObject({ region: '430100', kind: 'enterprise' });
  });

  it('finds a firm by its short name and by its name with the city in brackets', async () => {
    const before = (await counts(db)).organizations;
    const p = file('short.csv', '名称,省份\n中联重科,湖南\n');
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.resolution?.matched.map((m) => m.organization)).toEqual(['org-zoomlion']);
    const q = file('brackets.csv', '名称,省份\n中联重科股份有限公司（长沙）,湖南\n');
    const s = await importFile(db, q, { kind: 'organizations' });
    expect(s.resolution?.matched.map((m) => m.organization)).toEqual(['org-zoomlion']);
    expect((await counts(db)).organizations).toBe(before);
    // Found by its name, it keeps the atlas's name.
    expect(await org('org-zoomlion')).toMatchObject({ name: '中联重科股份有限公司' });
  });

  it('holds an uncertain candidate for review and writes nothing of that row', async () => {
    await importFile(
      db,
      file('group.csv', '名称,省份,城市\n湖南审计测试主机集团有限公司,湖南,长沙\n'),
      {
        kind: 'organizations',
      },
    );
    const before = (await counts(db)).organizations;
    const p = file('fuzzy.csv', '名称,省份\n审计测试液压科技(长沙)有限公司,湖南\n');
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.resolution?.counts).toEqual({ new: 0, updated: 0, queued: 1, unchanged: 0 });
    expect(r.resolution?.queued[0]).toMatchObject({
      row: 2,
      name: '审计测试液压科技(长沙)有限公司',
      candidateName: '湖南审计测试主机集团有限公司',
    });
    expect((await counts(db)).organizations).toBe(before);
    // A person who has looked writes it as a firm of its own.
    const s = await importFile(db, p, { kind: 'organizations', queuedAsNew: true });
    expect(s.resolution?.counts.new).toBe(1);
    expect((await counts(db)).organizations).toBe(before + 1);
  });

  it('records a new name under the same USCC as a rename in the report and the history', async () => {
    const uscc = USCC;
    const first = file(
      'uscc-1.csv',
      `名称,统一社会信用代码,省份\n洞庭示例机械有限公司,${uscc},湖南\n`,
    );
    const r1 = await importFile(db, first, { kind: 'organizations' });
    expect(r1.resolution?.counts.new).toBe(1);
    const id = `org-${uscc}`;
    const second = file(
      'uscc-2.csv',
      `名称,统一社会信用代码,省份\n洞庭示例重工有限公司,${uscc},湖南\n`,
    );
    const r2 = await importFile(db, second, { kind: 'organizations', by: 'cli:tester' });
    expect(r2.resolution?.renamed).toEqual([
      {
        row: 2,
        organization: id,
        from: '洞庭示例机械有限公司',
        to: '洞庭示例重工有限公司',
        how: 'id',
      },
    ]);
    const { items } = await organizationChanges(db, id, { limit: 50, offset: 0 });
    expect(items.find((c) => c.field === 'name')).toMatchObject({
      action: 'update',
      by: 'cli:tester',
      source: 'uscc-2.csv',
      previous: '洞庭示例机械有限公司',
      value: '洞庭示例重工有限公司',
    });
  });

  it('never changes a kind from a file without a kind column', async () => {
    const id = 'org-future-comm-devices-mic';
    expect(await org(id)).toMatchObject({ kind: 'platform' });
    const p = file(
      'no-kind.csv',
      '名称,城市,从业人员,年份\n未来通信高端器件制造业创新中心,深圳,80,2024\n',
    );
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.resolution?.matched[0]).toMatchObject({ organization: id });
    expect(await org(id)).toMatchObject({ kind: 'platform' });
    // With the column, the kind changes, and the history says so.
    const q = file('kind.csv', '名称,城市,类型\n未来通信高端器件制造业创新中心,深圳,研究机构\n');
    await importFile(db, q, { kind: 'organizations' });
    expect(await org(id)).toMatchObject({ kind: 'institute' });
    const { items } = await organizationChanges(db, id, { limit: 50, offset: 0 });
    expect(items.find((c) => c.field === 'kind')).toMatchObject({
      previous: 'platform',
      value: 'institute',
    });
  });

  it('gives provenance the year the data describe and the day they were loaded', async () => {
    const p = file('year.csv', '名称,省份,年份,营业收入\n麓山云谷软件有限公司,湖南,2023,100\n');
    const r = await importFile(db, p, { kind: 'organizations' });
    const id = r.resolution?.matched[0]?.organization ?? (await newId('麓山云谷软件有限公司'));
    const prov = JSON.parse(String((await org(id))?.prov));
    expect(prov).toMatchObject({ year: 2023, loadedAt: new Date().toISOString().slice(0, 10) });
    const q = file('no-year.csv', '名称,省份\n岳阳楼光伏玻璃有限公司,湖南\n');
    await importFile(db, q, { kind: 'organizations' });
    const prov2 = JSON.parse(String((await org(await newId('岳阳楼光伏玻璃有限公司')))?.prov));
    expect(prov2.year).toBeUndefined();
    // The history of the yearly figure carries the year of the data and its file.
    const { items } = await organizationChanges(db, id, { limit: 50, offset: 0 });
    expect(items.find((c) => c.entity === 'measure' && c.action === 'create')).toMatchObject({
      dataYear: 2023,
      source: 'year.csv',
    });
  });
});

async function newId(name: string): Promise<string> {
  const row = await db.one('SELECT id FROM organizations WHERE name = $name', { name });
  return String(row?.id);
}

describe('strict places', () => {
  it('refuses an unknown province, naming file, row, column and value; writes nothing', async () => {
    const before = await counts(db);
    const p = file('mars.csv', '名称,省份\n审计测试戊公司,湖南\n审计测试己公司,火星省\n');
    const err = await importFile(db, p, { kind: 'organizations' }).catch((e) => e);
    expect(err.code).toBe('ATLAS_E_INVALID_ROWS');
    expect(err.details.rows).toEqual([
      expect.objectContaining({
        file: p,
        row: 3,
        column: '省份',
        value: '火星省',
        code: 'ATLAS_E_ROW_UNKNOWN_REGION',
      }),
    ]);
    expect(await counts(db)).toEqual(before);
  });

  it('places a firm with coordinates and no region by point in polygon, and says how', async () => {
    const p = file('coords.csv', '名称,经度,纬度\n湘江坐标科技有限公司,112.94,28.23\n');
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.resolution?.located).toEqual([
      expect.objectContaining({ row: 2, region: '430100', level: 'prefecture', how: 'inside' }),
    ]);
    const o = await org(await newId('湘江坐标科技有限公司'));
    expect(o?.region).toBe('430100');
    expect(JSON.parse(String(o?.prov)).note).toContain('from the coordinates');
  });

  it('keeps a firm in 长沙县 at 长沙市, with no county guessed and the reason recorded', async () => {
    const p = file('xingsha.csv', '名称,经度,纬度\n星沙坐标机械有限公司,113.08,28.24\n');
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.resolution?.located).toEqual([
      expect.objectContaining({
        region: '430100',
        level: 'prefecture',
        countyUnset: 'no county outlines are bundled',
      }),
    ]);
    const o = await org(await newId('星沙坐标机械有限公司'));
    expect(o?.region).toBe('430100');
    const note = JSON.parse(String(o?.prov)).note as string;
    expect(note).toContain('Apache ECharts 4.9.0 prefecture outlines');
    expect(note).toContain('county not set: no county outlines are bundled');
  });

  it('reads English and compound region names below the province', async () => {
    const p = file(
      'english.csv',
      'name,region\nAudit Test Hydraulics Co,"Changsha, Hunan"\n郴州示例稀土材料有限公司,湖南省郴州市\n',
    );
    const r = await importFile(db, p, { kind: 'organizations' });
    expect(r.invalidRows).toBe(0);
    const rows = await db.all(
      `SELECT name, region FROM organizations WHERE name IN ('Audit Test Hydraulics Co', '郴州示例稀土材料有限公司') ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'Audit Test Hydraulics Co', region: '430100' },
      { name: '郴州示例稀土材料有限公司', region: '431000' },
    ]);
  });
});

describe('re-importing the bundled organisations under their full legal names', () => {
  it('creates no new record, and every update names its fields', async () => {
    const rows = await db.all(
      `SELECT o.name, r.name_zh AS province FROM organizations o JOIN regions r ON r.code = o.province
       WHERE o.id NOT LIKE 'org-listed-%' ORDER BY o.id`,
    );
    expect(rows.length).toBeGreaterThan(20);
    const csv = ['名称,省份', ...rows.map((r) => `${r.name},${r.province}`)].join('\n');
    const before = (await counts(db)).organizations;
    const r = await importFile(db, file('bundled.csv', csv), { kind: 'organizations' });
    expect(r.resolution?.counts.new).toBe(0);
    expect((await counts(db)).organizations).toBe(before);
    const c = r.resolution?.counts;
    expect(c).toMatchObject({ new: 0, queued: 0 });
    expect((c?.updated ?? 0) + (c?.unchanged ?? 0)).toBe(r.records);
    // 河钢股份有限公司 and 河钢集团有限公司 are two firms: each finds itself by its exact name.
    const hbis = r.resolution?.matched.filter((m) => m.name.startsWith('河钢'));
    expect(hbis?.every((m) => m.atlasName === m.name)).toBe(true);
    expect(r.resolution?.matched.every((m) => Array.isArray(m.changed))).toBe(true);
  });
});

describe('re-importing the listed firms’ short names (Tushare, by stock code)', () => {
  it('finds every firm by its code, creates none and keeps the legal names', async () => {
    const r = await importFile(db, '../shared/data/cn-listed-firms/tushare_stock_basic.csv', {
      kind: 'organizations',
      dryRun: true,
    });
    expect(r.resolution?.counts).toMatchObject({ new: 0, queued: 0 });
    expect(r.resolution?.renamed).toEqual([]);
    const vanke = r.resolution?.matched.find((m) => m.organization === 'org-listed-000002-sz');
    expect(vanke).toMatchObject({ name: '万科A', atlasName: '万科企业股份有限公司' });
    expect(vanke?.changed).not.toContain('name');
  }, 60_000);
});

describe('memberships carry their own provenance', () => {
  it('a cluster file’s members are stated by that file', async () => {
    const p = file(
      'cluster.csv',
      '名称,地区,成员\n长沙审计测试工程机械集群,长沙,中联重科股份有限公司\n',
    );
    await importFile(db, p, { kind: 'clusters', provenance: { year: 2024 } });
    const row = await db.one(
      `SELECT provenance::VARCHAR AS prov FROM cluster_members WHERE organization = 'org-zoomlion'
       AND cluster IN (SELECT id FROM clusters WHERE name = '长沙审计测试工程机械集群')`,
    );
    expect(JSON.parse(String(row?.prov))).toMatchObject({ source: 'cluster.csv', year: 2024 });
  });
});
