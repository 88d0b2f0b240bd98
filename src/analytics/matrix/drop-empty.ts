import { warning, type AtlasWarning } from '../../core/errors.ts';
import { matrixMargins } from './matrix-margins.ts';
import { regionIndustryMatrix, type RegionIndustryMatrix } from './region-industry-matrix.ts';

/**
 * Removes regions and industries whose values are all zero. Shares of an
 * empty row are 0/0: rather than emit NaN rows, every metric works on the
 * matrix without them, and the caller is told with ATLAS_W_EMPTY_DROPPED.
 * Returns the matrix itself when nothing is empty.
 */
export function dropEmpty(m: RegionIndustryMatrix): {
  matrix: RegionIndustryMatrix;
  warnings: AtlasWarning[];
} {
  const { rowSums, colSums } = matrixMargins(m);
  const keepR: number[] = [];
  const keepC: number[] = [];
  for (let r = 0; r < m.rows; r++) if (rowSums[r] > 0) keepR.push(r);
  for (let i = 0; i < m.cols; i++) if (colSums[i] > 0) keepC.push(i);
  if (keepR.length === m.rows && keepC.length === m.cols) return { matrix: m, warnings: [] };

  const droppedRegions = m.regions.filter((_, r) => !(rowSums[r] > 0));
  const droppedIndustries = m.industries.filter((_, i) => !(colSums[i] > 0));
  const values = new Float64Array(keepR.length * keepC.length);
  let k = 0;
  for (const r of keepR) {
    const base = r * m.cols;
    for (const i of keepC) values[k++] = m.values[base + i];
  }
  const parts = [
    droppedRegions.length
      ? `${droppedRegions.length} empty region(s): ${droppedRegions.join(', ')}`
      : '',
    droppedIndustries.length
      ? `${droppedIndustries.length} empty industr(y/ies): ${droppedIndustries.join(', ')}`
      : '',
  ].filter(Boolean);
  return {
    matrix: regionIndustryMatrix(
      keepR.map((r) => m.regions[r]),
      keepC.map((i) => m.industries[i]),
      values,
    ),
    warnings: [
      warning('ATLAS_W_EMPTY_DROPPED', `Dropped ${parts.join('; ')}`, {
        regions: droppedRegions,
        industries: droppedIndustries,
      }),
    ],
  };
}
