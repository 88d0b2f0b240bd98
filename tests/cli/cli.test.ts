import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The real `atlas` binary, as a user runs it. */
function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
const db = join(dir, 'cli.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas CLI', () => {
  it('lists its commands, each with --help', () => {
    const r = atlas('--help');
    expect(r.code).toBe(0);
    for (const c of ['import', 'stats', 'serve']) expect(r.stdout).toContain(c);
    const h = atlas('import', '--help');
    expect(h.stdout).toContain('--skip-invalid');
    expect(h.stdout).toContain('--map');
  });

  it('refuses a file with a bad row: exit 1, the row and column on stderr, counts unchanged', () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, '名称,省份\n甲公司,湖北\n');
    expect(atlas('import', good, '--kind', 'organizations', '--db', db).code).toBe(0);
    const before = JSON.parse(atlas('stats', '--db', db, '--json').stdout);
    expect(before.organizations).toBe(1);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '名称,省份,员工人数\n乙公司,湖北,10\n丙公司,湖北,ten\n');
    const r = atlas('import', bad, '--kind', 'organizations', '--db', db);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error ATLAS_E_INVALID_ROWS: /);
    expect(r.stderr).toContain('row 3, column 员工人数');
    expect(r.stderr).toMatch(/hint: /);
    expect(JSON.parse(atlas('stats', '--db', db, '--json').stdout)).toEqual(before);
  });

  it('prints stats as CSV when asked', () => {
    const r = atlas('stats', '--db', db, '--format', 'csv');
    expect(r.stdout.split('\n')[0]).toBe('entity,count');
    expect(r.stdout).toMatch(/\norganizations,1\n/);
  });

  it('explains an unknown option instead of crashing', () => {
    const r = atlas('import', 'x.csv', '--kind', 'planets');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/planets/);
  });

  it('generates synthetic data into a database of its own with its base records, marked synthetic', () => {
    const gdb = join(dir, 'gen.duckdb');
    const r = atlas('generate', '--seed', '7', '--firms', '200', '--db', gdb);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('SYNTHETIC');
    const c = JSON.parse(atlas('stats', '--db', gdb, '--json').stdout);
    expect(c.synthetic_organizations).toBe(200);
    expect(c.organizations).toBeGreaterThan(200); // the seeds' real records it is built around
  });
});
