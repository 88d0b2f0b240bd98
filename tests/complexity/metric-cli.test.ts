/**
 * `atlas metric` for the complexity metrics through main(): year column,
 * --reference-year, --convention py, --method reflections, pair output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { metricRegistry } from '../../src/services/metrics/metric-registry.ts';
import { DATA, fixture } from './load.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-complexity-'));
const input = (name: string) => fileURLToPath(new URL(name, DATA));
// The trade sample with the house's column names (year,region,industry,value).
const trade = join(dir, 'trade.csv');
writeFileSync(
  trade,
  readFileSync(input('trade_sample_1995_1996.csv'), 'utf8').replace(
    /^year,origin,hs92,export_val/,
    'year,region,industry,value',
  ),
);

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err += String(s);
    return true;
  });
  const out = join(dir, `${args[1]}-${Math.random().toString(36).slice(2)}.csv`);
  try {
    const code = await main([...args, '--out', out]);
    return { code, out: code === 0 ? readFileSync(out, 'utf8').trim().split('\n') : [], err };
  } finally {
    spy.mockRestore();
  }
}

describe('atlas metric (complexity)', () => {
  it('registers every complexity metric', () => {
    for (const n of [
      'rca',
      'mcp',
      'diversity',
      'ubiquity',
      'eci',
      'pci',
      'fitness',
      'proximity_industry',
      'proximity_region',
      'density',
      'coi',
      'cog',
      'relatedness',
    ])
      expect(metricRegistry[n]?.input).toBe('matrix');
  });

  it('eci per year with a year column, equal to the Stata values', async () => {
    const { code, out } = await run(['metric', 'eci', '--matrix', trade]);
    expect(code).toBe(0);
    expect(out[0]).toBe('year,region,value');
    expect(out).toHaveLength(1 + 20);
    const expected = fixture('trade_1996_regions.csv');
    const deu = out.find((l) => l.startsWith('1996,deu,'))!;
    expect(Number(deu.split(',')[2])).toBeCloseTo(
      Number(expected.find((r) => r.region === 'deu')!.eci),
      12,
    );
  });

  it('--convention py and --reference-year change the scale', async () => {
    const py = await run(['metric', 'eci', '--matrix', trade, '--convention', 'py']);
    const aut = py.out.find((l) => l.startsWith('1995,aut,'))!;
    expect(Number(aut.split(',')[2])).toBeCloseTo(
      Number(fixture('trade_1995_regions.csv')[0].eci_py),
      12,
    );
    const ref = await run(['metric', 'eci', '--matrix', trade, '--reference-year', '1995']);
    expect(ref.out.find((l) => l.startsWith('1995,aut,'))).toBe(
      (await run(['metric', 'eci', '--matrix', trade])).out.find((l) => l.startsWith('1995,aut,')),
    );
  });

  it('proximity_industry as pairs a,b,value; no year column without one', async () => {
    const { code, out } = await run([
      'metric',
      'proximity_industry',
      '--matrix',
      input('hh2009_toy_binary.csv'),
    ]);
    expect(code).toBe(0);
    expect(out[0]).toBe('a,b,value');
    expect(out).toHaveLength(1 + 6);
    // P3 and P4 co-occur in C1 and C3; ubiquities 2 and 3: φ = 2/3.
    expect(out).toContain(`P3,P4,${2 / 3}`);
  });

  it('--method reflections; bad --convention is a usage error', async () => {
    const r = await run([
      'metric',
      'eci',
      '--matrix',
      input('hh2009_toy_binary.csv'),
      '--method',
      'reflections',
    ]);
    expect(r.code).toBe(0);
    const bad = await run(['metric', 'eci', '--matrix', trade, '--convention', 'r']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/ATLAS_E_USAGE/);
  });
});
