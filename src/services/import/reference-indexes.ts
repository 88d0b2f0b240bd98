import { IndustryIndex } from '../../core/reference/industry-index.ts';
import { RegionIndex } from '../../core/reference/region-index.ts';
import { loadIndustries, loadRegions } from '../../store/reference.ts';

let cached: { regions: RegionIndex; industries: IndustryIndex } | undefined;

/** The region and industry lookups built once from the bundled reference data. */
export function referenceIndexes(): { regions: RegionIndex; industries: IndustryIndex } {
  cached ??= {
    regions: new RegionIndex(loadRegions()),
    industries: new IndustryIndex(loadIndustries()),
  };
  return cached;
}
