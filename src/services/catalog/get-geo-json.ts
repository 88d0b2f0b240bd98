import { GEO_LEVELS, type GeoLevel } from '../../contract/geo.ts';
import { AtlasError } from '../../core/errors.ts';
import { loadGeo } from '../../store/reference.ts';

const cache = new Map<GeoLevel, string>();

/**
 * Province or prefecture outlines (GeoJSON, features with `adcode` and
 * `name`) for the map, serialised once: the files are large and never
 * change while the program runs.
 */
export async function getGeoJson(level: string): Promise<string> {
  if (!(GEO_LEVELS as readonly string[]).includes(level)) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', `level must be one of ${GEO_LEVELS.join(', ')}`, {
      field: 'level',
      value: level,
    });
  }
  const key = level as GeoLevel;
  let text = cache.get(key);
  if (text === undefined) {
    // loadGeo may read synchronously or not; await covers both.
    text = JSON.stringify(await loadGeo(key));
    cache.set(key, text);
  }
  return text;
}
