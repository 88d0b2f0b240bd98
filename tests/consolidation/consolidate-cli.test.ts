/** `atlas consolidate` end to end through main(), on the steel cluster of fixture.ts. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { steelStore } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-consolidate-'));
const db = join(dir, 'steel.duckdb');

beforeAll(async () => {
  (await steelStore(db)).close();
});

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  try {
    return { code: await main(args), stderr };
  } finally {
    err.mockRestore();
  }
}

describe('atlas consolidate', () => {
  it('--merge by name writes HHI and CR4 before and after as JSON', async () => {
    const out = join(dir, 'c.json');
    const { code, stderr } = await run([
      'consolidate',
      '--cluster',
      'test-steel',
      '--merge',
      '丙钢+丁钢',
      '--format',
      'json',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(stderr).toContain('ATLAS_W_MISSING_VALUES');
    expect(code).toBe(0);
    const c = JSON.parse(readFileSync(out, 'utf8'));
    expect(c.before.hhi).toBeCloseTo(2938, 9);
    expect(c.after.hhi).toBeCloseTo(3138, 9);
    expect(c.before.cr4).toBeCloseTo(95, 9);
    expect(c.after.cr4).toBeCloseTo(98, 9);
  });

  it('CSV rows: before, after, the merger, partners; units named', async () => {
    const out = join(dir, 'c.csv');
    const { code } = await run([
      'consolidate',
      '--cluster',
      'test-steel',
      '--merge',
      'bing+ding',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^row,firms,hhi_points,cr4_pct/);
    expect(lines[1]).toMatch(/^before,6,2938/);
    expect(lines[2]).toMatch(/^after,5,3138/);
    expect(lines[3]).toMatch(/^merger 1,/);
    expect(lines.some((l) => l.startsWith('partner,'))).toBe(true);
    expect(lines[1]).toContain('10k yuan (万元)');
  });

  it('a merger of one firm fails with one line and a hint, exit non-zero', async () => {
    const { code, stderr } = await run([
      'consolidate',
      '--cluster',
      'test-steel',
      '--merge',
      'jia',
      '--db',
      db,
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/at least two firms joined by \+/);
  });
});
