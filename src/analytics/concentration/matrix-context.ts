/**
 * What several concentration kernels compute from the same matrix, computed
 * once and shared: margins (X_r, X_i, X), the non-zero cells by column (CSC),
 * each column's non-zero values sorted, and the location quotients.
 *
 * Why       run one by one, the kernels of a metric suite recompute margins
 *           (7 of them), the CSC (4), LQ (3) and sort the same columns (Gini
 *           and the size floors of the cluster-strength rules). Passing one
 *           context to each does that work once. Every kernel still takes the
 *           matrix alone (it then builds its own context): results are the
 *           same bit for bit either way.
 * Use       const ctx = new MatrixContext(m); giniIndustry(m, ctx); …
 *           A context belongs to one matrix and must not outlive changes to it.
 * Cost      each part O(R·I) once (sorted columns O(nnz log nnz)), on first use.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { matrixMargins, type MatrixMargins } from '../matrix/matrix-margins.ts';
import { nonzeroColumns, type NonzeroColumns } from '../matrix/nonzero-columns.ts';
import { quantileSorted } from '../matrix/quantile-sorted.ts';

export class MatrixContext {
  private _margins?: MatrixMargins;
  private _csc?: NonzeroColumns;
  private _sorted?: Float64Array;
  private _lq?: Float64Array;

  constructor(readonly m: RegionIndustryMatrix) {}

  get margins(): MatrixMargins {
    return (this._margins ??= matrixMargins(this.m));
  }

  get csc(): NonzeroColumns {
    return (this._csc ??= nonzeroColumns(this.m));
  }

  /** The CSC values with each column's segment sorted ascending (a copy). */
  get sortedColumns(): Float64Array {
    if (!this._sorted) {
      const { ptr, value } = this.csc;
      const s = value.slice();
      for (let i = 0; i < this.m.cols; i++) s.subarray(ptr[i], ptr[i + 1]).sort();
      this._sorted = s;
    }
    return this._sorted;
  }

  /** Location quotients, computed by `compute` on first use (location-quotient.ts passes itself). */
  lq(compute: (m: RegionIndustryMatrix, ctx: MatrixContext) => Float64Array): Float64Array {
    return (this._lq ??= compute(this.m, this));
  }

  /** Type-7 p-quantile of each column's non-zero values, from the sorted columns. */
  valueQuantiles(p: number): Float64Array {
    const { ptr } = this.csc;
    const sorted = this.sortedColumns;
    const out = new Float64Array(this.m.cols);
    for (let i = 0; i < this.m.cols; i++) out[i] = quantileSorted(sorted, p, ptr[i], ptr[i + 1]);
    return out;
  }
}
