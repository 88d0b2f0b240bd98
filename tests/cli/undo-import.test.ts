import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { openStore } from '../../src/store/store.ts';
import { runAtlas } from './run-atlas.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-undo-import-'));
const db = join(dir, 'atlas.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const atlas = (...args: string[]) => runAtlas([...args, '--db', db]);

const count = async (sql: string) => {
  const store = await openStore({ path: db });
  try {
    return Number((await store.all(sql))[0].n);
  } finally {
    store.close();
  }
};

beforeAll(async () => {
  const r = registryRows(6);
  const file = join(dir, 'registry.csv');
  const lines = Array.from({ length: 50 }, (_, i) => r(i));
  writeFileSync(file, `${[REGISTRY_HEADER, ...lines].join('\n')}\n`);
  const store = await openStore({ path: db });
  await importFile(store, file, { kind: 'organizations', columnar: true, importId: 'reg-1' });
  store.close();
}, 60_000);

describe('atlas undo-import', () => {
  it('deletes what the import created, says so, logs it, and refuses a second time', async () => {
    expect(await count('SELECT count(*) AS n FROM organizations')).toBe(50);
    const u = atlas('undo-import', 'reg-1');
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toContain('import reg-1 undone: 50 organisations and');
    expect(await count('SELECT count(*) AS n FROM organizations')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM measures')).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM audit_log WHERE action = 'atlas undo-import' AND target = 'reg-1' AND status = 200`,
      ),
    ).toBe(1);
    const again = atlas('undo-import', 'reg-1');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('ATLAS_E_UNDO_CONFLICT');
    const none = atlas('undo-import', 'no-such-import');
    expect(none.stderr).toContain('ATLAS_E_NOT_FOUND');
  }, 120_000);
});
