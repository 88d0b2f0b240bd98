/**
 * A coarse test of "inside China": the bounding box of the mainland, Hainan,
 * Taiwan and the South China Sea islands (lon 73.4-135.1 E, lat 3.3-53.6 N).
 * It catches swapped lon/lat, projected metres and sign errors; it does not
 * try to tell a point in a neighbouring country from one in China.
 */
export const CHINA_BBOX = { minLon: 73.4, maxLon: 135.1, minLat: 3.3, maxLat: 53.6 } as const;

export function insideChina(lon: number, lat: number): boolean {
  return (
    lon >= CHINA_BBOX.minLon &&
    lon <= CHINA_BBOX.maxLon &&
    lat >= CHINA_BBOX.minLat &&
    lat <= CHINA_BBOX.maxLat
  );
}
