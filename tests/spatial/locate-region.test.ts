import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointInPolygon, pointInRing } from '../../src/analytics/spatial/point-in-polygon.ts';
import { RegionLocator } from '../../src/analytics/spatial/region-locator.ts';
import { gcj02ToWgs84 } from '../../src/analytics/spatial/gcj02.ts';
import { locateRegion } from '../../src/services/spatial/locate-region.ts';
import { RegionIndex } from '../../src/core/reference/region-index.ts';
import { loadRegions } from '../../src/store/reference.ts';

const ring = (pts: [number, number][]) => new Float64Array(pts.flat());
const square = ring([
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
]);
const hole = ring([
  [1, 1],
  [3, 1],
  [3, 3],
  [1, 3],
]);

describe('pointInPolygon (even-odd rule)', () => {
  it('tells inside, outside and holes', () => {
    expect(pointInRing(2, 2, square)).toBe(true);
    expect(pointInRing(5, 2, square)).toBe(false);
    expect(pointInPolygon(2, 2, [square, hole])).toBe(false);
    expect(pointInPolygon(0.5, 2, [square, hole])).toBe(true);
    expect(
      pointInRing(
        1,
        1,
        ring([
          [0, 0],
          [1, 1],
        ]),
      ),
    ).toBe(false);
  });
});

describe('RegionLocator', () => {
  const outlines = [
    {
      code: 'A',
      polygons: [
        [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
          ] as [number, number][],
        ],
      ],
    },
    {
      code: 'B',
      polygons: [
        [
          [
            [4, 0],
            [8, 0],
            [8, 4],
            [4, 4],
          ] as [number, number][],
        ],
      ],
    },
  ];
  it('finds the outline holding a point, as testing every outline does', () => {
    const locator = new RegionLocator(outlines, 50);
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 1;
    for (let k = 0; k < 500; k++) {
      const [x, y] = [rand(), rand()];
      const brute = outlines.find((o) =>
        o.polygons.some((p) =>
          pointInPolygon(
            x,
            y,
            p.map((r) => ring(r)),
          ),
        ),
      );
      const hit = locator.locate(x, y);
      if (brute) expect(hit).toEqual({ code: brute.code, nearest: false, distanceKm: 0 });
      else expect(hit?.nearest ?? true).toBe(true);
    }
  });
  it('gives the nearest outline within the tolerance, else nothing', () => {
    const locator = new RegionLocator(outlines, 20);
    const near = locator.locate(8.1, 2); // 0.1° east of B: ~11 km
    expect(near?.code).toBe('B');
    expect(near?.nearest).toBe(true);
    expect(near?.distanceKm).toBeCloseTo(11.1, 0);
    expect(locator.locate(9, 2)).toBeNull();
  });
});

describe('locateRegion over the bundled prefecture outlines', () => {
  it('places known points in their prefecture and province', () => {
    const cs = locateRegion(112.938814, 28.228209);
    expect([cs?.region.code, cs?.province.code, cs?.how]).toEqual(['430100', '430000', 'inside']);
    expect(locateRegion(114.06, 22.54)?.prefecture?.nameZh).toBe('深圳市');
    expect(locateRegion(113.45, 30.36)?.county?.nameZh).toBe('仙桃市');
    expect(locateRegion(125, 30)).toBeNull(); // the East China Sea
    const [wx, wy] = gcj02ToWgs84(112.938814, 28.228209);
    expect(locateRegion(wx, wy, 'WGS84')?.region.code).toBe('430100');
    expect(() => locateRegion(200, 28)).toThrow(/not a coordinate/);
  });

  it('never guesses a county below a prefecture, and says why and against which outlines', () => {
    // 星沙, the seat of 长沙县 (430121): no county outlines are bundled, so 长沙市 only.
    const xs = locateRegion(113.08, 28.24);
    expect([xs?.region.code, xs?.prefecture?.code, xs?.county]).toEqual([
      '430100',
      '430100',
      undefined,
    ]);
    expect(xs?.countyUnset).toBe('no county outlines are bundled');
    expect(xs?.outlines).toMatch(/ECharts 4\.9\.0 prefecture outlines/);
    // A county-level city with an outline of its own is given, with nothing unset.
    const xt = locateRegion(113.45, 30.36);
    expect([xt?.county?.code, xt?.countyUnset]).toEqual(['429004', undefined]);
  });

  it('places the real prefecture centres (../shared/data/cn-city-centres) in their own prefecture', () => {
    const rows = readFileSync('../shared/data/cn-city-centres/prefecture_city_centres.csv', 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
    expect(rows.length).toBeGreaterThan(350);
    let same = 0;
    for (const [code, , , level, lon, lat] of rows) {
      const hit = locateRegion(Number(lon), Number(lat));
      // A municipality's outline carries its prefecture code (110000 → 110100).
      const want = level === 'municipality' ? `${code.slice(0, 2)}0100` : code;
      if (hit && (hit.region.code === code || hit.region.code === want)) same++;
    }
    // A centre may fall in a neighbour where the outlines were simplified or codes moved.
    expect(same / rows.length).toBeGreaterThanOrEqual(0.97);
  });

  it('places the real county seats (DataV, tests only) in their own prefecture and guesses no county below it', () => {
    const regions = new RegionIndex(loadRegions());
    const rows = readFileSync(
      '../shared/data/china-admin/china_admin_centroids_datav_v3.csv',
      'utf8',
    )
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
    let seats = 0;
    let same = 0;
    for (const [code, , level, , lon, lat] of rows) {
      const county = regions.get(code);
      if (level !== 'district' || county?.level !== 'county' || !lon) continue;
      seats++;
      const hit = locateRegion(Number(lon), Number(lat));
      if (hit?.region.code !== county.parent) continue;
      same++;
      expect([hit.county, hit.countyUnset]).toEqual([undefined, 'no county outlines are bundled']);
    }
    expect(seats).toBeGreaterThan(2700);
    // 2,786 of 2,789 when measured; a seat by a prefecture border may fall over it.
    expect(same / seats).toBeGreaterThanOrEqual(0.995);
  });
});
