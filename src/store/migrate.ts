import { AtlasError } from '../core/errors.ts';
import type { Duck } from './duck.ts';
import { migrations } from './migrations/index.ts';

/**
 * Brings the database to the newest schema, one transaction per migration.
 * A database whose version is newer than this program knows is refused,
 * never "repaired". Returns the versions applied.
 */
export async function migrate(db: Duck): Promise<number[]> {
  await db.transaction((tx) =>
    tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
    ),
  );
  const current = await schemaVersion(db);
  const newest = migrations[migrations.length - 1].version;
  if (current > newest) {
    throw new AtlasError(
      'ATLAS_E_MIGRATION',
      `database ${db.path} has schema version ${current}; this program knows up to ${newest}`,
      { current, newest },
    );
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.exec('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
    });
    applied.push(m.version);
  }
  return applied;
}

export async function schemaVersion(db: Duck): Promise<number> {
  const row = await db.one('SELECT coalesce(max(version), 0) AS v FROM schema_migrations');
  return Number(row?.v ?? 0);
}
