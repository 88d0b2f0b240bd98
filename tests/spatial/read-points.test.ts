import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from '../../src/analytics/spatial/gcj02.ts';
import { readPointsFile } from '../../src/services/spatial/read-points-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-spatial-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('expected an error');
}

describe('readPointsFile', () => {
  it('reads id,lon,lat[,weight]; headers in any case, extra columns ignored', async () => {
    const p = file('ok.csv', 'ID,Lon,Lat,Weight,name\na,104.1,30.6,2,x\nb,106.5,29.5,,y\n');
    const r = await readPointsFile(p);
    expect(r.ids).toEqual(['a', 'b']);
    expect([...r.lon]).toEqual([104.1, 106.5]);
    expect([...r.weights!]).toEqual([2, 1]); // empty weight: 1
  });

  it('converts GCJ-02 to WGS-84', async () => {
    const [gx, gy] = wgs84ToGcj02(104.1, 30.6);
    const r = await readPointsFile(file('gcj.csv', `id,lon,lat\na,${gx},${gy}\n`), 'gcj02');
    expect(r.lon[0]).toBeCloseTo(104.1, 9);
    expect(r.lat[0]).toBeCloseTo(30.6, 9);
  });

  it('a missing column: ATLAS_E_MISSING_COLUMN naming it', async () => {
    const e = await failure(readPointsFile(file('nolat.csv', 'id,lon\na,104\n')));
    expect(e.code).toBe('ATLAS_E_MISSING_COLUMN');
    expect(e.details.missing).toEqual(['lat']);
  });

  it('a non-numeric coordinate: ATLAS_E_BAD_VALUE with file, row and column', async () => {
    const p = file('text.csv', 'id,lon,lat\na,104,30\nb,east,30\n');
    const e = await failure(readPointsFile(p));
    expect(e.code).toBe('ATLAS_E_BAD_VALUE');
    expect(e.details).toMatchObject({ file: p, row: 3, column: 'lon', value: 'east' });
  });

  it('an out-of-range coordinate: ATLAS_E_BAD_COORDINATE; every bad cell listed', async () => {
    const p = file('range.csv', 'id,lon,lat\na,104,95\nb,200,30\nc,104,30,\n');
    const e = await failure(readPointsFile(p));
    expect(e.code).toBe('ATLAS_E_BAD_COORDINATE');
    expect(e.details).toMatchObject({ row: 2, column: 'lat' });
    expect((e.details.rows as unknown[]).length).toBe(2);
  });

  it('a negative weight or an empty id: ATLAS_E_BAD_VALUE', async () => {
    const w = await failure(readPointsFile(file('w.csv', 'id,lon,lat,weight\na,104,30,-1\n')));
    expect(w.code).toBe('ATLAS_E_BAD_VALUE');
    expect(w.details.column).toBe('weight');
    const i = await failure(readPointsFile(file('i.csv', 'id,lon,lat\n,104,30\n')));
    expect(i.details.column).toBe('id');
  });
});

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('atlas detect --points', () => {
  it('writes id,cluster equal to scikit-learn on a fixture', () => {
    const out = join(dir, 'labels.csv');
    const r = atlas(
      'detect',
      '--points',
      'tests/fixtures/spatial/cities.points.csv',
      '--eps-km',
      '4',
      '--min-points',
      '8',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync('tests/fixtures/spatial/cities.expected.csv', 'utf8').replace(/\r\n/g, '\n'),
    );
  });

  it('bad input: exit 1, the error code and the row on stderr, nothing on stdout', () => {
    const p = file('cli-bad.csv', 'id,lon,lat\na,104,30\nb,104,-91\n');
    const r = atlas('detect', '--points', p, '--eps-km', '1', '--min-points', '2');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error ATLAS_E_BAD_COORDINATE: .*row 3, column lat/);
  });

  it('HDBSCAN by --method hdbscan; a bad eps refused', () => {
    const h = atlas(
      'detect',
      '--points',
      'tests/fixtures/spatial/cities.points.csv',
      '--method',
      'hdbscan',
      '--min-points',
      '10',
      '--min-samples',
      '8',
      '--format',
      'csv',
    );
    expect(h.code).toBe(0);
    expect(h.stdout).toBe(readFileSync('tests/fixtures/spatial/cities-10-8.hdbscan.csv', 'utf8'));
    const p = 'tests/fixtures/spatial/border.points.csv';
    const e = atlas('detect', '--points', p, '--eps-km', '-1', '--min-points', '2');
    expect(e.stderr).toContain('ATLAS_E_USAGE');
  });
});

describe('atlas detect --industry over the store', () => {
  it('an atlas of the default data and a synthetic population: Chengdu and Chongqing clusters, the national one spanning both', () => {
    const db = join(dir, 'detect.duckdb');
    // The synthetic firms these clusters are found in, asked for explicitly (a fresh atlas holds none).
    expect(atlas('generate', '--db', db).code).toBe(0);
    const r = atlas(
      'detect',
      '--industry',
      '39',
      '--region',
      '510000,500000',
      '--db',
      db,
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.clusters.some((c: { provinces: string[] }) => c.provinces[0] === '510000')).toBe(
      true,
    );
    expect(out.clusters.some((c: { provinces: string[] }) => c.provinces[0] === '500000')).toBe(
      true,
    );
    expect(r.stderr).toContain('national-chengyu-electronics');
    expect(out.clusters[0].industryMix[0].industry).toMatch(/^39/);
  }, 60_000);

  it('--hotspots prints kernel-density hot spots, strongest first, as CSV', () => {
    const db = join(dir, 'detect.duckdb');
    const r = atlas('detect', '--industry', '39', '--hotspots', '--db', db, '--format', 'csv');
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head).toBe('lon,lat,density_per_km2');
    expect(rows.length).toBeGreaterThan(0);
    const d = rows.map((row) => Number(row.split(',')[2]));
    for (let i = 1; i < d.length; i++) expect(d[i]).toBeLessThanOrEqual(d[i - 1]);
    expect(r.stderr).toMatch(/hot spots/);
  }, 60_000);
});
