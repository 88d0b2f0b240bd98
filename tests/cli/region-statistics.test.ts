import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAtlas } from './run-atlas.ts';

/**
 * The one step an office takes, as a user runs it: load its yearbook table,
 * then compare its prefecture with the nation. 长沙 holds only division 35
 * here, so over K = {35} its quotient against national employment is 1.
 */
let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-cli-stats-'));
  db = join(dir, 'atlas.duckdb');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas import --kind region-statistics, then atlas metric --source statistics', () => {
  it('refuses a bad table whole, naming the row and column, then loads a good one', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '地区,行业,年份,从业人员\n长沙市,35,2018,100\n长沙市,合计,2018,300\n');
    const r = runAtlas(['import', bad, '--kind', 'region-statistics', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ATLAS_E_INVALID_ROWS/);

    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      '地区,行业,年份,从业人员,营业收入,来源\n长沙市,35,2018,100,5000,某市统计年鉴 表1\n湖南省,35,2018,300,,某省统计年鉴\n湖南省,39,2018,100,,某省统计年鉴\n',
    );
    const ok = runAtlas(['import', good, '--kind', 'region-statistics', '--db', db]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/wrote 3/);
  });

  it('computes lq_national over the prefecture table and lq over the province table', () => {
    const pref = runAtlas([
      'metric',
      'lq_national',
      '--source',
      'statistics',
      '--region-level',
      'prefecture',
      '--db',
      db,
    ]);
    expect(pref.code).toBe(0);
    expect(pref.stdout.trim().split('\n')).toEqual(['region,industry,value', '430100,35,1']);

    const prov = runAtlas([
      'metric',
      'lq_national',
      '--source',
      'statistics',
      '--format',
      'json',
      '--db',
      db,
    ]);
    expect(prov.code).toBe(0);
    const rows = JSON.parse(prov.stdout) as { region: string; industry: string; value: number }[];
    // 湖南: 35 is 3/4 of its table; nationally 448 of 448 + 1,710 (2018)
    expect(rows.find((x) => x.industry === '35')!.value).toBeCloseTo((0.75 * 2158) / 448, 12);

    const count = runAtlas([
      'metric',
      'lq',
      '--source',
      'statistics',
      '--measure',
      'count',
      '--db',
      db,
    ]);
    expect(count.code).toBe(1);
    expect(count.stderr).toMatch(/ATLAS_E_BAD_VALUE/);
  });
});
