import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registryRows, REGISTRY_HEADER, writeRegistryCsv } from '../../bench/registry-csv.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { OrgMatcher } from '../../src/services/import/org-matcher.ts';
import { stageOrganizations } from '../../src/services/import/stage-organizations.ts';
import { AtlasMatcher } from '../../src/services/resolution/atlas-matcher.ts';
import { orgKeys } from '../../src/store/queries/org-keys.ts';
import { openStore } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-settled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Eight firms of one two-character core (鑫垚) beside an atlas firm of that core, without a
// USCC: their decisions ask the common-core counts, which then count the unread rows too.
const NAMES = ['湖南', '湖南省'].flatMap((p) =>
  ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'].map((f) => `${p}鑫垚${f}`),
);
const CODES = ['430102', '430202', '430405', '430602', '430702', '431002', '431102', '431202'];
const CORE_AT = [10, 4_000, 8_000, 12_000, 16_000, 20_000, 24_000, 28_000];
const atlasRow = registryRows(9);
const registryRow = registryRows(1);
const cellsOf = (line: string) => line.split(',');

/**
 * Row i of the file: a registry row, but every 1,000th (from 1,007) bears the name of an atlas
 * firm — with a USCC of its own (settled), without a USCC (paired by the name), or as a branch
 * without a USCC in the firm's region (for the resolver) — and the core rows.
 */
function fileRow(i: number): string | undefined {
  const k = CORE_AT.indexOf(i);
  if (k < 0 && (i % 1_000 !== 7 || i === 7)) return undefined;
  const cells = cellsOf(registryRow(i));
  if (k >= 0) [cells[0], cells[1], cells[2]] = [NAMES[k], '', CODES[k]];
  if (k >= 0) return cells.join(',');
  const a = cellsOf(atlasRow(Math.floor(i / 1_000) % 11));
  if (i % 3_000 === 1_007) cells[0] = a[0];
  else if (i % 3_000 === 2_007) [cells[0], cells[1]] = [a[0], ''];
  else [cells[0], cells[1], cells[2]] = [`${a[0]}分公司`, '', a[2]];
  return cells.join(',');
}

/**
 * An atlas whose every organisation has a USCC settles a row with another
 * valid USCC unpaired, so the staged import does not read such rows for the
 * matcher. The rows it pairs, and the rows it hands to the row-by-row path,
 * must be those of reading every row.
 */
describe('plain rows with a new USCC, in an atlas where every firm has one', () => {
  it('pairs and hands over the same rows as reading every row does', async () => {
    const seed = join(dir, 'atlas.csv');
    const core = cellsOf(atlasRow(11));
    core[0] = '湘潭鑫垚有限公司';
    core[2] = '430302';
    writeFileSync(
      seed,
      [REGISTRY_HEADER, ...Array.from({ length: 11 }, (_, i) => atlasRow(i)), core.join(',')].join(
        '\n',
      ) + '\n',
    );
    const file = join(dir, 'registry-30k.csv');
    writeRegistryCsv(file, 30_000, { replace: fileRow });
    const db = await openStore({ path: ':memory:' });
    try {
      await importFile(db, seed, { kind: 'organizations', columnar: false });
      expect((await AtlasMatcher.open(db)).settlesNewUsccs).toBe(true);
      const prov = { source: 'registry-30k.csv', method: 'import' as const, year: 2024 };
      const run = async (readSettled: boolean) => {
        const staged = await stageOrganizations(
          db,
          file,
          { columnar: true, matchSlice: 10_000, readSettled },
          prov,
          new OrgMatcher(await orgKeys(db)),
        );
        await staged?.release();
        return { plain: staged?.plainRows, rest: staged?.table.rowNumbers };
      };
      const everyRow = await run(true);
      const unread = await run(false);
      expect(unread).toEqual(everyRow);
      // The rows named as an atlas firm without a USCC are paired (line = index + 2).
      for (let i = 2_007; i < 30_000; i += 3_000) expect(everyRow.rest).toContain(i + 2);
      expect(everyRow.plain).toBeGreaterThan(29_000);
    } finally {
      db.close();
    }
  }, 300_000);

  it('reads every row when a firm of the atlas has no USCC', async () => {
    const seed = join(dir, 'open-atlas.csv');
    const cells = cellsOf(atlasRow(0));
    cells[1] = '';
    writeFileSync(seed, `${REGISTRY_HEADER}\n${cells.join(',')}\n${atlasRow(1)}\n`);
    const db = await openStore({ path: ':memory:' });
    try {
      await importFile(db, seed, { kind: 'organizations', columnar: false });
      expect((await AtlasMatcher.open(db)).settlesNewUsccs).toBe(false);
    } finally {
      db.close();
    }
  });
});
