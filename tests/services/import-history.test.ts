import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import { organizationHistory } from '../../src/services/history/organization-history.ts';
import { undoChange } from '../../src/services/history/undo-change.ts';
import { undoImport } from '../../src/services/history/undo-import.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { figureProvenanceSql } from '../../src/store/figure-sources.ts';
import { readOrganizationDetail } from '../../src/store/queries/organization-detail.ts';
import { loadOrganizations, writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-import-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const admin = { role: 'admin' as const, user: 'ana' };

function registry(name: string, n: number, seed: number): string {
  const r = registryRows(seed);
  const lines = Array.from({ length: n }, (_, i) => r(i));
  const file = join(dir, name);
  writeFileSync(file, `${[REGISTRY_HEADER, ...lines].join('\n')}\n`);
  return file;
}

const file = registry('registry.csv', 300, 4);
const seedFile = registry('seed.csv', 20, 11);

/**
 * An atlas of 20 firms, then the registry imported row by row (columnar false) or staged;
 * `figureJson`: another template taken for its import, so each figure keeps its JSON as before.
 */
async function imported(columnar: boolean, figureJson = false): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  if (figureJson)
    await db.transaction((tx) => tx.exec(`INSERT INTO figure_sources VALUES ('registry', '{}')`));
  await importFile(db, seedFile, { kind: 'organizations', columnar: false, importId: 'seed' });
  await importFile(db, file, { kind: 'organizations', columnar, importId: 'registry', by: 'wang' });
  return db;
}

/** A history as it reads, but for the change numbers and times (two databases). */
async function history(db: Duck, id: string) {
  const h = await organizationHistory(db, id, admin, 1, 200);
  return h.items.map(({ id: _id, at: _at, undoes, undoneBy, ...c }) => ({
    ...c,
    source: c.source.replace(/^undo of change \d+$/, 'undo of change N'),
    undoes: undoes !== null,
    undoneBy: undoneBy !== null,
  }));
}

const firstIds = async (db: Duck, n: number) =>
  (
    await db.all(
      `SELECT organization AS id FROM import_creates WHERE entity = 'organization' ORDER BY organization LIMIT ${n}`,
    )
  ).map((r) => String(r.id));

const count = async (db: Duck, sql: string) => Number((await db.all(sql))[0].n);

/** Renames an organisation and changes its first yearly figure's revenue, as an analyst's edit. */
async function edit(db: Duck, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [org] = await loadOrganizations(tx, [id]);
    const [m, ...rest] = org.measures;
    const measures = m ? [{ ...m, revenue: (m.revenue ?? 0) + 1 }, ...rest] : [];
    await writeOrganizations(tx, [{ ...org, name: `${org.name}（更名）`, measures }], {
      by: 'ana',
      source: 'edit',
    });
  });
}

describe('an import’s history as one record and a narrow row per created record', () => {
  it('answers as the per-record history did, after edits and an undo of a creation', async () => {
    const [before, compact] = [await imported(false, true), await imported(true)];
    try {
      // One record per import: the seed's (row by row) and the registry's.
      expect(await count(compact, `SELECT count(*) AS n FROM import_history`)).toBe(2);
      expect(
        await count(
          compact,
          `SELECT count(*) AS n FROM import_creates WHERE entity = 'organization'`,
        ),
      ).toBeGreaterThan(250);
      // No JSON row for any record the staged path created.
      expect(
        await count(
          compact,
          `SELECT count(*) AS n FROM change_rows WHERE action = 'create'
           AND entity_id IN (SELECT organization FROM import_creates)`,
        ),
      ).toBe(0);
      const [a, b, c] = await firstIds(compact, 3);
      // Figures: their import and row instead of a JSON document, read back as the same text.
      const jsonFigures = `SELECT count(*) AS n FROM measures WHERE provenance IS NOT NULL`;
      expect(await count(compact, jsonFigures)).toBeLessThan(50);
      expect(await count(before, jsonFigures)).toBeGreaterThan(250);
      const figures = `SELECT * EXCLUDE (provenance, import_id, import_row),
          (${figureProvenanceSql('m')})::VARCHAR AS p FROM measures m ORDER BY organization, year`;
      expect(await compact.all(figures)).toEqual(await before.all(figures));
      expect(await loadOrganizations(compact, [a, b, c])).toEqual(
        await loadOrganizations(before, [a, b, c]),
      );
      const detail = await readOrganizationDetail(compact, a);
      expect(detail?.measures[0]?.sources.employees).toMatchObject({ importId: 'registry' });
      expect(detail).toEqual(await readOrganizationDetail(before, a));
      for (const id of [a, b, c])
        expect(await history(compact, id)).toEqual(await history(before, id));
      for (const db of [before, compact]) await edit(db, a);
      expect(await history(compact, a)).toEqual(await history(before, a));
      for (const db of [before, compact]) {
        const h = await organizationHistory(db, b, admin);
        const created = h.items.find((x) => x.entity === 'organization' && x.action === 'create');
        await undoChange(db, created!.id, admin);
      }
      expect(await history(compact, b)).toEqual(await history(before, b));
      expect((await history(compact, b)).map((x) => x.action)).toContain('delete');
      const orgs =
        'SELECT * EXCLUDE (provenance), provenance::VARCHAR FROM organizations ORDER BY id';
      expect(await compact.all(orgs)).toEqual(await before.all(orgs));
    } finally {
      before.close();
      compact.close();
    }
  }, 60_000);

  it('undoes the whole import: exactly its organisations and figures go, the rest stays', async () => {
    const db = await imported(true);
    try {
      const seedOrgs = `SELECT * EXCLUDE (provenance), provenance::VARCHAR FROM organizations
        WHERE id NOT IN (SELECT organization FROM import_creates) ORDER BY id`;
      const seedMeasures = `SELECT * EXCLUDE (provenance), provenance::VARCHAR FROM measures
        WHERE organization NOT IN (SELECT organization FROM import_creates) ORDER BY organization, year`;
      const [orgs, measures] = [await db.all(seedOrgs), await db.all(seedMeasures)];
      const created = await count(
        db,
        `SELECT count(*) AS n FROM import_creates WHERE entity = 'organization'`,
      );
      const total = await count(db, 'SELECT count(*) AS n FROM organizations');
      const [a] = await firstIds(db, 1);
      const r = await undoImport(db, 'registry', admin);
      expect(r.organizations).toBe(total - 20);
      expect(r.organizations).toBeGreaterThanOrEqual(created);
      expect(await count(db, 'SELECT count(*) AS n FROM organizations')).toBe(20);
      expect(await db.all(seedOrgs)).toEqual(orgs);
      expect(await db.all(seedMeasures)).toEqual(measures);
      expect(
        await count(
          db,
          `SELECT count(*) AS n FROM measures WHERE organization IN (SELECT organization FROM import_creates)`,
        ),
      ).toBe(0);
      const h = await organizationHistory(db, a, admin);
      expect(h.items.map((x) => `${x.entity} ${x.action}`)).toContain('organization delete');
      expect(h.items.find((x) => x.action === 'delete')?.source).toBe('undo of import registry');
    } finally {
      db.close();
    }
  }, 60_000);

  it('refuses to undo an import a record of which changed since, and writes nothing', async () => {
    const db = await imported(true);
    try {
      const [a] = await firstIds(db, 1);
      await edit(db, a);
      const n = await count(db, 'SELECT count(*) AS n FROM organizations');
      const changes = await count(db, 'SELECT count(*) AS n FROM change_rows');
      const e = await undoImport(db, 'registry', admin).catch((x: unknown) => x);
      expect(isAtlasError(e) && e.code).toBe('ATLAS_E_UNDO_CONFLICT');
      expect(await count(db, 'SELECT count(*) AS n FROM organizations')).toBe(n);
      expect(await count(db, 'SELECT count(*) AS n FROM change_rows')).toBe(changes);
      const missing = await undoImport(db, 'no-such-import', admin).catch((x: unknown) => x);
      expect(isAtlasError(missing) && missing.code).toBe('ATLAS_E_NOT_FOUND');
    } finally {
      db.close();
    }
  }, 60_000);
});
