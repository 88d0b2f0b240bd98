import { placeGazetteer, type PlaceGazetteer } from '../../analytics/resolution/place-gazetteer.ts';
import { RegionIndex } from '../../core/reference/region-index.ts';
import { loadRegions } from '../../store/reference.ts';

let cached: { regions: RegionIndex; places: PlaceGazetteer } | undefined;

/** The region index and the place gazetteer resolution needs, built once from data/regions.json. */
export function resolutionReference(): { regions: RegionIndex; places: PlaceGazetteer } {
  if (!cached) {
    const all = loadRegions();
    cached = { regions: new RegionIndex(all), places: placeGazetteer(all) };
  }
  return cached;
}
