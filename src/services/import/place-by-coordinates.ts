import type { Organization } from '../../core/model/organization.ts';
import { locateRegion } from '../spatial/locate-region.ts';
import type { LocatedRecord } from './atlas-resolution.ts';

/**
 * A record with coordinates and no region gets the region its point lies in
 * (services/spatial/locate-region.ts: point in polygon over the bundled
 * prefecture outlines, so a prefecture or a county-level city directly under
 * its province, never a county below a prefecture: no county outlines are
 * bundled). How it was found, against which outlines, and why no county was
 * set are recorded in its provenance note and in the import report; a point in no
 * outline but within 5 km of one (`nearest`) is a guess, so the record is
 * marked unverified. A point in no outline nor near one keeps no region.
 */
export function placeByCoordinates(
  o: Organization,
  row: number,
): { record: Organization; located?: LocatedRecord } {
  if (o.region || !o.coordinates) return { record: o };
  const place = locateRegion(o.coordinates[0], o.coordinates[1], o.crs ?? 'GCJ02');
  if (!place) return { record: o };
  const how = place.how;
  const note = `region ${place.region.code} ${place.region.nameZh} from the coordinates (${
    how === 'inside'
      ? 'inside its outline'
      : `nearest outline, ${place.distanceKm.toFixed(1)} km away`
  } in the ${place.outlines}${place.countyUnset ? `; county not set: ${place.countyUnset}` : ''})`;
  const provenance = {
    ...o.provenance,
    note: o.provenance.note ? `${o.provenance.note}; ${note}` : note,
    verified: how === 'inside' ? o.provenance.verified : false,
  };
  return {
    record: { ...o, region: place.region.code, provenance },
    located: {
      row,
      name: o.name,
      region: place.region.code,
      level: place.region.level,
      how,
      distanceKm: place.distanceKm,
      outlines: place.outlines,
      ...(place.countyUnset ? { countyUnset: place.countyUnset } : {}),
    },
  };
}
