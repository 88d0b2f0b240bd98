import type { RegionIndustryMatrix } from './region-industry-matrix.ts';

/**
 * The non-zero cells of each industry column (compressed sparse columns):
 * column i holds rows `row[ptr[i]..ptr[i+1])` in increasing order with their
 * values. Column kernels (Gini, CRn, quartiles, pairs) read these instead of
 * striding through the row-major matrix. Two passes, O(rows × cols).
 */
export interface NonzeroColumns {
  readonly ptr: Int32Array;
  readonly row: Int32Array;
  readonly value: Float64Array;
}

export function nonzeroColumns(m: RegionIndustryMatrix): NonzeroColumns {
  const { rows, cols, values } = m;
  const ptr = new Int32Array(cols + 1);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) if (values[base + i] !== 0) ptr[i + 1]++;
  }
  for (let i = 0; i < cols; i++) ptr[i + 1] += ptr[i];
  const fill = ptr.slice(0, cols);
  const row = new Int32Array(ptr[cols]);
  const value = new Float64Array(ptr[cols]);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) {
      const v = values[base + i];
      if (v !== 0) {
        const p = fill[i]++;
        row[p] = r;
        value[p] = v;
      }
    }
  }
  return { ptr, row, value };
}
