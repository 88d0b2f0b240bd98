/**
 * Reads the China outlines of the Apache-2.0 package `echarts4`
 * (= echarts@4.9.0): map/json/china.json (provinces) and
 * map/json/province/*.json (prefectures), decoded to polygons keyed by
 * GB/T 2260 adcode.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeCollection, type EncodedCollection, type Ring } from './echarts-decode.ts';

export interface Outline {
  adcode: string;
  name: string;
  polygons: Ring[][];
}

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('echarts4/package.json'));
const mapDir = join(pkgDir, 'map', 'json');

function read(path: string): EncodedCollection {
  return JSON.parse(readFileSync(path, 'utf8')) as EncodedCollection;
}

/** Municipalities and the SARs / Taiwan: their province files hold districts, not prefectures. */
const PROVINCE_ONLY = new Set(['11', '12', '31', '50', '71', '81', '82']);
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Codes changed since the outlines were drawn (GB/T 2260 as of NBS 2023). */
const RECODED: Record<string, string> = {
  '542400': '540600', // 那曲地区 → 那曲市 (2017)
  '652200': '650500', // 哈密地区 → 哈密市 (2016)
};
/** Prefectures abolished since: their outline is merged into the successor. */
const MERGED_INTO: Record<string, string> = {
  '371200': '370100', // 莱芜市 → 济南市 (2019)
};

export function provinceOutlines(): Outline[] {
  return decodeCollection(read(join(mapDir, 'china.json'))).map((f) => ({
    adcode: String(f.id ?? f.properties.id),
    name: String(f.properties.name),
    polygons: f.polygons,
  }));
}

/**
 * Prefecture-level outlines. A municipality is one prefecture-level unit
 * (adcode XX0100, see data/SOURCES.md) drawn with the municipality's outline;
 * Hong Kong, Macao and Taiwan keep their province-level outline and code.
 * Hubei's and Hainan's county-level cities directly under the province keep
 * their county codes (e.g. 429004 仙桃市).
 */
export function prefectureOutlines(
  codeByName: (provincePrefix: string, name: string) => string | undefined = () => undefined,
): { outlines: Outline[]; skipped: string[] } {
  const provinces = provinceOutlines();
  const out: Outline[] = [];
  const skipped: string[] = [];
  for (const p of provinces) {
    const prefix = p.adcode.slice(0, 2);
    if (MUNICIPALITIES.has(prefix)) out.push({ ...p, adcode: `${prefix}0100` });
    else if (PROVINCE_ONLY.has(prefix)) out.push(p);
  }
  for (const file of readdirSync(join(mapDir, 'province')).sort()) {
    const features = decodeCollection(read(join(mapDir, 'province', file)));
    for (const f of features) {
      const name = String(f.properties.name);
      // A few features carry no id (e.g. 山南市 in xizang.json): look the name up.
      const prefix = String(features.find((x) => x.id)?.id ?? '').slice(0, 2);
      const id = f.id ?? (f.properties.id as string | undefined) ?? codeByName(prefix, name);
      if (!id) {
        skipped.push(`${file}:${name}`);
        continue;
      }
      if (PROVINCE_ONLY.has(id.slice(0, 2))) continue;
      // xizang.json splits 山南市 into an empty feature with the id and a
      // full one without: features sharing a code are merged.
      const adcode = RECODED[id] ?? id;
      const polygons = f.polygons.filter((poly) => poly.length > 0 && poly[0].length > 0);
      const prev = out.find((o) => o.adcode === adcode);
      if (prev) prev.polygons.push(...polygons);
      else out.push({ adcode, name, polygons });
    }
  }
  for (const [from, to] of Object.entries(MERGED_INTO)) {
    const src = out.findIndex((o) => o.adcode === from);
    const dst = out.find((o) => o.adcode === to);
    if (src >= 0 && dst) {
      dst.polygons = [...dst.polygons, ...out[src].polygons];
      out.splice(src, 1);
    }
  }
  out.sort((a, b) => a.adcode.localeCompare(b.adcode));
  return { outlines: out, skipped };
}

/** One piece of ECharts 4's 南海诸岛 inset, in map coordinates (lon/lat). */
export interface InsetPart {
  kind: 'coast' | 'dash' | 'frame';
  ring: Ring;
}

/**
 * ECharts 4's 南海诸岛 附图 (the inset of the South China Sea with the dashed
 * national boundary line), from `lib/coord/geo/fix/nanhai.js` of echarts@4.9.0
 * (Apache-2.0): ECharts 4 adds it in code to every `china` map, it is not in
 * china.json. The file gives 12 rings in a 64 × 93.1 box of its own units:
 * the first is the strip of coast along the top, the last the frame, the ten
 * between are the dashes. ECharts places the box with its top-left corner at
 * geoCoord (126°E, 25°N), x / 10.5 degrees east and y / (10.5 / 0.75)
 * degrees south (0.75 = the map's default aspect scale); we do the same, so
 * the inset sits in the lower right of the country, east of Taiwan.
 */
export function southChinaSeaInset(): { anchor: [number, number]; parts: InsetPart[] } {
  const file = join(pkgDir, 'lib', 'coord', 'geo', 'fix', 'nanhai.js');
  const src = readFileSync(file, 'utf8');
  const anchor = JSON.parse(/var geoCoord = (\[[^\]]*\]);/.exec(src)?.[1] ?? 'null') as
    [number, number] | null;
  const points = JSON.parse(/var points = (\[.*?\]);\n/s.exec(src)?.[1] ?? 'null') as Ring[] | null;
  if (!anchor || !points || points.length !== 12) {
    throw new Error(`${file}: not the 南海诸岛 inset of ECharts 4.9.0 (12 rings at geoCoord)`);
  }
  const place = (ring: Ring): Ring =>
    ring.map(([x, y]) => [anchor[0] + x / 10.5, anchor[1] - y / (10.5 / 0.75)]);
  return {
    anchor,
    parts: points.map((ring, i) => ({
      kind: i === 0 ? 'coast' : i === points.length - 1 ? 'frame' : 'dash',
      ring: place(ring),
    })),
  };
}
