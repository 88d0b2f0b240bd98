import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * The command line's named peers and years: `atlas peers save` three named
 * clusters for a fourth, `atlas rank --scorecard` against exactly that set,
 * `atlas rank --years --base-year --peer-set` year by year — on the default
 * data with the synthetic set's yearly measures, in a database file.
 */
const dir = mkdtempSync(join(tmpdir(), 'atlas-peers-cli-'));
const db = join(dir, 'atlas.duckdb');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  const store = await openStore({ path: db });
  await bootstrap(store, { synthetic: DEFAULT_GENERATE });
  await store.idle();
  store.close();
}, 180_000);

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/atlas.js', ...args, '--db', db], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PEERS = ['上海市集成电路集群', '深圳市新一代信息通信集群', '武汉市光电子信息集群'];
const PEER_IDS = [
  'national-shanghai-ic',
  'national-shenzhen-ict',
  'national-wuhan-optoelectronics',
];

describe('atlas peers / atlas rank', () => {
  it('a saved peer set of three named clusters drives the scorecard of a fourth, and ranks by year', () => {
    const saved = atlas(
      'peers',
      'save',
      '--name',
      '东莞对标',
      '--subject',
      '东莞市智能移动终端集群',
      '--members',
      ...PEERS,
      '--format',
      'json',
    );
    expect(saved.stderr).toContain('saved peer set');
    expect(saved.code).toBe(0);
    const [set] = JSON.parse(saved.stdout);
    expect(set.members).toEqual(PEER_IDS);

    const card = atlas(
      'rank',
      '--scorecard',
      '东莞市智能移动终端集群',
      '--peer-set',
      set.id,
      '--format',
      'json',
    );
    expect(card.code).toBe(0);
    expect(card.stderr).toContain('peer set 东莞对标');
    for (const id of PEER_IDS) expect(card.stderr).toContain(id);
    const rows = JSON.parse(card.stdout);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.of).toBe(4);

    const years = atlas(
      'rank',
      '--peer-set',
      set.id,
      '--years',
      '2019-2021',
      '--base-year',
      '2019',
      '--format',
      'json',
    );
    expect(years.code).toBe(0);
    const out = JSON.parse(years.stdout);
    expect(out.years).toEqual([2019, 2020, 2021]);
    expect(new Set(out.rows.map((r: { alternative: string }) => r.alternative))).toEqual(
      new Set(['national-dongguan-mobile-terminals', ...PEER_IDS]),
    );
    for (const r of out.rows.filter((x: { year: number }) => x.year > 2019))
      expect(r.rankChange).toBeTypeOf('number');
  }, 400_000);

  it('atlas metric --source --years --base-year: the metric per year beside its base-year value and growth', () => {
    const r = atlas(
      'metric',
      'hhi_region',
      '--source',
      'organizations',
      '--measure',
      'employees',
      '--years',
      '2019-2021',
      '--base-year',
      '2019',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(new Set(rows.map((x: { year: number }) => x.year))).toEqual(new Set([2019, 2020, 2021]));
    for (const x of rows.filter(
      (y: { year: number; base_value: number | null }) => y.base_value !== null,
    )) {
      expect(x.change).toBeCloseTo(x.value - x.base_value, 12);
      if (x.year === 2019) expect(x.change).toBe(0);
    }
    const bad = atlas('metric', 'hhi_region', '--years', '2019-2021');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--source');
  }, 200_000);

  it('a peer set of regions by name keeps a metric to exactly those regions', () => {
    const saved = atlas(
      'peers',
      'save',
      '--type',
      'region',
      '--name',
      '长三角',
      '--subject',
      '310000',
      '--members',
      '江苏省',
      '浙江省',
      '安徽省',
      '--format',
      'json',
    );
    expect(saved.code).toBe(0);
    const [set] = JSON.parse(saved.stdout);
    expect(set.members).toEqual(['320000', '330000', '340000']);
    // 上海市 is both the municipality and its prefecture-level city: refused, the two named.
    const ambiguous = atlas(
      'peers',
      'save',
      '--type',
      'region',
      '--name',
      'x',
      '--members',
      '上海市',
    );
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('310000');
    const r = atlas(
      'metric',
      'hhi_region',
      '--source',
      'organizations',
      '--measure',
      'employees',
      '--peer-set',
      set.id,
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const regions = JSON.parse(r.stdout).map((x: { region: string }) => x.region);
    expect(regions.length).toBeGreaterThan(0);
    for (const code of regions) expect(['310000', '320000', '330000', '340000']).toContain(code);
  }, 200_000);
});
