import type { RowContext } from './row-context.ts';
import type { RegionField, RowRegion } from './resolve-row-region.ts';

/**
 * The strict-places rule of an organisations import: a region cell that names
 * no region of GB/T 2260 (火星省, a typo, a district of another city) refuses
 * its row with ATLAS_E_ROW_UNKNOWN_REGION, naming the column and the value,
 * instead of writing the firm with no place. A region is looked up by code,
 * Chinese name, short name, English and pinyin name (core/reference's
 * RegionIndex); a staged bulk import applies the same rule in SQL.
 */
export function unknownRegionIssues(rr: RowRegion, bad: RowContext<RegionField>['bad']): void {
  for (const u of rr.unresolved)
    bad(
      u.field,
      u.text,
      `region "${u.text}" not found: give a GB/T 2260 code or a region name (Chinese, English or pinyin)`,
      'ATLAS_E_ROW_UNKNOWN_REGION',
    );
}
