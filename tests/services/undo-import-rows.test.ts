import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import { undoImport } from '../../src/services/history/undo-import.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { loadOrganizations, writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-undo-import-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const admin = { role: 'admin' as const, user: 'ana' };

function registry(name: string, n: number, seed: number): string {
  const r = registryRows(seed);
  const file = join(dir, name);
  const lines = Array.from({ length: n }, (_, i) => r(i));
  writeFileSync(file, `${[REGISTRY_HEADER, ...lines].join('\n')}\n`);
  return file;
}

const count = async (db: Duck, sql: string) => Number((await db.all(sql))[0].n);

/** Everything an undo could touch, to compare before and after a refusal. */
const state = async (db: Duck) => ({
  organizations: await count(db, 'SELECT count(*) AS n FROM organizations'),
  measures: await count(db, 'SELECT count(*) AS n FROM measures'),
  links: await count(db, 'SELECT count(*) AS n FROM links'),
  changes: await count(db, 'SELECT count(*) AS n FROM change_rows'),
});

/** An atlas of 20 firms (staged), then 30 more from a small file, which goes row by row. */
async function atlas(): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  await importFile(db, registry('seed.csv', 20, 11), {
    kind: 'organizations',
    columnar: true,
    importId: 'seed',
  });
  // 30 rows, no option: a small file takes the row-by-row path.
  await importFile(db, registry('small.csv', 30, 5), { kind: 'organizations', importId: 'small' });
  return db;
}

describe('undo of an import whose rows went row by row', () => {
  it('removes exactly its records; the atlas before it is unchanged', async () => {
    const db = await atlas();
    try {
      expect(
        await count(db, `SELECT count(*) AS n FROM import_creates WHERE import_id = 'small'`),
      ).toBe(0);
      expect(
        await count(db, `SELECT count(*) AS n FROM import_history WHERE import_id = 'small'`),
      ).toBe(1);
      const seed = `SELECT * EXCLUDE (provenance), provenance::VARCHAR FROM organizations
        WHERE id IN (SELECT organization FROM import_creates WHERE import_id = 'seed') ORDER BY id`;
      const before = await db.all(seed);
      const preview = await undoImport(db, 'small', admin, { preview: true });
      expect(preview).toMatchObject({ kind: 'organizations', organizations: 30, links: 0 });
      expect(await count(db, 'SELECT count(*) AS n FROM organizations')).toBe(50);
      const r = await undoImport(db, 'small', admin);
      expect(r).toEqual(preview);
      expect(await count(db, 'SELECT count(*) AS n FROM organizations')).toBe(20);
      expect(await db.all(seed)).toEqual(before);
      const again = await undoImport(db, 'small', admin).catch((x: unknown) => x);
      expect(isAtlasError(again) && again.code).toBe('ATLAS_E_UNDO_CONFLICT');
      expect(isAtlasError(again) && again.details).toMatchObject({ reason: 'undone' });
    } finally {
      db.close();
    }
  }, 60_000);

  it('is refused, nothing written, when a record it created changed since', async () => {
    const db = await atlas();
    try {
      const [{ id }] = await db.all(
        `SELECT entity_id AS id FROM change_rows WHERE action = 'create' AND entity = 'organization'
         AND changed_at = (SELECT changed_at FROM import_history WHERE import_id = 'small') LIMIT 1`,
      );
      await db.transaction(async (tx) => {
        const [o] = await loadOrganizations(tx, [String(id)]);
        await writeOrganizations(tx, [{ ...o, address: '改过的地址' }], { by: 'li' });
      });
      const s = await state(db);
      const e = await undoImport(db, 'small', admin).catch((x: unknown) => x);
      expect(isAtlasError(e) && e.code).toBe('ATLAS_E_UNDO_CONFLICT');
      expect(isAtlasError(e) && e.details).toMatchObject({ reason: 'changed' });
      expect(await state(db)).toEqual(s);
    } finally {
      db.close();
    }
  }, 60_000);

  it('undoes an import logged before imports had their history record, by its log’s time', async () => {
    const db = await atlas();
    try {
      await db.transaction((tx) => tx.exec(`DELETE FROM import_history WHERE import_id = 'small'`));
      const r = await undoImport(db, 'small', admin);
      expect(r.organizations).toBe(30);
      expect(await count(db, 'SELECT count(*) AS n FROM organizations')).toBe(20);
    } finally {
      db.close();
    }
  }, 60_000);

  it('undoes a links import; refuses a kind that keeps no history, writing nothing', async () => {
    const db = await atlas();
    try {
      const names = (await db.all('SELECT name FROM organizations ORDER BY id LIMIT 3')).map((r) =>
        String(r.name),
      );
      const file = join(dir, 'links.csv');
      writeFileSync(
        file,
        `from,to,type,product\n${names[0]},${names[1]},supply,芯片\n${names[1]},${names[2]},supply,外壳\n`,
      );
      await importFile(db, file, { kind: 'links', importId: 'links-1' });
      expect(await count(db, 'SELECT count(*) AS n FROM links')).toBe(2);
      // Its organisations are linked now: the organisations import is refused.
      const linked = await undoImport(db, 'seed', admin).catch((x: unknown) => x);
      expect(isAtlasError(linked) && linked.details).toMatchObject({ reason: 'referred' });
      const r = await undoImport(db, 'links-1', admin);
      expect(r).toMatchObject({ kind: 'links', links: 2, organizations: 0 });
      expect(await count(db, 'SELECT count(*) AS n FROM links')).toBe(0);
      await db.transaction((tx) =>
        tx.exec(`INSERT INTO imports VALUES ('ind-1', now(), 'gdp.csv', 'indicators', 1, 1, '{}')`),
      );
      const s = await state(db);
      const e = await undoImport(db, 'ind-1', admin).catch((x: unknown) => x);
      expect(isAtlasError(e) && e.code).toBe('ATLAS_E_UNDO_UNSUPPORTED');
      expect(await state(db)).toEqual(s);
    } finally {
      db.close();
    }
  }, 60_000);
});
