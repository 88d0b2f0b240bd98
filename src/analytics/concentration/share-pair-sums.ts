/**
 * Sums over the industries two regions share, for every pair of regions:
 * Σ_i s_ai·s_bi ("product") or Σ_i min(s_ai, s_bi) ("min"), s_ri = x_ri / X_r.
 * The kernel behind structure-similarity.ts and krugman-dissimilarity.ts.
 *
 * Only industries where both regions are non-zero contribute, so the work is
 * Σ_i nnz_i² / 2 (≈ 570 M steps at 3,000 × 1,400, 30% fill) instead of the
 * dense R²·I / 2 (6.3 G). Rows are visited in order; for row a, each of its
 * columns is walked from just after a, accumulating into one dense row buffer
 * that stays in cache. Output: the packed upper triangle (upper-triangle.ts).
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { matrixMargins } from '../matrix/matrix-margins.ts';
import { nonzeroColumns } from '../matrix/nonzero-columns.ts';
import { pairCount } from '../matrix/upper-triangle.ts';

export function sharePairSums(m: RegionIndustryMatrix, op: 'product' | 'min'): Float64Array {
  const R = m.rows;
  const C = m.cols;
  const { rowSums } = matrixMargins(m);
  const { ptr, row, value } = nonzeroColumns(m);
  const share = new Float64Array(value.length);
  for (let k = 0; k < value.length; k++) share[k] = value[k] / rowSums[row[k]];
  const next = ptr.slice(0, C); // per column: position of the first row not yet passed
  const acc = new Float64Array(R);
  const out = new Float64Array(pairCount(R));
  let o = 0;
  for (let a = 0; a < R; a++) {
    acc.fill(0, a + 1);
    const base = a * C;
    for (let i = 0; i < C; i++) {
      if (m.values[base + i] === 0) continue;
      const p = next[i]; // row[p] === a
      next[i] = p + 1;
      const sa = share[p];
      const end = ptr[i + 1];
      if (op === 'product') {
        for (let q = p + 1; q < end; q++) acc[row[q]] += sa * share[q];
      } else {
        for (let q = p + 1; q < end; q++) {
          const sb = share[q];
          acc[row[q]] += sa < sb ? sa : sb;
        }
      }
    }
    for (let b = a + 1; b < R; b++) out[o++] = acc[b];
  }
  return out;
}
