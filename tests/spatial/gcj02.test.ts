import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outsideChina, wgs84ToGcj02 } from '../../src/analytics/spatial/gcj02.ts';
import { haversineKm } from '../../src/analytics/spatial/haversine.ts';

describe('GCJ-02 ⇄ WGS-84', () => {
  it('round trip WGS → GCJ → WGS within 1e-9° over China', () => {
    for (let lon = 74; lon <= 134; lon += 3.7)
      for (let lat = 18; lat <= 53; lat += 2.9) {
        const [gx, gy] = wgs84ToGcj02(lon, lat);
        const [wx, wy] = gcj02ToWgs84(gx, gy);
        expect(Math.abs(wx - lon)).toBeLessThan(1e-9);
        expect(Math.abs(wy - lat)).toBeLessThan(1e-9);
      }
  });

  it('offsets by a few hundred metres in China', () => {
    // Tian'anmen, Chengdu, Shenzhen: the offset is 100–700 m everywhere in China.
    for (const [lon, lat] of [
      [116.3913, 39.9075],
      [104.0657, 30.6595],
      [114.0579, 22.5431],
    ]) {
      const [gx, gy] = wgs84ToGcj02(lon, lat);
      const d = haversineKm(lon, lat, gx, gy);
      expect(d).toBeGreaterThan(0.1);
      expect(d).toBeLessThan(0.7);
    }
  });

  it('no offset outside China', () => {
    expect(outsideChina(2.35, 48.85)).toBe(true);
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(-74, 40.7)).toEqual([-74, 40.7]);
  });
});

describe('haversine', () => {
  it('one degree of the equator is R·π/180 km; Beijing–Shanghai about 1,067 km', () => {
    expect(haversineKm(0, 0, 1, 0)).toBeCloseTo((6371.0088 * Math.PI) / 180, 9);
    expect(haversineKm(116.4074, 39.9042, 121.4737, 31.2304)).toBeCloseTo(1067.3, 0);
    expect(haversineKm(179.5, 0, -179.5, 0)).toBeCloseTo((6371.0088 * Math.PI) / 180, 9);
  });
});
