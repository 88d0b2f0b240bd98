import { toSimplified } from '../../analytics/resolution/to-simplified.ts';
import { IndustryIndex } from '../../core/reference/industry-index.ts';
import { RegionIndex } from '../../core/reference/region-index.ts';
import { loadIndustries, loadRegions } from '../../store/reference.ts';

/**
 * The region index of an import: a name in traditional characters (廣東, 臺北) is looked up
 * again in simplified ones when it is not found as written — with strict places, a Big5 file
 * from Taiwan or Hong Kong would otherwise have every row refused.
 */
class ImportRegionIndex extends RegionIndex {
  override resolve(...[text, context]: Parameters<RegionIndex['resolve']>) {
    const found = super.resolve(text, context);
    if (found) return found;
    const simplified = toSimplified(text);
    return simplified === text ? null : super.resolve(simplified, context);
  }
}

let cached: { regions: RegionIndex; industries: IndustryIndex } | undefined;

/** The region and industry lookups built once from the bundled reference data. */
export function referenceIndexes(): { regions: RegionIndex; industries: IndustryIndex } {
  cached ??= {
    regions: new ImportRegionIndex(loadRegions()),
    industries: new IndustryIndex(loadIndustries()),
  };
  return cached;
}
