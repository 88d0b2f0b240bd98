import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { AtlasError } from '../../src/core/errors.ts';
import { Duck } from '../../src/store/duck.ts';
import { migrate, schemaVersion } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { ensureReferenceTables } from '../../src/store/reference-tables.ts';
import { counts } from '../../src/store/counts.ts';

const regions = [
  { code: '440000', level: 'province' as const, parent: null, nameZh: '广东省' },
  { code: '440300', level: 'prefecture' as const, parent: '440000', nameZh: '深圳市' },
  { code: '440305', level: 'county' as const, parent: '440300', nameZh: '南山区' },
];
const industries = [
  { scheme: 'GB/T4754-2017' as const, code: 'C', level: 1, parent: null, nameZh: '制造业' },
];
const prov = { source: 'test', method: 'manual' as const };

function org(id: string, name: string, region?: string) {
  return Organization.parse({ id, name, kind: 'enterprise', region, provenance: prov });
}

let open: Duck[] = [];
async function memory(): Promise<Duck> {
  const db = await Duck.open(':memory:');
  open.push(db);
  await migrate(db);
  await ensureReferenceTables(db, regions, industries);
  return db;
}
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

describe('migrations', () => {
  it('brings a new database to the newest version, once', async () => {
    const db = await Duck.open(':memory:');
    open.push(db);
    const applied = await migrate(db);
    expect(applied).toEqual(migrations.map((m) => m.version));
    expect(await schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(await migrate(db)).toEqual([]);
  });

  it('refuses a database newer than the program', async () => {
    const db = await Duck.open(':memory:');
    open.push(db);
    await migrate(db);
    await db.transaction((tx) =>
      tx.exec("INSERT INTO schema_migrations VALUES (999, 'future', now())"),
    );
    await expect(migrate(db)).rejects.toMatchObject({ code: 'ATLAS_E_MIGRATION' });
  });

  it('keeps data in a file across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    try {
      const path = join(dir, 'a.duckdb');
      let db = await Duck.open(path);
      await migrate(db);
      await ensureReferenceTables(db, regions, industries);
      await db.transaction((tx) => writeOrganizations(tx, [org('o1', '甲公司', '440305')]));
      db.close();
      db = await Duck.open(path);
      expect(await migrate(db)).toEqual([]);
      expect((await counts(db)).organizations).toBe(1);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writes', () => {
  it('derives province and prefecture from the most detailed region', async () => {
    const db = await memory();
    await db.transaction((tx) => writeOrganizations(tx, [org('o1', '甲公司', '440305')]));
    const row = await db.one('SELECT region, prefecture, province FROM organizations');
    expect(row).toEqual({ region: '440305', prefecture: '440300', province: '440000' });
  });

  it('replaces a record with the same id instead of duplicating it', async () => {
    const db = await memory();
    await db.transaction((tx) => writeOrganizations(tx, [org('o1', '甲公司')]));
    await db.transaction((tx) => writeOrganizations(tx, [org('o1', '甲股份公司')]));
    const rows = await db.all('SELECT name FROM organizations');
    expect(rows).toEqual([{ name: '甲股份公司' }]);
  });

  it('writes nothing when a transaction fails half-way', async () => {
    const db = await memory();
    const before = await counts(db);
    await expect(
      db.transaction(async (tx) => {
        await writeOrganizations(tx, [org('o1', '甲公司'), org('o2', '乙公司')]);
        throw new AtlasError('ATLAS_E_INVALID_ROWS');
      }),
    ).rejects.toBeInstanceOf(AtlasError);
    expect(await counts(db)).toEqual(before);
    // and the store still takes writes afterwards
    await db.transaction((tx) => writeOrganizations(tx, [org('o3', '丙公司')]));
    expect((await counts(db)).organizations).toBe(1);
  });

  it('waits for running queries and transactions before it may close (idle)', async () => {
    const db = await Duck.open(':memory:');
    let settled = 0;
    const slow = db.all('SELECT count(*) AS n FROM range(20000000) t(i) WHERE i % 7 = 0');
    const write = db.transaction((tx) => tx.all('SELECT 1 AS one'));
    for (const p of [slow, write]) void p.then(() => settled++);
    await db.idle();
    expect(settled).toBe(2);
    expect(Number((await slow)[0].n)).toBe(2857143);
    await db.idle(); // nothing running: resolves at once
    db.close();
  });

  it('reports SQL failures as ATLAS_E_STORE', async () => {
    const db = await memory();
    await expect(db.all('SELECT * FROM no_such_table')).rejects.toMatchObject({
      code: 'ATLAS_E_STORE',
    });
  });
});
