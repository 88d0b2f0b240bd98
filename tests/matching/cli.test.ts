import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'atlas-match-'));
const db = join(dir, 'atlas.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], {
    encoding: 'utf8',
    // Every capability of the default atlas as JSON is more than spawnSync's 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// The default data and the synthetic population these tests were written on, asked for
// explicitly: a fresh atlas holds no synthetic record.
let generated = '';
beforeAll(() => {
  const g = atlas('generate', '--db', db);
  if (g.code !== 0) throw new Error(g.err);
  generated = g.err;
}, 120_000);

describe('atlas match', () => {
  it('ranks local multi-way valve suppliers for a text demand, as JSON with reasons', () => {
    const r = atlas(
      'match',
      '--demand',
      '液压多路阀',
      '--region',
      '430100',
      '--buyer',
      'org-sany',
      '--top',
      '3',
      '--format',
      'json',
      '--db',
      db,
    );
    expect(r.code, r.err).toBe(0);
    const body = JSON.parse(r.out) as { matches: { title: string; reasons: string[] }[] };
    expect(body.matches).toHaveLength(3);
    expect(body.matches[0].title).toContain('多路阀');
    expect(body.matches[0].reasons[0]).toMatch(/^text: matches/);
    // Capabilities are derived when the data is loaded (here by generate), never by a read.
    expect(generated).toMatch(/derived \d+ capabilities/);
    expect(r.err).not.toMatch(/derived/);
  }, 60_000);

  it('refuses an illegal outcome with its code, and bad usage', () => {
    expect(atlas('match', '--db', db).err).toMatch(/ATLAS_E_USAGE/);
    const r = atlas('match', 'outcome', 'no-such-match', 'contract', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ATLAS_E_NOT_FOUND/);
  }, 60_000);

  it('imports demands from a file, and refuses a bad one with file, row and column', () => {
    const good = join(dir, 'demands.csv');
    writeFileSync(good, '需求方,标题,数量\norg-sany,液压多路阀,500\n');
    const ok = atlas('match', 'demand-import', good, '--db', db);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).toContain('imported 1 demands');
    const list = atlas('match', 'demands', '--org', 'org-sany', '--format', 'json', '--db', db);
    expect(JSON.parse(list.out).map((d: { title: string }) => d.title)).toContain('液压多路阀');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'organization,title\nno-such-org,油缸\n');
    const r = atlas('match', 'demand-import', bad, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/ATLAS_E_INVALID_ROWS/);
    expect(r.err).toContain('row 2, column organization');
  }, 60_000);

  it('lists every capability, or one page of them as the API pages', () => {
    const all = atlas('match', 'capabilities', '--format', 'json', '--db', db);
    expect(all.code, all.err).toBe(0);
    const ids = JSON.parse(all.out).map((c: { id: string }) => c.id);
    // Every row, not the first 200.
    expect(ids.length).toBeGreaterThan(200);
    const page = (n: number) =>
      atlas(
        'match',
        'capabilities',
        '--page',
        `${n}`,
        '--page-size',
        '3',
        '--format',
        'json',
        '--db',
        db,
      );
    const two = page(2);
    expect(two.code, two.err).toBe(0);
    expect(JSON.parse(two.out).map((c: { id: string }) => c.id)).toEqual(ids.slice(3, 6));
    expect(two.err).toContain(
      `page 2 of ${Math.ceil(ids.length / 3)} (rows 4-6 of ${ids.length} capabilities)`,
    );
    const tooBig = atlas('match', 'demands', '--page-size', '501', '--db', db);
    expect(tooBig.code).toBe(1);
    expect(tooBig.err).toMatch(/ATLAS_E_USAGE.*--page-size/);
  }, 60_000);
});
