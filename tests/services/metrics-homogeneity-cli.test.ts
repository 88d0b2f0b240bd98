/** `atlas homogeneity` end to end through main(), on the tiny atlas of metrics-fixture.ts. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';
import { TINY_ORGS } from './metrics-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-homogeneity-'));
const db = join(dir, 'tiny.duckdb');

beforeAll(async () => {
  const store = await openStore({ path: db });
  await store.transaction((tx) => writeOrganizations(tx, TINY_ORGS));
  store.close();
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

describe('atlas homogeneity', () => {
  it('writes the similar regions and the pairs above the threshold as CSV', async () => {
    const out = join(dir, 'h.csv');
    const { code, stderr } = await run([
      'homogeneity',
      '--region',
      '310000',
      '--peers',
      '110000,440000',
      '--threshold',
      '0.5',
      '--db',
      db,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('ATLAS_W_SYNTHETIC_INCLUDED');
    expect(stderr).toContain('13 农副食品加工业 (LQ 1.07)');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'list,a,a_name,b,b_name,similarity,similarity_all,overlap,overlap_share_a,overlap_share_b',
    );
    // similar: C (0.835), A (0.592); pairs ≥ 0.5: B–C, B–A (hand values in metrics-homogeneity.test.ts)
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      'similar,310000,上海市,440000',
      'similar,310000,上海市,110000',
      'pair,310000,上海市,440000',
      'pair,310000,上海市,110000', // the focus region comes first in its pairs
    ]);
    // Unrounded in the CSV; equal to the hand value to 1e-12 (operation order differs).
    expect(Number(lines[1].split(',')[5])).toBeCloseTo(4500 / Math.sqrt(3589 * 8100), 12);
    expect(lines[1]).toContain('13 农副食品加工业 (1.07/1.93)');
  });

  it('refuses bad options before writing anything', async () => {
    const out = join(dir, 'bad.csv');
    expect((await run(['homogeneity', '--db', db, '--out', out])).code).not.toBe(0);
    const t = await run(['homogeneity', '--region', '310000', '--threshold', '2', '--db', db]);
    expect(t.code).not.toBe(0);
    expect(t.stderr).toContain('ATLAS_E_USAGE');
    // Words are the contract's: the API refuses the same ones.
    const w = await run(['homogeneity', '--region', '310000', '--synthetic', 'maybe', '--db', db]);
    expect(w.code).not.toBe(0);
    expect(w.stderr).toContain('--synthetic');
    expect(w.stderr).toContain('"include"|"exclude"|"only"');
    expect(existsSync(out)).toBe(false);
  });
});
