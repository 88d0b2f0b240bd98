import { afterEach, describe, expect, it } from 'vitest';
import { isAtlasError } from '../../src/core/errors.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { Duck } from '../../src/store/duck.ts';
import { migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';

const prov = { source: 'test', method: 'manual' as const };
const org = (id: string, name: string, years: number[] = []) =>
  Organization.parse({
    id,
    name,
    kind: 'enterprise',
    provenance: prov,
    measures: years.map((year) => ({ year, employees: year - 2000 })),
  });

let open: Duck[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** A database at schema version 12, the one before organisations lost their key constraints. */
async function atVersion12(): Promise<Duck> {
  const db = await Duck.open(':memory:');
  open.push(db);
  await db.transaction(async (tx) => {
    await tx.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
    );
    for (const m of migrations.filter((m) => m.version <= 12)) {
      await tx.exec(m.sql);
      await tx.exec('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
    }
  });
  return db;
}

describe('organisations and measures without key constraints (migration 013)', () => {
  it('keeps every row, column and NOT NULL rule through the migration', async () => {
    const db = await atVersion12();
    // Rows as version 12 holds them (today's writer writes today's columns, migration 015 on).
    await db.transaction((tx) =>
      tx.exec(
        `INSERT INTO organizations (id, name, kind, synthetic, verified, provenance) VALUES
         ('org-b', '乙公司', 'enterprise', false, true, '{"source":"test","method":"manual"}'),
         ('org-a', '甲公司', 'enterprise', false, true, '{"source":"test","method":"manual"}');
       INSERT INTO measures (organization, year, employees) VALUES
         ('org-b', 2022, 22), ('org-b', 2023, 23), ('org-a', 2024, 24);`,
      ),
    );
    const before = await db.all(
      'SELECT * EXCLUDE (provenance), provenance::VARCHAR AS p FROM organizations ORDER BY id',
    );
    const measures = await db.all('SELECT * FROM measures ORDER BY organization, year');
    const columns = await db.all(
      "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name IN ('organizations', 'measures') ORDER BY table_name, ordinal_position",
    );
    // Migration 013 alone: later ones may add columns (015 gives yearly figures a provenance).
    await db.transaction((tx) => tx.exec(migrations.find((m) => m.version === 13)!.sql));
    expect(
      await db.all(
        'SELECT * EXCLUDE (provenance), provenance::VARCHAR AS p FROM organizations ORDER BY id',
      ),
    ).toEqual(before);
    expect(await db.all('SELECT * FROM measures ORDER BY organization, year')).toEqual(measures);
    expect(
      await db.all(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name IN ('organizations', 'measures') ORDER BY table_name, ordinal_position",
      ),
    ).toEqual(columns);
    expect(
      await db.all(
        "SELECT count(*)::INTEGER AS n FROM duckdb_constraints() WHERE table_name IN ('organizations', 'measures') AND constraint_type = 'PRIMARY KEY'",
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses a write holding an id twice, or an organisation’s year twice, and writes nothing', async () => {
    const db = await Duck.open(':memory:');
    open.push(db);
    await migrate(db);
    const twice = await db
      .transaction((tx) => writeOrganizations(tx, [org('org-a', '甲'), org('org-a', '甲二')]))
      .catch((e: unknown) => e);
    expect(isAtlasError(twice) && twice.code).toBe('ATLAS_E_INTERNAL');
    const year = org('org-b', '乙', [2023]);
    year.measures.push({ year: 2023, employees: 5 });
    const yearTwice = await db
      .transaction((tx) => writeOrganizations(tx, [year]))
      .catch((e: unknown) => e);
    expect(isAtlasError(yearTwice) && yearTwice.code).toBe('ATLAS_E_INTERNAL');
    expect(await db.all('SELECT count(*)::INTEGER AS n FROM organizations')).toEqual([{ n: 0 }]);
    expect(await db.all('SELECT count(*)::INTEGER AS n FROM changes')).toEqual([{ n: 0 }]);
  });

  it('replaces a stored organisation by id, never doubling it', async () => {
    const db = await Duck.open(':memory:');
    open.push(db);
    await migrate(db);
    await db.transaction((tx) => writeOrganizations(tx, [org('org-a', '甲', [2023])]));
    await db.transaction((tx) => writeOrganizations(tx, [org('org-a', '甲改', [2023, 2024])]));
    expect(await db.all('SELECT id, name FROM organizations')).toEqual([
      { id: 'org-a', name: '甲改' },
    ]);
    expect(await db.all('SELECT organization, year FROM measures ORDER BY year')).toEqual([
      { organization: 'org-a', year: 2023 },
      { organization: 'org-a', year: 2024 },
    ]);
  });
});
