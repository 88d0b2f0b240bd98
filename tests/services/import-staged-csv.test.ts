import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registryRows, REGISTRY_HEADER } from '../../bench/registry-csv.ts';
import { isAtlasError } from '../../src/core/errors.ts';
import { importFile, type ImportOptions } from '../../src/services/import/import-file.ts';
import { OrgMatcher } from '../../src/services/import/org-matcher.ts';
import { stageOrganizations } from '../../src/services/import/stage-organizations.ts';
import { openStore } from '../../src/store/store.ts';
import { encodeGb18030 } from '../ingest/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-staged-enc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A registry of `rows` firms, a few odd rows (a bad checksum, a duplicate, a blank line) among them. */
function registry(rows: number, edit: (line: string, i: number) => string = (l) => l): string {
  const r = registryRows(7);
  const lines = [REGISTRY_HEADER];
  for (let i = 0; i < rows; i++) {
    let line = r(i);
    if (i % 97 === 5) line = line.replace(/,(9\w{16})(\w),/, (_, a: string) => `,${a}Z,`);
    if (i % 89 === 6) line = r(i - 1);
    if (i % 113 === 7) line = ',,,,,,,,';
    lines.push(edit(line, i));
  }
  return lines.join('\n') + '\n';
}

/** An import's report and every stored organisation and figure. */
async function importInto(file: string, opts: Partial<ImportOptions>, columnar: boolean) {
  const db = await openStore({ path: ':memory:' });
  try {
    let report: unknown;
    try {
      const rep = await importFile(db, file, {
        kind: 'organizations',
        columnar,
        provenance: { year: 2024 },
        importId: 'parity',
        ...opts,
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
    return { report, orgs, measures };
  } finally {
    db.close();
  }
}

/** How many rows the staged path checks in the database, and the encoding it reports. */
async function stagedRows(
  file: string,
): Promise<{ plain?: number; encoding?: string; how?: string }> {
  const db = await openStore({ path: ':memory:' });
  try {
    const prov = { source: file, method: 'import' as const, year: 2024 };
    const staged = await stageOrganizations(db, file, { columnar: true }, prov, new OrgMatcher([]));
    await staged?.release();
    return {
      plain: staged?.plainRows,
      encoding: staged?.table.encoding,
      how: staged?.table.encodingHow,
    };
  } finally {
    db.close();
  }
}

describe('a GB18030 registry with no encoding given, on the staged path', () => {
  const file = join(dir, 'undeclared-gb18030.csv');
  writeFileSync(file, encodeGb18030(registry(3000)));

  it('is detected as the row-by-row reader detects it, staged, and gives its import exactly', async () => {
    expect(await stagedRows(file)).toMatchObject({ encoding: 'gb18030', how: 'detected' });
    expect((await stagedRows(file)).plain).toBeGreaterThan(2800);
    const opts = { skipInvalid: join(dir, 'rejects.csv') };
    const rowByRow = await importInto(file, opts, false);
    const staged = await importInto(file, opts, true);
    expect((rowByRow.report as { encoding: string }).encoding).toBe('gb18030');
    expect((rowByRow.report as { issues: unknown[] }).issues.length).toBeGreaterThan(20);
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.orgs).toEqual(rowByRow.orgs);
    expect(staged.measures).toEqual(rowByRow.measures);
  }, 60_000);

  it('names a byte invalid in GB18030 (strict decoding) as the row-by-row reader does, writing nothing', async () => {
    const bad = join(dir, 'undeclared-bad.csv');
    const bytes = readFileSync(file);
    const at = bytes.indexOf(0x0a, bytes.length >> 1) + 1;
    writeFileSync(
      bad,
      Buffer.concat([bytes.subarray(0, at), Buffer.from([0x81, 0x0a]), bytes.subarray(at)]),
    );
    const rowByRow = await importInto(bad, {}, false);
    const staged = await importInto(bad, {}, true);
    expect((staged.report as { code: string }).code).toBe('ATLAS_E_FILE_ENCODING');
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.orgs).toEqual([]);
  }, 60_000);

  it('is detected over the whole file when its header is ASCII, staged, and gives its import exactly', async () => {
    const ascii = join(dir, 'ascii-header-gb18030.csv');
    const english = 'name,uscc,region,lon,lat,industry,employees,revenue,year';
    const text = registry(3000).replace(REGISTRY_HEADER, english);
    expect(text.startsWith(`${english}\n`)).toBe(true);
    writeFileSync(ascii, encodeGb18030(text));
    expect(await stagedRows(ascii)).toMatchObject({ encoding: 'gb18030', how: 'detected' });
    expect((await stagedRows(ascii)).plain).toBeGreaterThan(2800);
    const opts = { skipInvalid: join(dir, 'rejects-ascii.csv') };
    const rowByRow = await importInto(ascii, opts, false);
    const staged = await importInto(ascii, opts, true);
    expect((rowByRow.report as { encoding: string }).encoding).toBe('gb18030');
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.orgs).toEqual(rowByRow.orgs);
    expect(staged.orgs.length).toBeGreaterThan(2800);
    expect(staged.measures).toEqual(rowByRow.measures);
  }, 60_000);

  it('leaves UTF-8 to the UTF-8 path (nothing transcoded)', async () => {
    const utf8 = join(dir, 'utf8.csv');
    writeFileSync(utf8, registry(300));
    expect(await stagedRows(utf8)).toMatchObject({ encoding: 'utf-8' });
  });
});

/** Quotes as spreadsheets write them: whole fields, the delimiter and doubled quotes inside, empty ones. */
function quote(line: string, i: number): string {
  const cells = line.split(',');
  if (i % 11 === 1) cells[0] = `"${cells[0].replace('有限', '有限,')}"`;
  else if (i % 13 === 2) cells[0] = `"${cells[0].replace('有限', '""有限""')}"`;
  else if (i % 5 === 0) cells[0] = `"${cells[0]}"`;
  if (i % 17 === 3) cells[6] = '""';
  if (i % 19 === 4) cells[1] = `"${cells[1]}"`;
  return cells.join(',');
}

describe('a registry with quoted fields, on the staged path', () => {
  it('is staged, every quote read as the row-by-row reader reads it, and gives its import exactly', async () => {
    const file = join(dir, 'quoted.csv');
    const text = registry(3000, quote).replace(/^[^\n]+/, (h) => h.replace(/^([^,]+)/, '"$1"'));
    writeFileSync(file, text);
    expect((await stagedRows(file)).plain).toBeGreaterThan(2700);
    const opts = { skipInvalid: join(dir, 'rejects.csv') };
    const rowByRow = await importInto(file, opts, false);
    const staged = await importInto(file, opts, true);
    expect(rowByRow.orgs.some((o) => String(o.name).includes('"'))).toBe(true);
    expect(rowByRow.orgs.some((o) => String(o.name).includes(','))).toBe(true);
    expect(staged.report).toEqual(rowByRow.report);
    expect(staged.orgs).toEqual(rowByRow.orgs);
    expect(staged.measures).toEqual(rowByRow.measures);
  }, 60_000);

  it('leaves a quote where RFC 4180 puts none, or a line break inside quotes, to the row-by-row reader', async () => {
    const odd = [
      (l: string) => l.replace(/有限/, '有"限'),
      (l: string) => l.replace(/^([^,]+)/, '"$1\n"'),
    ];
    for (const edit of odd) {
      const file = join(dir, 'odd-quotes.csv');
      writeFileSync(
        file,
        registry(300, (l, i) => (i === 150 ? edit(l) : l)),
      );
      expect(await stagedRows(file)).toEqual({});
      const rowByRow = await importInto(file, {}, false);
      const staged = await importInto(file, {}, true);
      expect(staged.report).toEqual(rowByRow.report);
      expect(staged.orgs).toEqual(rowByRow.orgs);
    }
  }, 60_000);
});
