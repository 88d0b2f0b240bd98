/**
 * Builds data/geo/provinces.json and data/geo/prefectures.json: GeoJSON
 * FeatureCollections with properties { adcode, name }, decoded from the
 * Apache-2.0 outlines of echarts@4.9.0, simplified (Douglas-Peucker, 0.005°)
 * and quantised to 3 decimals.
 *
 *   npx tsx scripts/build-reference/build-geo.ts   (after build-regions.ts)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { prefectureOutlines, provinceOutlines, type Outline } from './echarts-maps.ts';
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
