/**
 * `atlas metric complexity --matrix FILE`: the whole suite from one read,
 * through main(). Every measure equals the single metric's command
 * (`atlas metric rca|mcp|eci|pci|density|coi|cog|diversity|ubiquity`) to the
 * suite's 12 significant digits: |suite − single| ≤ 1e-11·|single| + 1e-15
 * (the rounding of 12 digits, ≤ 6.1e-12 relative, plus density's fused kernel,
 * equal to density.ts up to ≈1e-16). Bad input: nothing written, the error
 * names file, row and column.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA } from './load.ts';
import { runMain } from '../cli/run-main.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-suite-'));
const trade = join(dir, 'trade.csv');
writeFileSync(
  trade,
  readFileSync(fileURLToPath(new URL('trade_sample_1995_1996.csv', DATA)), 'utf8').replace(
    /^year,origin,hs92,export_val/,
    'year,region,industry,value',
  ),
);

/** A CSV as header names and rows of cells. */
function table(file: string): { columns: string[]; rows: string[][] } {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  return { columns: head.split(','), rows: lines.map((l) => l.split(',')) };
}

/** One metric's command output as key (year|region|industry) → value. */
async function single(name: string, matrix: string, extra: string[] = []) {
  const out = join(dir, `${name}-${Math.random().toString(36).slice(2)}.csv`);
  const r = await runMain(['metric', name, '--matrix', matrix, '--out', out, ...extra]);
  expect(r.code, r.err).toBe(0);
  const t = table(out);
  const keyCols = t.columns.filter((c) => c !== 'value');
  const v = t.columns.indexOf('value');
  return new Map(t.rows.map((row) => [keyCols.map((_, j) => row[j]).join('|'), Number(row[v])]));
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-11 * Math.abs(b) + 1e-15;

/**
 * Checks a suite table's column against the single metric: same defined
 * units, values within the tolerance. `keys` are the suite's key columns
 * in the single output's order.
 */
async function sameAsSingle(
  t: { columns: string[]; rows: string[][] },
  metric: string,
  keys: string[],
  matrix: string,
  extra: string[] = [],
) {
  const want = await single(metric, matrix, extra);
  const col = t.columns.indexOf(metric === 'mcp' ? 'mcp' : metric);
  const at = keys.map((k) => t.columns.indexOf(k));
  const got = new Map<string, number>();
  for (const row of t.rows)
    if (row[col] !== '') got.set(at.map((j) => row[j]).join('|'), Number(row[col]));
  expect(got.size, metric).toBe(want.size);
  const off = [...want].filter(([k, v]) => !close(got.get(k) ?? NaN, v));
  expect(off.slice(0, 3), metric).toEqual([]);
}

describe('atlas metric complexity', () => {
  it('writes one long table whose every measure equals the single metric (years, Stata)', async () => {
    const out = join(dir, 'long.csv');
    const r = await runMain(['metric', 'complexity', '--matrix', trade, '--out', out]);
    expect(r.code, r.err).toBe(0);
    const t = table(out);
    expect(t.columns.join(',')).toBe(
      'year,region,industry,value,rca,mcp,density,cog,diversity,eci,coi,ubiquity,pci',
    );
    const cell = ['year', 'region', 'industry'];
    for (const m of ['rca', 'mcp', 'density', 'cog']) await sameAsSingle(t, m, cell, trade);
    for (const m of ['eci', 'coi', 'diversity']) {
      const one = { columns: t.columns, rows: uniqueBy(t.rows, t.columns, ['year', 'region']) };
      await sameAsSingle(one, m, ['year', 'region'], trade);
    }
    for (const m of ['pci', 'ubiquity']) {
      const one = { columns: t.columns, rows: uniqueBy(t.rows, t.columns, ['year', 'industry']) };
      await sameAsSingle(one, m, ['year', 'industry'], trade);
    }
  });

  it('--out-dir writes cells, regions and industries; --convention py and --reference-year as the single metrics', async () => {
    const out = join(dir, 'split');
    const opts = ['--convention', 'py', '--reference-year', '1995'];
    const r = await runMain(['metric', 'complexity', '--matrix', trade, '--out-dir', out, ...opts]);
    expect(r.code, r.err).toBe(0);
    const cells = table(join(out, 'cells.csv'));
    const regions = table(join(out, 'regions.csv'));
    const industries = table(join(out, 'industries.csv'));
    expect(cells.columns.join(',')).toBe('year,region,industry,value,rca,mcp,density,cog');
    expect(regions.columns.join(',')).toBe('year,region,diversity,eci,coi');
    expect(industries.columns.join(',')).toBe('year,industry,ubiquity,pci');
    await sameAsSingle(cells, 'cog', ['year', 'region', 'industry'], trade, opts);
    await sameAsSingle(regions, 'eci', ['year', 'region'], trade, opts);
    await sameAsSingle(regions, 'coi', ['year', 'region'], trade, opts);
    await sameAsSingle(industries, 'pci', ['year', 'industry'], trade, opts);
  });

  it('leaves regions that M drops empty (--threshold 2), as the single metrics leave them out', async () => {
    const file = join(dir, 'drops.csv');
    const lines = ['region,industry,value'];
    for (let r = 0; r < 12; r++)
      for (let i = 0; i < 9; i++)
        lines.push(`r${r},i${i},${((r * 7 + i * 13) % 11) + (r === 3 ? 5 : 1)}`);
    writeFileSync(file, lines.join('\n') + '\n');
    const out = join(dir, 'drops-out.csv');
    const r = await runMain([
      'metric',
      'complexity',
      '--matrix',
      file,
      '--out',
      out,
      '--threshold',
      '2',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/ATLAS_W_EMPTY_DROPPED/);
    const t = table(out);
    expect(t.rows).toHaveLength(12 * 9);
    const opts = ['--threshold', '2'];
    await sameAsSingle(t, 'density', ['region', 'industry'], file, opts);
    await sameAsSingle(t, 'cog', ['region', 'industry'], file, opts);
    const regions = { columns: t.columns, rows: uniqueBy(t.rows, t.columns, ['region']) };
    await sameAsSingle(regions, 'eci', ['region'], file, opts);
  });

  it('names file, row and column of a bad value and writes nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'region,industry,value\na,x,1\na,y,2\nb,x,three\nb,y,4\n');
    const out = join(dir, 'bad-out.csv');
    const r = await runMain(['metric', 'complexity', '--matrix', file, '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/ATLAS_E_INVALID_ROWS/);
    expect(r.err).toContain(file);
    expect(r.err).toMatch(/row 4, column value: not a number/);
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing column, and refuses --format json, --out-dir on one metric, a --source', async () => {
    const file = join(dir, 'cols.csv');
    writeFileSync(file, 'region,sector,value\na,x,1\n');
    const missing = await runMain(['metric', 'complexity', '--matrix', file]);
    expect(missing.err).toMatch(/ATLAS_E_MISSING_COLUMN/);
    expect(missing.err).toContain('industry');
    const json = await runMain(['metric', 'complexity', '--matrix', trade, '--format', 'json']);
    expect(json.err).toMatch(/ATLAS_E_USAGE.*writes CSV/);
    const eci = await runMain(['metric', 'eci', '--matrix', trade, '--out-dir', join(dir, 'x')]);
    expect(eci.err).toMatch(/ATLAS_E_USAGE.*--out-dir goes with complexity/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
    const onFile = await runMain(['metric', 'complexity', '--matrix', trade, '--out-dir', trade]);
    expect(onFile.err).toMatch(/ATLAS_E_USAGE.*is a file, not a folder/);
    const source = await runMain(['metric', 'complexity', '--source', 'statistics']);
    expect(source.err).toMatch(/ATLAS_E_USAGE.*reads --matrix/);
  });
});

/** The first row of each distinct key (a region's or industry's repeated measures). */
function uniqueBy(rows: string[][], columns: string[], keys: string[]): string[][] {
  const at = keys.map((k) => columns.indexOf(k));
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = at.map((j) => row[j]).join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
