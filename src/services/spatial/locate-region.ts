import { wgs84ToGcj02 } from '../../analytics/spatial/gcj02.ts';
import { RegionLocator } from '../../analytics/spatial/region-locator.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Region } from '../../core/model/region.ts';
import { RegionIndex } from '../../core/reference/region-index.ts';
import { loadGeo, loadRegions } from '../../store/reference.ts';

/**
 * The region a coordinate lies in, by point-in-polygon over the bundled
 * prefecture outlines (data/geo/prefectures.json, ECharts 4, GCJ-02): its
 * prefecture (a municipality's XX0100, or a county-level city directly under
 * its province such as 429004 仙桃市, given as `county`) and province. The
 * import calls it for rows with coordinates and no region.
 *
 * No county outlines are bundled (none under a licence that lets us ship
 * them: data/SOURCES.md, "County outlines — none bundled"), so no county is
 * given below a prefecture and `countyUnset` says why; `how: 'nearest'` marks a point in no outline but within 5 km of one (a
 * coast or border the simplified outlines miss): a guess to say so. A point
 * in no outline nor near one (at sea, abroad) gives null. The outlines are
 * simplified to about 500 m: a point nearer a border may fall either side.
 */

export interface PlacedCoordinate {
  province: Region;
  prefecture?: Region;
  /** Only a county-level city directly under its province (no county outlines are bundled). */
  county?: Region;
  /** The most detailed of the three. */
  region: Region;
  how: 'inside' | 'nearest';
  distanceKm: number;
  /** The outlines the point was tested against, for provenance. */
  outlines: string;
  /** Why no county is given, when the region found has counties below it. */
  countyUnset?: string;
}

/** The bundled outlines, named as their source is (data/SOURCES.md). */
export const LOCATOR_OUTLINES =
  'Apache ECharts 4.9.0 prefecture outlines (data/geo/prefectures.json, simplified to about 500 m)';

let cached: { locator: RegionLocator; regions: RegionIndex } | undefined;

function reference(): { locator: RegionLocator; regions: RegionIndex } {
  if (!cached) {
    const outlines = loadGeo('prefecture').features.map((f) => ({
      code: f.properties.adcode,
      polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
    }));
    cached = {
      locator: new RegionLocator(outlines as never),
      regions: new RegionIndex(loadRegions()),
    };
  }
  return cached;
}

export function locateRegion(
  lon: number,
  lat: number,
  crs: 'GCJ02' | 'WGS84' = 'GCJ02',
): PlacedCoordinate | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    throw new AtlasError('ATLAS_E_BAD_COORDINATE', `not a coordinate: ${lon}, ${lat}`, {
      lon,
      lat,
    });
  const [x, y] = crs === 'WGS84' ? wgs84ToGcj02(lon, lat) : [lon, lat];
  const { locator, regions } = reference();
  const hit = locator.locate(x, y);
  if (!hit) return null;
  const region = regions.get(hit.code);
  const province = regions.provinceOf(hit.code);
  if (!region || !province) return null;
  return {
    province,
    prefecture: region.level === 'prefecture' ? region : undefined,
    county: region.level === 'county' ? region : undefined,
    region,
    how: hit.nearest ? 'nearest' : 'inside',
    distanceKm: hit.distanceKm,
    outlines: LOCATOR_OUTLINES,
    ...(region.level === 'prefecture' && regions.children(region.code, 'county').length > 0
      ? { countyUnset: 'no county outlines are bundled' }
      : {}),
  };
}
