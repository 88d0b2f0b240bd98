import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_FIELDS, sourceOfFigure } from '../../src/core/model/figure-provenance.ts';
import { Organization, type YearlyMeasures } from '../../src/core/model/organization.ts';
import { readTable } from '../../src/ingest/read-table.ts';
import {
  prepareOrganizations,
  type PreparedOrganizations,
} from '../../src/ingest/prepare-organizations.ts';
import type { Table } from '../../src/ingest/table.ts';
import { rejectsCsv } from '../../src/ingest/rejects-csv.ts';
import { FIXTURES, lookups, PROVENANCE, tempDir, writeTemp } from './helpers.ts';

/** Yearly figures without their provenance. */
const figures = (ms: readonly YearlyMeasures[] | undefined) =>
  ms?.map(({ provenance: _source, ...f }) => f);

const prepare = (t: Table, extra: Partial<Parameters<typeof prepareOrganizations>[1]> = {}) =>
  prepareOrganizations(t, { ...lookups(), defaultProvenance: PROVENANCE, ...extra });

describe('prepareOrganizations: orgs.csv (Chinese headers)', () => {
  let p: PreparedOrganizations;
  beforeAll(async () => {
    p = prepare(await readTable(join(FIXTURES, 'orgs.csv')));
  });
  const byName = (n: string) => p.records.find((r) => r.name === n);

  it('maps the Chinese headers by alias and reports the unmapped column', () => {
    expect(p.mapping.fields).toMatchObject({
      name: '企业名称',
      uscc: '统一社会信用代码',
      province: '所在省份',
      city: '城市',
      county: '区县',
      industry: '国民经济行业分类',
      tags: '企业标签',
      employees: '员工人数',
      revenue: '营业收入',
      year: '年份',
      lon: '经度',
      lat: '纬度',
    });
    expect(p.mapping.unmapped).toEqual(['备注']);
    expect(p.warnings.find((w) => w.code === 'ATLAS_W_COLUMNS_UNMAPPED')?.details).toEqual({
      file: join(FIXTURES, 'orgs.csv'),
      columns: ['备注'],
    });
  });

  it('8 rows, no invalid row, 6 organisations after 2 merges; every record passes the schema', () => {
    expect(p.rowsRead).toBe(8);
    expect(p.issues).toEqual([]);
    expect(p.records).toHaveLength(6);
    for (const r of p.records) expect(Organization.safeParse(r).success).toBe(true);
    expect(p.recordRows).toEqual([[2, 5], [3], [4, 6], [7], [8], [9]]);
  });

  it('keeps the most detailed region: county over city over province', () => {
    expect(byName('深圳示例电子有限公司')?.region).toBe('440305'); // 南山区
    expect(byName('苏州示例材料股份有限公司')?.region).toBe('320500');
    expect(byName('包头示例稀土有限公司')?.region).toBe('150200'); // 内蒙 + 包头
  });

  it('resolves a city in the province column with a guess warning naming the rows', () => {
    expect(byName('深圳示例软件有限公司')?.region).toBe('440300');
    const w = p.warnings.find((x) => x.code === 'ATLAS_W_REGION_GUESSED');
    expect(w?.details?.guesses).toEqual([
      expect.objectContaining({
        column: '所在省份',
        value: '深圳',
        region: '440300',
        rows: [9],
        count: 1,
      }),
    ]);
  });

  it('resolves GB/T 4754 codes and names; keeps other labels and counts them', () => {
    expect(byName('深圳示例电子有限公司')?.industries).toEqual(['3976']); // C3976 and 3976
    const hz = byName('杭州示例智能科技（浙江）有限公司');
    expect(hz?.industries).toEqual(['39']);
    expect(hz?.industryLabels).toEqual(['计算机、通信和其他电子设备制造业']);
    expect(byName('包头示例稀土有限公司')?.industryLabels).toEqual(['稀土']);
    expect(p.unresolvedIndustryLabels).toEqual([
      { label: '新材料', count: 1 },
      { label: '稀土', count: 1 },
      { label: '软件服务', count: 1 },
    ]);
    expect(
      p.warnings.find((w) => w.code === 'ATLAS_W_INDUSTRY_LABEL')?.details?.labels,
    ).toHaveLength(3);
  });

  it('reads tags in Chinese and English with ; 、 and space separators', () => {
    expect(byName('苏州示例材料股份有限公司')?.tags).toEqual(['specialised_sme', 'listed']);
    expect(byName('杭州示例智能科技（浙江）有限公司')?.tags).toEqual([
      'little_giant',
      'high_tech',
      'specialised_sme',
    ]);
  });

  it('reads measures by year: thousands separators and full-width digits', () => {
    expect(figures(byName('深圳示例电子有限公司')?.measures)).toEqual([
      { year: 2023, employees: 1200, revenue: 35000.5 },
      { year: 2024, revenue: 36000 },
    ]);
    expect(figures(byName('苏州示例材料股份有限公司')?.measures)).toEqual([
      { year: 2023, employees: 350, revenue: 8000 },
    ]);
  });

  it('names the file and row of each yearly figure, and the row that filled one in', () => {
    const sources = byName('深圳示例电子有限公司')?.measures.map((m) => [
      m.year,
      FIGURE_FIELDS.map((f) => sourceOfFigure(m, f)?.row ?? null),
    ]);
    // Row 2 gives 2023's employees and revenue; row 5 (the same USCC) adds 2024's revenue.
    expect(sources).toEqual([
      [2023, [2, 2, null, null, null]],
      [2024, [null, 5, null, null, null]],
    ]);
    const p2023 = byName('深圳示例电子有限公司')?.measures[0].provenance;
    expect(p2023).toMatchObject({ source: PROVENANCE.source, year: 2023, row: 2 });
    expect(p2023?.file).toBe(basename(p.file));
  });

  it('merges by USCC and reports which fields came from which row', () => {
    const m = p.merges.find((x) => x.key === 'uscc');
    expect(m).toEqual({
      key: 'uscc',
      value: '91440300MA5F00001A',
      rows: [2, 5],
      filled: [
        { field: 'tags', row: 5, value: '["single_champion"]' },
        { field: 'measures.2024', row: 5, value: '{"year":2024,"revenue":36000}' },
      ],
      conflicts: [],
    });
    expect(byName('深圳示例电子有限公司')?.tags).toEqual([
      'chain_leader',
      'high_tech',
      'single_champion',
    ]);
  });

  it('merges by normalised name (brackets, spaces) + region, but keeps 股份有限公司 apart', () => {
    const m = p.merges.find((x) => x.key === 'name+region');
    expect(m?.rows).toEqual([4, 6]);
    expect(m?.filled.map((f) => f.field)).toEqual(['coordinates', 'tags', 'measures.2022.revenue']);
    expect(byName('杭州示例智能科技（浙江）有限公司')?.coordinates).toEqual([120.15, 30.28]);
    expect(byName('杭州示例智能科技(浙江)股份有限公司')).toBeDefined();
  });

  it('derives stable ids: from the USCC, else from name + region; re-reading gives the same ids', async () => {
    expect(byName('深圳示例电子有限公司')?.id).toBe('org-91440300MA5F00001A');
    expect(byName('深圳示例软件有限公司')?.id).toMatch(/^org-[0-9a-f]{16}$/);
    const again = prepare(await readTable(join(FIXTURES, 'orgs.csv')));
    expect(again.records.map((r) => r.id)).toEqual(p.records.map((r) => r.id));
    expect(new Set(p.records.map((r) => r.id)).size).toBe(6);
  });

  it('carries the provenance, marked synthetic', () => {
    expect(p.records[0].provenance).toEqual({
      source: 'test fixture',
      method: 'import',
      synthetic: true,
      confidence: 1,
      verified: true,
    });
  });
});

describe('prepareOrganizations: invalid rows', () => {
  let p: PreparedOrganizations;
  beforeAll(async () => {
    p = prepare(await readTable(join(FIXTURES, 'orgs-invalid.csv')));
  });

  it('maps English headers', () => {
    expect(p.mapping.unmapped).toEqual([]);
    expect(p.mapping.fields.kind).toBe('kind');
  });

  it('keeps only the valid row', () => {
    expect(p.records.map((r) => r.name)).toEqual(['Valid Co 示例']);
  });

  it('lists every invalid row with file, row, column, value and a catalogue code', () => {
    const file = join(FIXTURES, 'orgs-invalid.csv');
    expect(p.issues.map((i) => [i.row, i.column, i.value, i.code])).toEqual([
      [3, 'name', '', 'ATLAS_E_ROW_MISSING_VALUE'],
      [4, 'uscc', '91440300MA5F00001B', 'ATLAS_E_ROW_BAD_USCC'],
      [5, 'employees', 'about 100', 'ATLAS_E_ROW_BAD_NUMBER'],
      [6, 'revenue', '-5', 'ATLAS_E_ROW_NEGATIVE'],
      [7, 'lon', '31.23, 121.47', 'ATLAS_E_ROW_OUTSIDE_CHINA'],
      [8, 'tags', '独角兽', 'ATLAS_E_ROW_UNKNOWN_VALUE'],
      [9, 'kind', '外星机构', 'ATLAS_E_ROW_UNKNOWN_VALUE'],
      [10, 'province', '广东', 'ATLAS_E_ROW_REGION_CONFLICT'],
      [11, 'year', '二〇二三', 'ATLAS_E_ROW_BAD_YEAR'],
    ]);
    for (const i of p.issues) {
      expect(i.file).toBe(file);
      expect(i.reason.length).toBeGreaterThan(5);
    }
    expect(p.issues[1].reason).toMatch(/check/);
    expect(p.issues[4].reason).toMatch(/swapped/);
    expect(p.issues[7].reason).toMatch(/杭州市 330100/);
  });
});

describe('prepareOrganizations: options and edge cases', () => {
  const dir = tempDir();
  const table = (csv: string) => readTable(writeTemp(dir, `t${Math.random()}.csv`, csv));

  it('--map overrides an alias and maps an unknown header', async () => {
    const t = await table('公司,简称,地方\n示例甲有限公司,甲,江苏\n');
    const p = prepare(t, { map: { name: '简称', province: '地方' } });
    expect(p.records[0].name).toBe('甲');
    expect(p.records[0].region).toBe('320000');
    expect(p.mapping.explicit).toEqual(['name', 'province']);
    expect(p.mapping.unmapped).toEqual(['公司']);
  });

  it('fails with ATLAS_E_MISSING_COLUMN listing the headers when no name column exists', async () => {
    const t = await table('简称,省份\n甲,江苏\n');
    expect(() => prepare(t)).toThrowError(
      expect.objectContaining({
        code: 'ATLAS_E_MISSING_COLUMN',
        details: expect.objectContaining({ headers: ['简称', '省份'], missing: ['name'] }),
      }),
    );
  });

  it('takes the year of measures from the context when the file has no year column', async () => {
    const t = await table('名称,从业人员\n甲公司,5\n');
    expect(figures(prepare(t, { year: 2024 }).records[0].measures)).toEqual([
      { year: 2024, employees: 5 },
    ]);
    const p = prepare(t);
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, 'year', 'ATLAS_E_ROW_MISSING_VALUE'],
    ]);
  });

  it('refuses a row whose region it cannot resolve, naming row, column and value', async () => {
    const t = await table('名称,省份\n甲公司,火星\n乙公司,湖南\n');
    const p = prepare(t);
    expect(p.records.map((r) => r.name)).toEqual(['乙公司']);
    expect(p.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: '省份',
        value: '火星',
        code: 'ATLAS_E_ROW_UNKNOWN_REGION',
      }),
    ]);
  });

  it('reads a region written with its parents, or in English with commas', async () => {
    const t = await table('名称,地区\n甲公司,湖南省湘潭市\n乙公司,"Changsha, Hunan"\n');
    expect(prepare(t).records.map((r) => r.region)).toEqual(['430300', '430100']);
  });

  it('does not merge the same name in two cities of one province; reports conflicting USCC merges', async () => {
    const t = await table(
      [
        '名称,信用代码,省份,城市,机构类型',
        '示例科技有限公司,,广东,深圳,企业',
        '示例科技有限公司,,广东,广州,企业',
        '示例乙公司,91440300MA5F00001A,广东,深圳,企业',
        '示例乙有限公司,91440300MA5F00001A,广东,深圳,高校',
      ].join('\n'),
    );
    const p = prepare(t);
    expect(p.records).toHaveLength(3);
    const m = p.merges.find((x) => x.key === 'uscc');
    expect(m?.conflicts.map((c) => [c.field, c.kept, c.dropped, c.row])).toEqual([
      ['name', '示例乙公司', '示例乙有限公司', 5],
      ['kind', 'enterprise', 'university', 5],
    ]);
  });

  it('keeps an external id (ts_code) and derives the id from it', async () => {
    const t = await table('ts_code,name,area\n600000.SH,浦发银行,上海\n');
    const p = prepare(t);
    expect(p.records[0].externalIds).toEqual({ ts_code: '600000.SH' });
    expect(p.records[0].id).toBe('org-ts_code-600000.SH');
  });

  it('reports progress on files over 10,000 rows only', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `公司${i},江苏`);
    const big = await table(['名称,省份', ...rows].join('\n'));
    const calls: [number, number][] = [];
    prepare(big, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls[0]).toEqual([0, 10_001]);
    expect(calls.at(-1)).toEqual([10_001, 10_001]);
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.length).toBeLessThan(110);
    const small = await table('名称\n甲\n');
    const none: number[] = [];
    prepare(small, { onProgress: (d) => none.push(d) });
    expect(none).toEqual([]);
  });
});

describe('rejectsCsv', () => {
  it('lists each rejected row once with its reasons and original cells, readable back', async () => {
    const file = join(FIXTURES, 'orgs-invalid.csv');
    const t = await readTable(file);
    const p = prepare(t);
    const dir = tempDir();
    const back = await readTable(writeTemp(dir, 'rejects.csv', rejectsCsv(t, p.issues)));
    expect(back.encoding).toBe('utf-8');
    expect(back.columns).toEqual(['row', 'codes', 'columns', 'reasons', ...t.columns]);
    expect(back.rows.map((r) => r.row)).toEqual(['3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(back.rows[4]).toMatchObject({
      codes: 'ATLAS_E_ROW_OUTSIDE_CHINA',
      columns: 'lon',
      lon: '31.23',
    });
    expect(back.rows[1].name).toBe('Bad USCC Co');
  });
});
