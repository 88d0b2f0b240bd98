import { describe, expect, it } from 'vitest';
import { runAtlas } from '../cli/run-atlas.ts';

describe('atlas io', () => {
  it('atlas io suppliers 汽车整车 --year 2020 --format json names 汽车零部件及配件 first, a ≈ 0.299', () => {
    const r = runAtlas(['io', 'suppliers', '汽车整车', '--year', '2020', '--format', 'json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.table).toMatchObject({ year: 2020, sectors: 153 });
    expect(body.suppliers[0].nameZh).toBe('汽车零部件及配件');
    expect(body.suppliers[0].coefficient).toBeCloseTo(0.299, 3);
  });

  it('buyers as CSV', () => {
    const b = runAtlas(['io', 'buyers', '087', '--format', 'csv', '--limit', '3']);
    expect(b.code).toBe(0);
    const lines = b.stdout.trim().split('\n');
    expect(lines[0]).toBe('rank,code,name_zh,name_en,share,coefficient,flow_10k_yuan');
    expect(lines).toHaveLength(4);
    expect(b.stderr).toContain('087 电池');
  });

  it('linkages of the 42-sector table', () => {
    const l = runAtlas(['io', 'linkages', '--year', '2018', '--sectors', '42', '--format', 'csv']);
    expect(l.code).toBe(0);
    expect(l.stdout.trim().split('\n')).toHaveLength(43);
  });

  it('refuses an ambiguous sector name and a wrong sector count, with a hint', () => {
    const amb = runAtlas(['io', 'suppliers', '汽车']);
    expect(amb.code).toBe(1);
    expect(amb.stdout).toBe('');
    expect(amb.stderr).toMatch(/^error ATLAS_E_IO_SECTOR: .*079 汽车整车, 080 汽车零部件及配件/);
    expect(amb.stderr).toMatch(/hint: /);

    const bad = runAtlas(['io', 'linkages', '--sectors', '50']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ATLAS_E_USAGE/);
  });

  it('atlas io chain: the evidence of each template edge', () => {
    const r = runAtlas(['io', 'chain', 'automotive', '--format', 'json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    const e = body.edges.find(
      (x: { from: string; to: string }) => x.from === 'parts' && x.to === 'vehicles',
    );
    expect(e.status).toBe('supported');
    expect(e.coefficient).toBeCloseTo(0.299, 3);
  });
});
