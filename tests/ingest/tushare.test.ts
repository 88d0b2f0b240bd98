import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/read-table.ts';
import {
  prepareOrganizations,
  type PreparedOrganizations,
} from '../../src/ingest/prepare-organizations.ts';
import { lookups, TUSHARE } from './helpers.ts';

/**
 * The real file of issue 2: 5,448 listed firms, `area` = province (深圳 apart,
 * 内蒙 short), `industry` = Tushare's own 110 categories (SOURCE.md).
 * Counts below are from the file: 浙江 729, 广东 463 + 深圳 424 = 887, 内蒙 28.
 */
describe('import of tushare_stock_basic.csv by aliases alone', () => {
  let p: PreparedOrganizations;
  beforeAll(async () => {
    p = prepareOrganizations(await readTable(TUSHARE), {
      ...lookups(),
      defaultProvenance: { source: 'Tushare pro.stock_basic (cn-listed-firms)', method: 'import' },
    });
  });

  it('maps name, area → province, industry, ts_code → external id; symbol and list_date unmapped', () => {
    expect(p.mapping.fields).toEqual({
      externalId: 'ts_code',
      name: 'name',
      province: 'area',
      industry: 'industry',
    });
    expect(p.mapping.unmapped).toEqual(['symbol', 'list_date']);
  });

  it('gives 5,448 valid records, none merged, each with a resolved province', () => {
    const { regions } = lookups();
    expect(p.issues).toEqual([]);
    expect(p.merges).toEqual([]);
    expect(p.records).toHaveLength(5448);
    const perProvince = new Map<string, number>();
    for (const r of p.records) {
      expect(r.region).toBeDefined();
      const prov = regions.provinceOf(r.region as string);
      expect(prov?.level).toBe('province');
      perProvince.set(prov!.code, (perProvince.get(prov!.code) ?? 0) + 1);
    }
    expect(perProvince.size).toBe(31);
    expect(perProvince.get('330000')).toBe(729);
    expect(perProvince.get('440000')).toBe(887);
    expect(perProvince.get('150000')).toBe(28);
  });

  it('warns that 深圳 in the province column was guessed as 深圳市 for its 424 rows', () => {
    const w = p.warnings.find((x) => x.code === 'ATLAS_W_REGION_GUESSED');
    expect(w?.details?.rows).toBe(424);
    expect(w?.details?.guesses).toEqual([
      expect.objectContaining({ column: 'area', value: '深圳', region: '440300', count: 424 }),
    ]);
    expect(p.records.filter((r) => r.region === '440300')).toHaveLength(424);
  });

  it('keeps every Tushare label and reports the ones that are not GB/T 4754 names', () => {
    expect(p.records.every((r) => r.industryLabels.length === 1)).toBe(true);
    // 110 Tushare categories: 9 coincide with a GB/T 4754 name (火力发电 4411, 林业 02, …), 101 do not.
    expect(p.unresolvedIndustryLabels).toHaveLength(101);
    expect(p.unresolvedIndustryLabels.reduce((s, l) => s + l.count, 0)).toBe(5292);
    expect(p.unresolvedIndustryLabels.slice(0, 3)).toEqual([
      { label: '电气设备', count: 340 },
      { label: '元器件', count: 301 },
      { label: '软件服务', count: 284 },
    ]);
    const byCode = p.records.filter((r) => r.industries.length > 0);
    expect(byCode).toHaveLength(156);
    expect(byCode.find((r) => r.industryLabels[0] === '火力发电')?.industries).toEqual(['4411']);
    expect(p.warnings.some((w) => w.code === 'ATLAS_W_INDUSTRY_LABEL')).toBe(true);
  });

  it('keeps ts_code so that ids are stable across re-imports', async () => {
    const first = p.records[0];
    expect(first).toMatchObject({
      id: 'org-ts_code-000001.SZ',
      name: '平安银行',
      externalIds: { ts_code: '000001.SZ' },
      kind: 'enterprise',
    });
    expect(new Set(p.records.map((r) => r.id)).size).toBe(5448);
    const again = prepareOrganizations(await readTable(TUSHARE), {
      ...lookups(),
      defaultProvenance: { source: 'again', method: 'import' },
    });
    expect(again.records.map((r) => r.id)).toEqual(p.records.map((r) => r.id));
  });
});
