import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complexityYears } from '../../src/services/complexity/complexity-years.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { openStore } from '../../src/store/store.ts';
import { yearbookTable } from '../api/complexity-years-fixture.ts';

/**
 * `atlas metric eci|pci --source … --years --base-year`: ECI and PCI by year
 * on the base year's scale, with ranks, the same figures as
 * GET /api/complexity/years — over a yearbook table of three years.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-eci-years-cli-'));
const db = join(dir, 'atlas.duckdb');
let api: Awaited<ReturnType<typeof complexityYears>>;
beforeAll(async () => {
  const file = join(dir, 'yearbook.csv');
  writeFileSync(file, yearbookTable());
  const store = await openStore({ path: db });
  await importFile(store, file, { kind: 'region-statistics' });
  api = await complexityYears(store, {
    source: 'statistics',
    regionLevel: 'province',
    industryLevel: 2,
    baseYear: 2019,
  });
  await store.idle();
  store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args, '--db', db], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Row = Record<string, number | string | null>;

describe('atlas metric eci|pci --years', () => {
  it('prints ECI per region and year on the base year’s scale with ranks, as the API', () => {
    const r = atlas(
      'metric',
      'eci',
      '--source',
      'statistics',
      '--years',
      '2018-2020',
      '--base-year',
      '2019',
      '--format',
      'json',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('base year');
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows).toHaveLength(12);
    for (const s of api.regions)
      for (const y of s.years) {
        const row = rows.find((x) => x.region === s.code && x.year === y.year)!;
        expect(row.value as number).toBeCloseTo(y.value!, 12);
        expect(row).toMatchObject({ rank: y.rank, of: 4, rank_change_base: y.rankChangeBase });
      }
    for (const row of rows.filter((x) => x.year === 2019)) expect(row.change_base).toBe(0);
  }, 120_000);

  it('prints PCI per industry; refuses a region peer set with pci', () => {
    const r = atlas(
      'metric',
      'pci',
      '--source',
      'statistics',
      '--years',
      '2018-2020',
      '--format',
      'json',
    );
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(new Set(rows.map((x) => x.industry))).toEqual(new Set(['13', '27', '35', '39']));
    const bad = atlas(
      'metric',
      'pci',
      '--source',
      'statistics',
      '--years',
      '2018-2020',
      '--peer-set',
      'x',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--peer-set ranks regions');
  }, 120_000);
});
