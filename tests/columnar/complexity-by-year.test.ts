import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  complexityByYear,
  complexityRows,
} from '../../src/analytics/complexity/complexity-metric.ts';
import { runComplexityFile } from '../../src/services/complexity/complexity-metrics.ts';
import { readLongFile } from '../../src/services/metrics/read-long-file.ts';

/**
 * `atlas metric eci --matrix FILE` reads column-wise and builds one matrix
 * per year without one object per cell (matrices-by-year.ts); its slow twin
 * is complexityByYear over the row-wise reader's cells. Both must give the
 * same rows and warnings, with and without a year column.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-complexity-years-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function longFile(withYear: boolean): string {
  const lines = [withYear ? 'region,industry,year,value' : 'region,industry,value'];
  let seed = 5;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const year of withYear ? ['2021', '2019', '2020'] : ['']) {
    for (let k = 0; k < 400; k++) {
      const r = `r${Math.floor(rand() * 25)}`;
      const i = `i${Math.floor(rand() * 18)}`;
      const v = rand() < 0.1 ? 0 : Math.round(rand() * 500);
      lines.push(withYear ? `${r},${i},${year},${v}` : `${r},${i},${v}`);
    }
  }
  const p = join(dir, withYear ? 'years.csv' : 'plain.csv');
  writeFileSync(p, lines.join('\n') + '\n');
  return p;
}

describe('complexity from a file: columnar matrices equal complexityByYear', () => {
  it.each([
    ['eci', true],
    ['pci', false],
    ['density', true],
    ['eci', false],
  ] as const)('%s, year column %s', async (name, withYear) => {
    const p = longFile(withYear);
    const got = await runComplexityFile(name, p);
    const cols = withYear ? ['region', 'industry', 'year'] : ['region', 'industry'];
    const read = await readLongFile(p, cols);
    const cells = read.labels.map(([region, industry, year], k) => ({
      year: withYear ? year : '',
      region,
      industry,
      value: read.values[k],
    }));
    const want = complexityByYear(name, cells);
    const rows = want.years.flatMap(
      (y) => complexityRows(name, want.results.get(y)!, withYear ? y : undefined).rows,
    );
    expect(got.rows).toEqual(rows);
    expect(got.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining(want.warnings.map((w) => w.message)),
    );
  });
});
