import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGridCsv } from '../../src/cli/emit-grid.ts';
import { toCsv } from '../../src/cli/output.ts';

/** The streamed grid CSV against emit's CSV of the same rows (its slow twin). */
const dir = mkdtempSync(join(tmpdir(), 'atlas-grid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeGridCsv writes what toCsv writes for the rows', () => {
  it('over several chunks, with Chinese and formula-like labels and undefined cells', async () => {
    const regions = [
      '长沙市',
      '=cmd',
      'a,b',
      'plain',
      ...Array.from({ length: 400 }, (_, r) => `r${r}`),
    ];
    const industries = ['通用设备', '"q"', ...Array.from({ length: 300 }, (_, i) => `i${i}`)];
    const C = industries.length;
    const values = new Float64Array(regions.length * C);
    let seed = 3;
    for (let k = 0; k < values.length; k++) {
      seed = (seed * 16807) % 2147483647;
      const x = seed / 2147483647;
      values[k] = x < 0.05 ? NaN : x < 0.5 ? 0 : x * 1e3 * (k % 7 === 0 ? 1e-9 : 1);
    }
    const rows: Record<string, unknown>[] = [];
    regions.forEach((region, r) =>
      industries.forEach((industry, i) => {
        const value = values[r * C + i];
        if (!Number.isNaN(value)) rows.push({ region, industry, value });
      }),
    );
    const out = join(dir, 'grid.csv');
    await writeGridCsv({ regions, industries, values }, { out });
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(text).toBe(toCsv(rows, ['region', 'industry', 'value']));
  });
});
