/**
 * For each industry column, the p-quantile (type 7, quantile-sorted.ts) of a
 * per-cell score over the regions where the industry is present (x_ri > 0).
 * Used by the cluster-strength rules, which rank a region's cluster against
 * the same cluster in the other regions that have it.
 * Speed     the scores are gathered in one row-major pass (sequential reads;
 *           a column-wise gather strides 11 kB per value at 1,400 columns and
 *           misses the cache each time), and each quantile is found by
 *           selection (quantile-select.ts), not by sorting. The obvious version
 *           is naive/naive-cluster-column-quantiles.ts; results are equal.
 * Cost      O(R·I + nnz) expected.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { nonzeroColumns, type NonzeroColumns } from '../matrix/nonzero-columns.ts';
import { quantileSelect } from '../matrix/quantile-select.ts';

export function clusterColumnQuantiles(
  presence: RegionIndustryMatrix,
  score: Float64Array,
  p: number,
  csc: NonzeroColumns = nonzeroColumns(presence),
): Float64Array {
  const { ptr } = csc;
  const { rows, cols, values } = presence;
  const buf = new Float64Array(ptr[cols]);
  const fill = ptr.slice(0, cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) if (values[base + i] !== 0) buf[fill[i]++] = score[base + i];
  }
  const out = new Float64Array(cols);
  for (let i = 0; i < cols; i++) out[i] = quantileSelect(buf, p, ptr[i], ptr[i + 1]);
  return out;
}
