/**
 * `atlas metric` end to end through main(): output columns per kind, and bad
 * input (non-numeric, negative, empty file, missing column) → error, no file.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DATA } from './load.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-metric-'));
const input = (name: string) => fileURLToPath(new URL(name, DATA));

async function run(args: string[]): Promise<number> {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await main(args);
  } finally {
    err.mockRestore();
  }
}

describe('atlas metric', () => {
  it('writes region,industry,value for lq and drops empties', async () => {
    const out = join(dir, 'lq.csv');
    expect(await run(['metric', 'lq', '--matrix', input('small_edge.csv'), '--out', out])).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('region,industry,value');
    expect(lines).toHaveLength(1 + 5 * 4);
    expect(lines.some((l) => l.includes('E5_empty') || l.includes('NaN'))).toBe(false);
  });

  it('writes industry,value for eg from firms and region totals', async () => {
    const out = join(dir, 'eg.csv');
    const args = ['metric', 'eg', '--firms', input('reat_FK2014_EGC_firms.csv')];
    args.push('--region-totals', input('reat_FK2014_EGC_region_totals.csv'), '--out', out);
    expect(await run(args)).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('industry,value');
  });

  it('writes a,b,value for pairs', async () => {
    const out = join(dir, 'sim.csv');
    expect(
      await run(['metric', 'similarity', '--matrix', input('small_clean.csv'), '--out', out]),
    ).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('a,b,value');
    expect(lines).toHaveLength(1 + 15);
  });

  it.each([
    ['non-numeric', 'region,industry,value\nA,x,1\nB,y,abc\n'],
    ['negative', 'region,industry,value\nA,x,1\nB,y,-2\n'],
    ['empty', ''],
    ['missing column', 'region,value\nA,1\n'],
  ])('%s input: exit 1, no output file', async (label, text) => {
    const file = join(dir, `${label}.csv`);
    writeFileSync(file, text);
    const out = join(dir, `${label}-out.csv`);
    expect(await run(['metric', 'lq', '--matrix', file, '--out', out])).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
