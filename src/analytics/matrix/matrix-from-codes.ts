import type { AtlasWarning } from '../../core/errors.ts';
import { dropEmpty } from './drop-empty.ts';
import { regionIndustryMatrix, type RegionIndustryMatrix } from './region-industry-matrix.ts';

/**
 * The dense matrix from long rows already coded: row k adds `values[k]` to
 * cell (regionCodes[k], industryCodes[k]) of a regions × industries matrix.
 * The same result as matrix-from-long.ts (its slow, obvious twin, kept for
 * the tests) when the labels are numbered by first appearance: duplicates
 * summed in row order, missing pairs 0, empty regions and industries dropped
 * with a warning (drop-empty.ts). Values must be finite and ≥ 0 (checked by
 * the matrix).
 * Cost: O(rows) over typed arrays plus the R × I allocation; no string
 * look-up per row (the readers coded the labels column-wise).
 */
export function matrixFromCodes(
  regions: readonly string[],
  industries: readonly string[],
  regionCodes: Int32Array,
  industryCodes: Int32Array,
  values: Float64Array,
): { matrix: RegionIndustryMatrix; warnings: AtlasWarning[] } {
  const cols = industries.length;
  const out = new Float64Array(regions.length * cols);
  const n = values.length;
  for (let k = 0; k < n; k++) out[regionCodes[k] * cols + industryCodes[k]] += values[k];
  return dropEmpty(regionIndustryMatrix([...regions], [...industries], out));
}
