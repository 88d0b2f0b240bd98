import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { RegionIndex } from '../../src/core/reference/region-index.ts';
import { loadGeo, loadRegions, referencePath } from '../../src/store/reference.ts';

const index = new RegionIndex(loadRegions());

describe('bundled outlines', () => {
  it('has one province feature per province-level unit, each with a known adcode', () => {
    const fc = loadGeo('province');
    expect(fc.features).toHaveLength(34);
    for (const f of fc.features) expect(index.get(f.properties.adcode)?.level).toBe('province');
  });

  it('has prefecture features whose adcodes all exist in regions.json', () => {
    const fc = loadGeo('prefecture');
    const codes = fc.features.map((f) => f.properties.adcode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(index.get(c), c).toBeDefined();
    // every prefecture has an outline, except the 省直辖县级 groupings (their
    // county-level cities have their own, e.g. 429004 仙桃市)
    const missing = loadRegions()
      .filter((r) => r.level === 'prefecture' && !r.nameZh.includes('直辖'))
      .filter((r) => !codes.includes(r.code))
      .map((r) => r.code);
    expect(missing).toEqual([]);
  });

  it('keeps each file under 3 MB', () => {
    for (const f of ['geo/provinces.json', 'geo/prefectures.json']) {
      expect(statSync(referencePath(f)).size).toBeLessThan(3_000_000);
    }
  });
});

type Position = [number, number];
interface LayerFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}
/** The polygons of a feature (each a list of rings). */
function polygons(f: { geometry: LayerFeature['geometry'] }): Position[][][] {
  return f.geometry.type === 'Polygon'
    ? [f.geometry.coordinates as Position[][]]
    : (f.geometry.coordinates as Position[][][]);
}
function bbox(pts: Position[]): [number, number, number, number] {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
const within = (p: Position, [x0, y0, x1, y1]: number[]) =>
  p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;

describe('the South China Sea (南海诸岛) on the China map', () => {
  const layer = JSON.parse(readFileSync(referencePath('geo/south-china-sea.json'), 'utf8')) as {
    type: string;
    features: LayerFeature[];
  };
  const byKind = (kind: string) => layer.features.filter((f) => f.properties.kind === kind);
  // ECharts 4's inset box: top-left corner at 126°E 25°N, 64/10.5° wide, 93.1·0.75/10.5° tall
  const INSET: [number, number, number, number] = [
    126,
    25 - (93.1 * 0.75) / 10.5,
    126 + 64 / 10.5,
    25,
  ];

  it('is a layer of its own: coast, the dashed line and the frame, none a region', () => {
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features.map((f) => f.properties.kind)).toEqual(['coast', 'dashed-line', 'frame']);
    const regionNames = new Set(loadRegions().map((r) => r.nameZh));
    const names = layer.features.map((f) => String(f.properties.name));
    expect(new Set(names).size).toBe(names.length);
    for (const f of layer.features) {
      expect(f.properties).not.toHaveProperty('adcode');
      expect(f.properties.layer).toBe('south-china-sea-inset');
      expect(regionNames.has(String(f.properties.name))).toBe(false);
      expect(String(f.properties.nameEn)).not.toBe('');
    }
    // and not mixed into the outlines the regions are looked up in
    for (const level of ['province', 'prefecture'] as const) {
      for (const f of loadGeo(level).features) expect(names).not.toContain(f.properties.name);
    }
  });

  it('draws the ten dashes of the national boundary line inside the frame', () => {
    const [dashes] = byKind('dashed-line');
    const rings = polygons(dashes).map((p) => p[0]);
    expect(rings).toHaveLength(10);
    const frame = bbox(polygons(byKind('frame')[0]).flat(2));
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      const [x0, y0, x1, y1] = bbox(ring);
      // a dash: short (under 1° across), inside the frame, not touching it
      expect(Math.max(x1 - x0, y1 - y0)).toBeLessThan(1);
      expect(x0).toBeGreaterThan(frame[0] + 0.05);
      expect(x1).toBeLessThan(frame[2] - 0.05);
      expect(y0).toBeGreaterThan(frame[1] + 0.05);
      expect(y1).toBeLessThan(frame[3]);
    }
    // spread round the sea: west, south and east sides of the box
    const centres = rings.map((r) => bbox(r)).map((b) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
    const mid = (INSET[0] + INSET[2]) / 2;
    expect(centres.filter((c) => c[0] < mid).length).toBeGreaterThanOrEqual(4);
    expect(centres.filter((c) => c[0] > mid).length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...centres.map((c) => c[1]))).toBeLessThan(
      INSET[1] + 0.25 * (INSET[3] - INSET[1]),
    );
  });

  it('sits in the lower right of the country (east of Taiwan), clear of every outline', () => {
    const all = layer.features.flatMap((f) => polygons(f).flat(2));
    const box = bbox(all);
    for (let i = 0; i < 4; i++) expect(box[i]).toBeCloseTo(INSET[i], 2);
    const provinces = loadGeo('province').features.flatMap((f) =>
      polygons(f as unknown as LayerFeature).flat(2),
    );
    const country = bbox(provinces);
    // in the lower right quarter of the country's extent
    expect(box[0]).toBeGreaterThan((country[0] + country[2]) / 2);
    expect(box[3]).toBeLessThan((country[1] + country[3]) / 2);
    // no province vertex inside the box (Taiwan, 钓鱼岛 and 赤尾屿 are west or north of it)
    expect(provinces.filter((p) => within(p, box))).toEqual([]);
  });

  it('keeps the islands at their true places: 三沙市 (西沙, 中沙, 南沙), 东沙, 钓鱼岛', () => {
    const prefectures = loadGeo('prefecture').features;
    const sansha = prefectures.find((f) => f.properties.adcode === '460300')!;
    const islands = polygons(sansha as unknown as LayerFeature).map((p) => bbox(p[0]));
    expect(islands.length).toBeGreaterThan(150);
    // every island in the South China Sea
    for (const b of islands) expect(within([b[0], b[1]], [109, 3.5, 118.5, 20])).toBe(true);
    const some = (area: number[]) => islands.some((b) => within([b[0], b[1]], area));
    expect(some([111, 15.5, 113, 17.2])).toBe(true); // 西沙群岛
    expect(some([117.5, 14.8, 118, 15.3])).toBe(true); // 黄岩岛 (中沙群岛)
    expect(some([111.5, 3.5, 112.5, 4.5])).toBe(true); // 曾母暗沙
    expect(some([113, 7, 117, 11.5])).toBe(true); // 南沙群岛
    const province = (code: string) =>
      loadGeo('province')
        .features.find((f) => f.properties.adcode === code)!
        .geometry.coordinates.flat(2) as unknown as Position[];
    expect(province('440000').some((p) => within(p, [116.7, 20.5, 117, 20.8]))).toBe(true); // 东沙群岛
    expect(province('710000').some((p) => within(p, [123.3, 25.6, 123.7, 25.9]))).toBe(true); // 钓鱼岛
    expect(province('710000').some((p) => within(p, [124.5, 25.8, 124.9, 26.1]))).toBe(true); // 赤尾屿
  });
});
