import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { overCapacitySignals } from '../../src/analytics/concentration/over-capacity-signal.ts';
import { buildApp } from '../../src/api/app.ts';
import { main } from '../../src/cli/main.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { RegionStatistic } from '../../src/core/model/region-statistic.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { writeRegionStatistics } from '../../src/store/region-statistics.ts';
import { openStore } from '../../src/store/store.ts';
import { fixtureStore, signedIn } from '../api/fixture.ts';

/**
 * Over-capacity signals by region × industry, counted by hand. Output (10k
 * yuan), 2019 → 2023: 河北 steel (31) 1000 → 800, electronics (39) 200 → 200;
 * 江苏 31 500 → 600, 39 1000 → 1400; 广东 31 100 → 100, 39 2000 → 2900.
 * At 2023: Σ31 = 1500 of 6000 (0.25); LQ 河北 31 = (800/1000)/0.25 = 3.2,
 * 江苏 31 = 1.2, 广东 31 = 0.133. Growth 河北 31 = 0.8^¼ − 1 = −5.43 % a
 * year; the industry 1600 → 1500: (15/16)^¼ − 1 = −1.60 %.
 */
const source = {
  source: '河北、江苏、广东统计年鉴（测试数据）',
  method: 'official_list' as const,
  year: 2024,
};
const table: [string, string, number, number][] = [
  ['130000', '31', 1000, 800],
  ['130000', '39', 200, 200],
  ['320000', '31', 500, 600],
  ['320000', '39', 1000, 1400],
  ['440000', '31', 100, 100],
  ['440000', '39', 2000, 2900],
];

// Six steel firms in 唐山 (four falling; outputs at 2023 10…60) and two large ones in 苏州.
const firm = (id: string, region: string, from: number, to: number) =>
  Organization.parse({
    id,
    name: `测试钢铁${id}`,
    kind: 'enterprise',
    region,
    industries: ['3110'],
    measures: [
      { year: 2019, output: from },
      { year: 2023, output: to },
    ],
    provenance: { source: 'test fixture', method: 'manual', year: 2024 },
  });
const FIRMS = [
  firm('ts1', '130200', 20, 10),
  firm('ts2', '130200', 30, 20),
  firm('ts3', '130200', 40, 30),
  firm('ts4', '130200', 50, 40),
  firm('ts5', '130200', 40, 50),
  firm('ts6', '130200', 50, 60),
  firm('sz1', '320500', 400, 500),
  firm('sz2', '320500', 500, 600),
];

async function load(db: Duck): Promise<void> {
  await db.transaction(async (tx) => {
    await writeRegionStatistics(
      tx,
      table.flatMap(([region, industry, x0, x1]) =>
        [
          [2019, x0],
          [2023, x1],
        ].map(([year, output]) =>
          RegionStatistic.parse({
            region,
            regionLevel: 'province',
            industry,
            year,
            employees: null,
            revenue: null,
            output,
            provenance: source,
          }),
        ),
      ),
    );
    await writeOrganizations(tx, FIRMS);
  });
}

let db: Duck;
let app: FastifyInstance;
beforeAll(async () => {
  db = await fixtureStore();
  await load(db);
  app = await buildApp({ db });
});
afterAll(async () => {
  await app.close();
  db.close();
});

describe('over-capacity signals (analytics)', () => {
  it('flags a specialised region lagging the industry by more than δ, and none below λ', () => {
    const cells = [
      { region: 'A', division: '30', from: 100, to: 110 },
      { region: 'B', division: '30', from: 100, to: 200 },
      { region: 'B', division: '99', from: 1000, to: 1000 },
    ];
    const totals = new Map([
      ['A', 110],
      ['B', 1200],
    ]);
    const [a, b] = overCapacitySignals(cells, totals, [], { fromYear: 2020, toYear: 2021 });
    // A: LQ (110/110)/(310/1310) = 4.23; growth 10 % against the industry's 55 %.
    expect(a.lq).toBeCloseTo(1310 / 310, 12);
    expect(a.growth).toBeCloseTo(0.1, 12);
    expect(a.industryGrowth).toBeCloseTo(0.55, 12);
    expect(a.signals).toEqual(['specialised-lagging']);
    expect(b.signals).toEqual([]);
  });

  it('refuses years out of order and gives no growth without an earlier output', () => {
    expect(() => overCapacitySignals([], new Map(), [], { fromYear: 2023, toYear: 2023 })).toThrow(
      RangeError,
    );
    const [r] = overCapacitySignals(
      [{ region: 'A', division: '31', from: null, to: 5 }],
      new Map([['A', 5]]),
      [],
      { fromYear: 2019, toYear: 2023 },
    );
    expect(r.growth).toBeNull();
    expect(r.signals).toEqual([]);
  });
});

describe('GET /api/over-capacity', () => {
  it('flags 河北 steel: specialised, output falling faster than the industry, many small firms falling', async () => {
    const analyst = await signedIn(app, db, 'analyst');
    const res = await app.inject({ url: '/api/over-capacity?industries=31,39', headers: analyst });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ level: 'province', from: 2019, to: 2023 });
    expect(body.rows).toHaveLength(1);
    const hebei = body.rows[0];
    expect(hebei).toMatchObject({
      region: '130000',
      division: '31',
      outputFrom: 1000,
      outputTo: 800,
    });
    expect(hebei.lq).toBeCloseTo(3.2, 12);
    expect(hebei.growth).toBeCloseTo(Math.pow(0.8, 0.25) - 1, 12);
    expect(hebei.industryGrowth).toBeCloseTo(Math.pow(1500 / 1600, 0.25) - 1, 12);
    expect(hebei.signals.map((s: { code: string }) => s.code)).toEqual([
      'specialised-output-falling',
      'many-small-firms-falling',
    ]);
    // Firms: 6 in 河北, 4 falling; median 35 against the division's 45 over all eight firms.
    expect(hebei).toMatchObject({
      firms: 6,
      firmsFalling: 4,
      medianFirmOutput: 35,
      divisionMedianFirmOutput: 45,
    });
    expect(body.provenance.sources).toEqual([source.source]);
    expect(body.method.en).toMatch(/not capacity data/);
    // Never a capacity figure.
    expect(JSON.stringify(body)).not.toMatch(/"capacity/i);
  });

  it('lists every cell on request, and withholds the firm figures from visitors', async () => {
    const all = (await app.inject({ url: '/api/over-capacity?industries=31&all=true' })).json();
    expect(all.rows.map((r: { region: string }) => r.region).sort()).toEqual([
      '130000',
      '320000',
      '440000',
    ]);
    const hebei = all.rows.find((r: { region: string }) => r.region === '130000');
    expect(hebei.lq).toBeCloseTo(3.2, 12);
    expect(hebei).toMatchObject({ firms: null, firmsFalling: null, medianFirmOutput: null });
  });

  it('says when there are not two years of regional output', async () => {
    const body = (await app.inject({ url: '/api/over-capacity?level=prefecture' })).json();
    expect(body.rows).toEqual([]);
    expect(body.warnings[0].code).toBe('ATLAS_W_TOO_LITTLE_DATA');
  });
});

describe('atlas capacity over-capacity', () => {
  it('writes the signalled cells as CSV, the method and sources on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-over-capacity-'));
    const file = join(dir, 'atlas.duckdb');
    const own = await openStore({ path: file });
    await load(own);
    own.close();
    let stderr = '';
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((x) => {
      stderr += String(x);
      return true;
    });
    const out = join(dir, 'signals.csv');
    try {
      const args = ['capacity', 'over-capacity', '--db', file, '--industries', '31', '--out', out];
      expect(await main(args)).toBe(0);
    } finally {
      err.mockRestore();
    }
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^130000,/);
    expect(lines[1]).toMatch(/specialised-output-falling many-small-firms-falling$/);
    expect(stderr).toMatch(/method: A signal, not capacity data/);
    expect(stderr).toContain(source.source);
  });
});
