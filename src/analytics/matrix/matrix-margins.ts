import type { RegionIndustryMatrix } from './region-industry-matrix.ts';

/** Row sums X_r, column sums X_i and the grand total X of a matrix. */
export interface MatrixMargins {
  readonly rowSums: Float64Array;
  readonly colSums: Float64Array;
  readonly total: number;
}

/** One pass in memory order; O(rows × cols). */
export function matrixMargins(m: RegionIndustryMatrix): MatrixMargins {
  const { rows, cols, values } = m;
  const rowSums = new Float64Array(rows);
  const colSums = new Float64Array(cols);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let s = 0;
    for (let i = 0; i < cols; i++) {
      const v = values[base + i];
      s += v;
      colSums[i] += v;
    }
    rowSums[r] = s;
    total += s;
  }
  return { rowSums, colSums, total };
}
