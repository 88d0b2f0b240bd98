import { Duck } from './duck.ts';
import { migrate } from './migrate.ts';
import { loadIndustries, loadRegions } from './reference.ts';
import { ensureReferenceTables } from './reference-tables.ts';

export interface StoreOptions {
  /** A DuckDB file, or ':memory:'. Defaults to $ATLAS_DB, then ./atlas.duckdb. */
  path?: string;
}

export function defaultDbPath(): string {
  return process.env.ATLAS_DB || './atlas.duckdb';
}

/**
 * Opens (or creates) the atlas database: migrates it to the newest schema and
 * fills the reference tables on first use. The returned Duck is the handle
 * every store function takes.
 */
export async function openStore(opts: StoreOptions = {}): Promise<Duck> {
  const db = await Duck.open(opts.path ?? defaultDbPath());
  try {
    await migrate(db);
    await ensureReferenceTables(db, loadRegions(), loadIndustries());
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
