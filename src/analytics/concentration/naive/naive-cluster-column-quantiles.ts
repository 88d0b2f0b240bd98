/**
 * The obvious version of cluster-column-quantiles.ts, kept for tests: gathers
 * each column by striding through the matrix and sorts it.
 *
 * For each industry column, the p-quantile (type 7, quantile-sorted.ts) of a
 * per-cell score over the regions where the industry is present (x_ri > 0).
 * Used by the cluster-strength rules, which rank a region's cluster against
 * the same cluster in the other regions that have it.
 * Cost O(nnz log nnz).
 */
import type { RegionIndustryMatrix } from '../../matrix/region-industry-matrix.ts';
import { nonzeroColumns, type NonzeroColumns } from '../../matrix/nonzero-columns.ts';
import { quantileSorted } from '../../matrix/quantile-sorted.ts';

export function naiveClusterColumnQuantiles(
  presence: RegionIndustryMatrix,
  score: Float64Array,
  p: number,
  csc: NonzeroColumns = nonzeroColumns(presence),
): Float64Array {
  const { ptr, row } = csc;
  const cols = presence.cols;
  const buf = new Float64Array(row.length);
  const out = new Float64Array(cols);
  for (let i = 0; i < cols; i++) {
    for (let k = ptr[i]; k < ptr[i + 1]; k++) buf[k] = score[row[k] * cols + i];
    const col = buf.subarray(ptr[i], ptr[i + 1]).sort();
    out[i] = quantileSorted(col, p);
  }
  return out;
}
