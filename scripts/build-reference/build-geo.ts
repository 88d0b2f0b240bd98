/**
 * Builds data/geo/provinces.json and data/geo/prefectures.json: GeoJSON
 * FeatureCollections with properties { adcode, name }, decoded from the
 * Apache-2.0 outlines of echarts@4.9.0, simplified (Douglas-Peucker, 0.005°)
 * and quantised to 3 decimals; and data/geo/south-china-sea.json, ECharts 4's
 * 南海诸岛 inset (the dashed national boundary line in the South China Sea),
 * a layer of its own: no adcode, not a province.
 *
 *   npx tsx scripts/build-reference/build-geo.ts   (after build-regions.ts)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  prefectureOutlines,
  provinceOutlines,
  southChinaSeaInset,
  type Outline,
} from './echarts-maps.ts';
import { quantiseRing, simplifyRing } from './geometry.ts';
import { chinaDivision } from './china-division.ts';
import { dataPath } from './paths.ts';

const DIGITS = 3;
/** Douglas-Peucker tolerance in degrees (~500 m): keeps each file under ~3 MB. */
const EPS = 0.005;

/** Current GB/T 2260 names (data/regions.json, built first by build-regions.ts). */
const names = new Map(
  (
    JSON.parse(readFileSync(dataPath('regions.json'), 'utf8')) as { code: string; nameZh: string }[]
  ).map((r) => [r.code, r.nameZh] as const),
);

function toFeature(o: Outline) {
  const polygons = o.polygons
    .map((poly) =>
      poly.map((r) => quantiseRing(simplifyRing(r, EPS), DIGITS)).filter((r) => r.length >= 4),
    )
    .filter((poly) => poly.length > 0);
  return {
    type: 'Feature' as const,
    properties: { adcode: o.adcode, name: names.get(o.adcode) ?? o.name },
    geometry:
      polygons.length === 1
        ? { type: 'Polygon' as const, coordinates: polygons[0] }
        : { type: 'MultiPolygon' as const, coordinates: polygons },
  };
}

function write(file: string, outlines: Outline[]): void {
  const fc = { type: 'FeatureCollection', features: outlines.map(toFeature) };
  const path = dataPath(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(fc) + '\n');
  console.log(`${file}: ${fc.features.length} features`);
}

const provinces = provinceOutlines().sort((a, b) => a.adcode.localeCompare(b.adcode));
write('geo/provinces.json', provinces);
const cities = chinaDivision().cities;
const { outlines, skipped } = prefectureOutlines((prefix, name) => {
  const c = cities.find((x) => x.provinceCode === prefix && x.name === name);
  return c ? `${c.code}00` : undefined;
});
write('geo/prefectures.json', outlines);
console.log(
  `not used (municipality districts, Taiwan counties: no prefecture code): ${skipped.length}`,
);

/**
 * The 南海诸岛 附图 as three features (coast strip, the ten dashes of the
 * national boundary line, the frame), in map coordinates, 4 decimals, not
 * simplified (the dashes are a few hundredths of a degree wide). Each has a
 * unique name (ECharts keys regions by name) and `layer`, `kind`, `nameEn`;
 * none has an adcode, so nothing looks it up as a region.
 */
function writeInset(file: string): void {
  const { parts } = southChinaSeaInset();
  const q = (ring: [number, number][]) =>
    ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
  const feature = (kind: string, name: string, nameEn: string, rings: [number, number][][]) => ({
    type: 'Feature' as const,
    properties: { layer: 'south-china-sea-inset', kind, name, nameEn },
    geometry:
      rings.length === 1
        ? { type: 'Polygon' as const, coordinates: [q(rings[0])] }
        : { type: 'MultiPolygon' as const, coordinates: rings.map((r) => [q(r)]) },
  });
  const of = (kind: string) => parts.filter((p) => p.kind === kind).map((p) => p.ring);
  const fc = {
    type: 'FeatureCollection',
    features: [
      feature('coast', '南海诸岛', 'South China Sea Islands', of('coast')),
      feature('dashed-line', '南海断续国界线', 'national boundary (dashed)', of('dash')),
      feature('frame', '南海诸岛附图图框', 'inset frame', of('frame')),
    ],
  };
  writeFileSync(dataPath(file), JSON.stringify(fc) + '\n');
  console.log(
    `${file}: ${of('dash').length} dashes, inset ${JSON.stringify(bbox(parts.flatMap((p) => p.ring)))}`,
  );
}

function bbox(pts: [number, number][]): [number, number, number, number] {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(
    (v) => Math.round(v * 1e3) / 1e3,
  ) as [number, number, number, number];
}

writeInset('geo/south-china-sea.json');
