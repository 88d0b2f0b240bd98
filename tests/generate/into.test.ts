import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { counts, type Counts } from '../../src/store/counts.ts';
import { openStore } from '../../src/store/store.ts';
import { runMain } from '../cli/run-main.ts';

/**
 * `atlas generate` writes a database of its own unless told --into DB: the
 * atlas a user works on never gains synthetic records silently; --into adds
 * them, marked, and says so in the import log and /api/stats.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-generate-into-'));
const real = join(dir, 'real.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string): Promise<{ c: Counts; imports: string[] }> {
  const db = await openStore({ path });
  try {
    const rows = await db.all('SELECT kind FROM imports ORDER BY kind');
    return { c: await counts(db), imports: rows.map((r) => String(r.kind)) };
  } finally {
    db.close();
  }
}

let before: Awaited<ReturnType<typeof read>>;
beforeAll(async () => {
  const db = await openStore({ path: real });
  await bootstrap(db);
  db.close();
  before = await read(real);
}, 120_000);

describe('atlas generate: a database of its own unless --into', () => {
  it('a fresh atlas (bootstrap) holds no synthetic record', () => {
    expect(before.c.organizations).toBeGreaterThan(0);
    expect(before.c.synthetic_organizations).toBe(0);
    expect(before.c.synthetic_links).toBe(0);
    expect(before.imports).toEqual([]);
  });

  it('without --into writes ./atlas-synthetic.duckdb and leaves $ATLAS_DB untouched', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const r = spawnSync(
      process.execPath,
      [resolve('bin/atlas.js'), 'generate', '--seed', '3', '--firms', '60'],
      { cwd, encoding: 'utf8', env: { ...process.env, ATLAS_DB: real } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('SYNTHETIC');
    expect(r.stderr).toContain('./atlas-synthetic.duckdb');
    expect(existsSync(join(cwd, 'atlas-synthetic.duckdb'))).toBe(true);
  }, 120_000);

  it('the given atlas is untouched and the synthetic one holds the default data plus the marked records', async () => {
    expect(await read(real)).toEqual(before);
    const own = join(dir, 'own.duckdb');
    const r = await runMain(['generate', '--seed', '4', '--firms', '60', '--db', own]);
    expect(r.code, r.err).toBe(0);
    expect(await read(real)).toEqual(before);
    const g = await read(own);
    expect(g.c.synthetic_organizations).toBe(60);
    expect(g.c.organizations).toBe(before.c.organizations + 60);
    expect(g.imports).toEqual(['synthetic']);
    // A second run into the same database is refused: it holds an atlas now.
    const again = await runMain(['generate', '--seed', '5', '--firms', '10', '--db', own]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/ATLAS_E_USAGE.*already holds an atlas.*--into/);
    expect(await read(own)).toEqual(g);
  }, 120_000);

  it('--into adds marked records to an existing atlas, logs the mark, and /api/stats reports the share', async () => {
    const r = await runMain(['generate', '--seed', '6', '--firms', '80', '--into', real]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/added to .*real\.duckdb: 80 organisations/);
    const after = await read(real);
    expect(after.c.organizations).toBe(before.c.organizations + 80);
    expect(after.c.synthetic_organizations).toBe(80);
    expect(after.imports).toEqual(['synthetic']);
    const db = await openStore({ path: real });
    try {
      const unmarked = await db.one(
        "SELECT count(*) AS n FROM organizations WHERE id LIKE 'syn-%' AND NOT (synthetic AND json_extract(provenance, '$.synthetic')::BOOLEAN)",
      );
      expect(unmarked?.n).toBe(0);
      const dangling = await db.one(
        'SELECT count(*) AS n FROM links l WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.source) OR NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.target)',
      );
      expect(dangling?.n).toBe(0);
      const app = await buildApp({ db });
      try {
        const res = await app.inject({ method: 'GET', url: '/api/stats' });
        expect(res.statusCode).toBe(200);
        const body = res.json();
        expect(body.synthetic_organizations).toBe(80);
        expect(body.syntheticShare).toBeCloseTo(80 / (before.c.organizations + 80), 12);
      } finally {
        await app.close();
      }
    } finally {
      db.close();
    }
  }, 120_000);

  it('refuses, changing nothing: the same seed twice, a missing --into, two targets, --load', async () => {
    const now = await read(real);
    const same = await runMain(['generate', '--seed', '6', '--firms', '80', '--into', real]);
    expect(same.code).toBe(1);
    expect(same.err).toMatch(/ATLAS_E_BAD_VALUE.*seed 6/);
    expect(await read(real)).toEqual(now);
    const missing = join(dir, 'nowhere.duckdb');
    const m = await runMain(['generate', '--firms', '5', '--into', missing]);
    expect(m.code).toBe(1);
    expect(m.err).toMatch(/ATLAS_E_USAGE.*no such atlas database/);
    expect(existsSync(missing)).toBe(false);
    const two = await runMain(['generate', '--into', real, '--out', join(dir, 'x.json')]);
    expect(two.code).toBe(1);
    expect(two.err).toMatch(/ATLAS_E_USAGE/);
    const load = await runMain(['generate', '--load', '--db', join(dir, 'l.duckdb')]);
    expect(load.code).toBe(1);
    expect(load.err).toMatch(/ATLAS_E_USAGE.*--into/);
    expect(await read(real)).toEqual(now);
  }, 120_000);
});
