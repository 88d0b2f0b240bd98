import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';
import { runAtlas } from './run-atlas.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-history-'));
const db = join(dir, 'atlas.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const atlas = (...args: string[]) => runAtlas([...args, '--db', db]);

beforeAll(async () => {
  const store = await openStore({ path: db });
  const org = Organization.parse({
    id: 'zl',
    name: '中联重科股份有限公司',
    kind: 'enterprise',
    region: '430100',
    provenance: { source: 'registry.csv', method: 'import' },
  });
  await store.transaction((tx) => writeOrganizations(tx, [org]));
  await store.transaction((tx) =>
    writeOrganizations(tx, [{ ...org, name: '中联重科' }], { by: 'ana', source: 'edit' }),
  );
  store.close();
}, 60_000);

describe('atlas history and atlas undo', () => {
  it('lists the changes newest first, and undoes one', () => {
    const h = atlas('history', 'zl', '--format', 'json');
    expect(h.code, h.stderr).toBe(0);
    const rows = JSON.parse(h.stdout) as {
      id: number;
      field: string;
      previous: string;
      by: string;
    }[];
    expect(rows[0]).toMatchObject({ field: 'name', previous: '"中联重科股份有限公司"', by: 'ana' });
    const u = atlas('undo', String(rows[0].id));
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toContain(`change ${rows[0].id} undone on zl`);
    const again = atlas('undo', String(rows[0].id));
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('ATLAS_E_UNDO_CONFLICT');
    const after = JSON.parse(atlas('history', 'zl', '--format', 'json').stdout) as {
      undoes: number;
    }[];
    expect(after[0].undoes).toBe(rows[0].id);
  });

  it('refuses a change that is not a whole number from 1, naming the argument', () => {
    for (const bad of ['abc', '0', '1.5', '1e3']) {
      const r = atlas('undo', bad);
      expect(r.code, bad).toBe(1);
      expect(r.stderr, bad).toContain('ATLAS_E_USAGE');
      expect(r.stderr, bad).toContain('<change> takes a whole number of at least 1');
      expect(r.stderr, bad).toContain(`not "${bad}"`);
    }
  });
});
