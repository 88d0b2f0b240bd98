import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registryRows, REGISTRY_HEADER, writeRegistryCsv } from '../../bench/registry-csv.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import type { RowIssue } from '../../src/ingest/row-issue.ts';
import { importFile, type ImportOptions } from '../../src/services/import/import-file.ts';
import { OrgMatcher } from '../../src/services/import/org-matcher.ts';
import { stageOrganizations } from '../../src/services/import/stage-organizations.ts';
import { orgKeys } from '../../src/store/queries/org-keys.ts';
import { openStore } from '../../src/store/store.ts';
import { encodeGb18030 } from '../ingest/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-staged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Rows that the set-based path must hand to the row-by-row checks, or merge
 * as those do: bad and odd values of every field, duplicates of every key,
 * blank and short lines, text the text rule refuses.
 */
const ODD: ((row: (i: number) => string, i: number) => string)[] = [
  (r, i) => r(i - 1), // the same firm twice (USCC, name)
  (r, i) => r(i).replace(/^[^,]+/, (n) => n.replace(/\d+号/, '（分公司）')),
  (r, i) => r(i).replace(/,(9\w{17}),/, (_, u: string) => `,${u.slice(0, 17)}0,`), // checksum
  (r, i) => r(i).replace(/,(9\w{17}),/, (_, u: string) => `,${u.toLowerCase()},`),
  (r, i) => r(i).replace(/,(\d{6}),/, ',深圳市,'),
  (r, i) => r(i).replace(/,(\d{6}),/, ',火星,'),
  (r, i) => r(i).replace(/,(\d{6}),/, ',,'),
  (r, i) => r(i).replace(/,([\d.]+),([\d.]+),/, ',$2,$1,'), // swapped coordinates
  (r, i) => r(i).replace(/,([\d.]+),([\d.]+),/, ',$1,,'),
  (r, i) => r(i).replace(/,([\d.]+),([\d.]+),/, ',-74.0,40.7,'),
  (r, i) => r(i).replace(/,(\d{4}),(\d+),/, ',汽车零部件,$2,'),
  (r, i) => r(i).replace(/,(\d{4}),(\d+),/, ',3670;3660,$2,'),
  (r, i) => r(i).replace(/,(\d{4}),(\d+),/, ',$1,-5,'),
  (r, i) => r(i).replace(/,(\d{4}),(\d+),/, ',$1,1，234,'),
  (r, i) => r(i).replace(/,(\d{4}),(\d+),/, ',$1,-,'),
  (r, i) => r(i).replace(/,(\d{4}),(\d+),/, ',$1,１２,'),
  (r, i) => r(i).replace(/,(\d{4})$/, ',2023年'),
  (r, i) => r(i).replace(/,(\d{4})$/, ',1800'),
  (r, i) => r(i).replace(/,(\d{4})$/, ','),
  () => ',,,,,,,,',
  () => '  ,,, ,,,,,',
  (r, i) => r(i).split(',').slice(0, 4).join(','),
  (r, i) => r(i).replace(/^[^,]+/, '锟斤拷有限公司'),
  (r, i) => r(i).replace(/^[^,]+/, '华?为有限公司'),
  (r, i) => r(i).replace(/^[^,]+/, (n) => `${n}\u0001`),
  (r, i) => r(i).replace(/^[^,]+/, (n) => `  ${n}  有限   公司 `),
  (r, i) => r(i).replace(/^[^,]+/, (n) => n.repeat(30)),
  (r, i) => r(i).replace(/^[^,]+/, ''),
  (r, i) => r(i).replace(/^[^,]+/, 'ＡＢＣ科技有限公司'),
  (r, i) => r(i).replace(/^[^,]+/, 'abc科技有限公司'),
  (r, i) => r(i).replace(/^[^,]+/, 'ABC科技有限公司'),
  (r, i) => r(i).replace(/,(9\w{17}),/, ',,'),
];

function mixedFile(name: string, rows: number, seed: number): string {
  const r = registryRows(seed);
  const lines = [REGISTRY_HEADER];
  for (let i = 0; i < rows; i++) {
    const odd = i % 7 === 3 ? ODD[Math.floor(i / 7) % ODD.length] : undefined;
    lines.push(odd ? odd(r, i) : r(i));
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** The atlas after an import, every column, in id order. */
async function importInto(file: string, opts: Partial<ImportOptions>, columnar: boolean) {
  const db = await openStore({ path: ':memory:' });
  try {
    // Some firms of the file are in the atlas already: they merge, one by one.
    const before = join(dir, 'before.csv');
    const r = registryRows(5);
    writeFileSync(
      before,
      [REGISTRY_HEADER, ...Array.from({ length: 40 }, (_, i) => r(i * 50))].join('\n'),
    );
    await importFile(db, before, { kind: 'organizations', columnar: false, importId: 'before' });
    const rejects = join(dir, 'rejects.csv');
    let report: unknown;
    try {
      const rep = await importFile(db, file, {
        kind: 'organizations',
        columnar,
        provenance: { year: 2024 },
        // One import id for both paths: each yearly figure's provenance names it.
        importId: 'parity',
        ...opts,
        ...(opts.skipInvalid ? { skipInvalid: rejects } : {}),
      });
      report = { ...rep, importId: undefined, rejectsFile: undefined };
    } catch (e) {
      if (!isAtlasError(e)) throw e;
      report = { code: e.code, message: e.message, details: e.details };
    }
    const orgs = await db.all(
      'SELECT * EXCLUDE (provenance), provenance::VARCHAR AS p FROM organizations ORDER BY id',
    );
    const measures = await db.all('SELECT * FROM measures ORDER BY organization, year');
    // The change history, but for when it was written and its order.
    const changes = await db.all(
      `SELECT * EXCLUDE (id, changed_at, previous, value), previous::VARCHAR AS previous,
         value::VARCHAR AS value FROM changes ORDER BY entity, entity_id, action, field`,
    );
    const rejected = opts.skipInvalid ? readFileSync(rejects, 'utf8') : '';
    return { report, orgs, measures, changes, rejected };
  } finally {
    db.close();
  }
}

describe('organisations checked in the database (a plain CSV staged by DuckDB)', () => {
  // The mixed file merges with the atlas (seed 5 shares region, class and name stems).
  const file = mixedFile('mixed.csv', 3000, 5);

  it('gives the row-by-row import exactly: report, rejects file, organisations and measures', async () => {
    const opts = { skipInvalid: 'yes' };
    const rowByRow = await importInto(file, opts, false);
    const staged = await importInto(file, opts, true);
    expect((rowByRow.report as { issues: unknown[] }).issues.length).toBeGreaterThan(100);
    expect((rowByRow.report as { merges: unknown[] }).merges.length).toBeGreaterThan(10);
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.rejected).toEqual(rowByRow.rejected);
    expect(staged.orgs.length).toBe(rowByRow.orgs.length);
    expect(staged.orgs).toEqual(rowByRow.orgs);
    expect(staged.measures).toEqual(rowByRow.measures);
    expect(staged.changes.length).toBeGreaterThan(2000);
    expect(staged.changes).toEqual(rowByRow.changes);
  }, 60_000);

  it('checks most rows in the database and hands the odd ones to the row-by-row checks', async () => {
    const db = await openStore({ path: ':memory:' });
    try {
      const prov = { source: 'mixed.csv', method: 'import' as const, year: 2024 };
      const staged = await stageOrganizations(
        db,
        file,
        { columnar: true },
        prov,
        new OrgMatcher([]),
      );
      expect(staged).toBeDefined();
      await staged?.release();
      expect(staged?.plainRows).toBeGreaterThan(2400);
      expect(staged?.table.rows.length).toBeGreaterThan(300);
      expect(staged?.table.rows.length).toBeLessThan(600);
    } finally {
      db.close();
    }
  });

  it('refuses the same rows with the same error, and writes nothing', async () => {
    const rowByRow = await importInto(file, {}, false);
    const staged = await importInto(file, {}, true);
    expect((staged.report as { code: string }).code).toBe('ATLAS_E_INVALID_ROWS');
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.orgs).toEqual(rowByRow.orgs);
    expect(staged.orgs.length).toBe(40);
  }, 60_000);
});

describe('a GB18030 registry (declared) on the staged path', () => {
  // The mixed file's text, every character in GBK's two-byte range.
  const utf8 = mixedFile('mixed-gb.csv', 3000, 5);
  const file = join(dir, 'mixed-gb18030.csv');
  writeFileSync(file, encodeGb18030(readFileSync(utf8, 'utf8')));

  it('is staged from a UTF-8 copy and gives the row-by-row import exactly', async () => {
    const db = await openStore({ path: ':memory:' });
    try {
      const prov = { source: 'mixed-gb18030.csv', method: 'import' as const, year: 2024 };
      const staged = await stageOrganizations(
        db,
        file,
        { columnar: true, encoding: 'gb18030' },
        prov,
        new OrgMatcher([]),
      );
      await staged?.release();
      expect(staged?.plainRows).toBeGreaterThan(2400);
      expect(staged?.table.encoding).toBe('gb18030');
    } finally {
      db.close();
    }
    const opts = { skipInvalid: 'yes', encoding: 'gb18030' as const };
    const rowByRow = await importInto(file, opts, false);
    const staged = await importInto(file, opts, true);
    expect((rowByRow.report as { encoding: string }).encoding).toBe('gb18030');
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.rejected).toEqual(rowByRow.rejected);
    expect(staged.orgs).toEqual(rowByRow.orgs);
    expect(staged.measures).toEqual(rowByRow.measures);
    expect(staged.changes).toEqual(rowByRow.changes);
  }, 60_000);

  it('leaves a file with bytes invalid in GB18030 to the row-by-row reader, which names the line', async () => {
    const bad = join(dir, 'bad-gb18030.csv');
    const bytes = readFileSync(file);
    const at = bytes.indexOf(0x0a, bytes.length >> 1) + 1; // the start of a line mid-file
    writeFileSync(
      bad,
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0x81, 0x0a]), bytes.subarray(at)]),
    );
    const rowByRow = await importInto(bad, { encoding: 'gb18030' }, false);
    const staged = await importInto(bad, { encoding: 'gb18030' }, true);
    expect((staged.report as { code: string }).code).toBe('ATLAS_E_FILE_ENCODING');
    expect(staged.report).toEqual(rowByRow.report);
  }, 60_000);
});

describe('a registry of a million firms', () => {
  it('names the one bad row at data row 999,999 (file, row, column, reason) and writes nothing', async () => {
    const big = join(dir, 'registry-1m.csv');
    // Data row 999,999 (index 999,998) sits on line 1,000,000: its USCC's check character is wrong.
    writeRegistryCsv(big, 1_000_000, {
      replace: (i) =>
        i === 999_998
          ? registryRows(1)(i).replace(
              /,(9\w{16})(\w),/,
              (_, a: string, b: string) => `,${a}${b === '0' ? '1' : '0'},`,
            )
          : undefined,
    });
    const db = await openStore({ path: ':memory:' });
    try {
      const err = await importFile(db, big, { kind: 'organizations' }).catch((e: unknown) => e);
      expect(isAtlasError(err) && err.code).toBe('ATLAS_E_INVALID_ROWS');
      const rows = (err as { details: { rows: RowIssue[] } }).details.rows;
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        file: big,
        row: 1_000_000,
        column: '统一社会信用代码',
        code: 'ATLAS_E_ROW_BAD_USCC',
        reason: 'the check character (18th) does not match the first 17 (GB 32100 checksum)',
      });
      expect(await db.all('SELECT count(*)::INTEGER AS n FROM organizations')).toEqual([{ n: 0 }]);
      expect(await db.all('SELECT count(*)::INTEGER AS n FROM measures')).toEqual([{ n: 0 }]);
    } finally {
      db.close();
      rmSync(big, { force: true });
    }
  }, 180_000);
});

describe('a registry matched against the atlas in slices', () => {
  // Eight firms of one two-character core (鑫垚) beside an atlas firm of that core: nine
  // names, one more than commonCount, so the core is common in the whole file (the rows
  // are new firms) but not within either slice of 100,000 rows (four and five, each a match).
  const CORE_AT = [10, 20_000, 40_000, 60_000, 110_000, 120_000, 130_000, 140_000];
  // Eight names of one firm's shape in Hunan, each a match for 湘潭鑫垚有限公司 when 鑫垚 is rare.
  const NAMES = ['湖南', '湖南省'].flatMap((p) =>
    ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'].map((f) => `${p}鑫垚${f}`),
  );
  const CODES = ['430102', '430202', '430405', '430602', '430702', '431002', '431102', '431202'];
  const coreRow = (i: number, k: number) => {
    const cells = registryRows(1)(i).split(',');
    cells[0] = NAMES[k];
    cells[2] = CODES[k];
    return cells.join(',');
  };

  it('decides a row at the common-core threshold of a 150,000-row file as one pass does', async () => {
    const seed = join(dir, 'atlas-core.csv');
    writeRegistryCsv(seed, 1, {
      seed: 9,
      replace: () => {
        const cells = registryRows(9)(0).split(',');
        cells[0] = '湘潭鑫垚有限公司';
        cells[1] = ''; // no USCC: a different one would make every row distinct
        cells[2] = '430302';
        return cells.join(',');
      },
    });
    const file = join(dir, 'registry-150k.csv');
    writeRegistryCsv(file, 150_000, {
      replace: (i) => {
        const k = CORE_AT.indexOf(i);
        return k < 0 ? undefined : coreRow(i, k);
      },
    });
    const db = await openStore({ path: ':memory:' });
    try {
      await importFile(db, seed, { kind: 'organizations', columnar: false });
      expect(await db.all('SELECT count(*)::INTEGER AS n FROM organizations')).toEqual([{ n: 1 }]);
      const prov = { source: 'registry-150k.csv', method: 'import' as const, year: 2024 };
      const run = async (matchSlice: number) => {
        const staged = await stageOrganizations(
          db,
          file,
          { columnar: true, matchSlice },
          prov,
          new OrgMatcher(await orgKeys(db)),
        );
        await staged?.release();
        return { plain: staged?.plainRows, rest: staged?.table.rowNumbers };
      };
      const onePass = await run(1_000_000);
      const sliced = await run(100_000);
      expect(sliced).toEqual(onePass);
      expect(onePass.plain).toBe(150_000); // the eight are new firms, as in one pass
    } finally {
      db.close();
    }
  }, 300_000);
});
