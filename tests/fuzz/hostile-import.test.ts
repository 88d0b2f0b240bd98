import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import { fixtureStore, signedIn } from '../api/fixture.ts';
import { hostileFiles, PARQUET_BASE_SQL, type HostileFile } from './hostile-files.ts';

/**
 * The hostile-file corpus (issue 22) through the import service (a real
 * import, committed when the file is accepted) and the API's preview:
 * 0 crashes (no error escapes as anything but a catalogue error below 500,
 * no rejection goes unobserved), 0 partial imports (a refused file leaves
 * every table of the store as it was), 0 answers of 500.
 */
const SEED = 22;
const PER_FORMAT = 100;

let dir: string;
let db: Duck;
let app: FastifyInstance;
let analyst: Record<string, string>;
let files: HostileFile[];
const unobserved: unknown[] = [];
const onUnhandled = (e: unknown) => unobserved.push(e);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dir = mkdtempSync(join(tmpdir(), 'atlas-fuzz-'));
  const duck = await DuckDBInstance.create(':memory:');
  const conn = await duck.connect();
  const base = join(dir, 'base.parquet');
  await conn.run(PARQUET_BASE_SQL(base));
  conn.closeSync();
  files = hostileFiles(SEED, PER_FORMAT, readFileSync(base));
  db = await fixtureStore();
  app = await buildApp({ db });
  analyst = await signedIn(app, db, 'analyst');
}, 120_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await app?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Tables a request may write without importing anything: who signed in, and
 * the audit log (every write is logged, a refused one too).
 */
const ACCESS_TABLES = new Set(['audit_log', 'sessions', 'login_tokens', 'users']);
/** Bundled reference tables: counted, not hashed (thousands of rows, written by migrations only). */
const REFERENCE_TABLES = new Set(['regions', 'industries', 'schema_migrations']);

/** Every data table's row count and a hash of its rows: equal before and after means nothing written. */
async function fingerprint(): Promise<string> {
  const tables = await db.all(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const parts: string[] = [];
  for (const { t } of tables) {
    if (ACCESS_TABLES.has(String(t))) continue;
    const name = String(t).replace(/"/g, '""');
    const hash = REFERENCE_TABLES.has(String(t))
      ? '0'
      : 'coalesce(bit_xor(hash(x::VARCHAR)), 0)::VARCHAR';
    const r = await db.one(`SELECT count(*) AS n, ${hash} AS h FROM "${name}" x`);
    parts.push(`${name}:${String(r?.n)}:${String(r?.h)}`);
  }
  return parts.join('|');
}

/** A tick for a rejection nobody awaited to surface as unhandledRejection. */
const settle = () => new Promise((r) => setTimeout(r, 0));

interface Tally {
  accepted: number;
  refused: Record<string, number>;
  failures: string[];
}

async function runFormat(prefix: string): Promise<Tally> {
  const tally: Tally = { accepted: 0, refused: {}, failures: [] };
  const fail = (f: HostileFile, why: string) =>
    tally.failures.push(`${f.name} (${f.about}): ${why}`);
  // The store as it is between files: refused files and previews must leave it so.
  let current = await fingerprint();
  for (const f of files.filter((x) => x.name.startsWith(prefix))) {
    // The service: a real import; a refusal must leave the store as it was.
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    try {
      await importFile(db, path, { kind: f.kind });
      tally.accepted++;
      current = await fingerprint();
    } catch (e) {
      if (!isAtlasError(e)) fail(f, `not a catalogue error: ${String(e).slice(0, 200)}`);
      else {
        if (e.status >= 500) fail(f, `${e.code} (${e.status}): ${e.message.slice(0, 200)}`);
        tally.refused[e.code] = (tally.refused[e.code] ?? 0) + 1;
      }
      const after = await fingerprint();
      if (after !== current) fail(f, 'refused but the store changed');
      current = after;
    } finally {
      rmSync(path, { force: true });
    }
    // The API's preview: never a 500, never a write, never a server path.
    const res = await app.inject({
      method: 'POST',
      url: `/api/imports?kind=${f.kind}&mode=preview&file=${encodeURIComponent(f.name)}`,
      payload: f.bytes,
      headers: { ...analyst, 'content-type': 'application/octet-stream' },
    });
    if (res.statusCode >= 500)
      fail(f, `preview answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400 && !/^ATLAS_E_/.test(String(res.json().code)))
      fail(f, `preview answered ${res.statusCode} without a catalogue code`);
    if (res.body.includes('atlas-upload-')) fail(f, 'preview answer names a server path');
    const afterPreview = await fingerprint();
    if (afterPreview !== current) fail(f, 'preview changed the store');
    current = afterPreview;
    await settle();
    if (unobserved.length > 0)
      fail(f, `unobserved rejection: ${String(unobserved.splice(0)[0]).slice(0, 200)}`);
  }
  return tally;
}

describe(`hostile files (seed ${SEED}, ${PER_FORMAT} per format)`, () => {
  it('makes the same corpus from the same seed', async () => {
    const base = readFileSync(join(dir, 'base.parquet'));
    const make = () =>
      hostileFiles(SEED, 5, base, { bombs: false }).map((f) => f.bytes.toString('base64'));
    expect(make()).toEqual(make());
    expect(files.length).toBeGreaterThanOrEqual(4 * PER_FORMAT);
  });

  for (const [format, prefix] of [
    ['CSV (UTF-8, GB18030, Big5, UTF-16)', 'csv-'],
    ['XLSX (with zip bombs)', 'xlsx-'],
    ['JSON (with deep nesting)', 'json-'],
    ['Parquet (with corrupt pages and footers)', 'parquet-'],
  ] as const) {
    it(`${format}: no crash, no partial import, no 500`, async () => {
      const tally = await runFormat(prefix);
      expect(tally.failures).toEqual([]);
      // The corpus is hostile: most files are refused, each with a catalogue code.
      const refused = Object.values(tally.refused).reduce((a, b) => a + b, 0);
      expect(refused).toBeGreaterThan(tally.accepted);
    }, 120_000);
  }

  it('refuses the zip bombs, the deep JSON and the renamed Parquet column by name', async () => {
    const code = async (name: string) => {
      const f = files.find((x) => x.name === name) as HostileFile;
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      try {
        await importFile(db, path, { kind: f.kind, dryRun: true });
        return 'accepted';
      } catch (e) {
        return isAtlasError(e) ? e.code : String(e);
      }
    };
    expect(await code('xlsx-bomb-ratio.xlsx')).toBe('ATLAS_E_FILE_TOO_LARGE');
    expect(await code('xlsx-bomb-absolute.xlsx')).toBe('ATLAS_E_FILE_TOO_LARGE');
    expect(await code('xlsx-rows.xlsx')).toBe('ATLAS_E_FILE_TOO_LARGE');
    expect(await code('json-deep-100k.json')).toBe('ATLAS_E_FILE_TOO_LARGE');
    expect(await code('parquet-schema-province.parquet')).toBe('ATLAS_E_FILE_FORMAT');
  });
});
