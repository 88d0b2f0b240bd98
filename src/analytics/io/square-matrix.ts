/**
 * A dense n × n matrix in row-major order: `values[i * n + j]` is row i,
 * column j. For input-output tables, rows are supplying sectors and columns
 * buying sectors (z_ij: what j buys from i).
 */
export interface SquareMatrix {
  n: number;
  values: Float64Array;
}

/** Wraps row arrays (as the table files hold them) into a SquareMatrix; checks the shape. */
export function squareFromRows(rows: readonly (readonly number[])[]): SquareMatrix {
  const n = rows.length;
  const values = new Float64Array(n * n);
  rows.forEach((r, i) => {
    if (r.length !== n) throw new RangeError(`row ${i} has ${r.length} values, not ${n}`);
    values.set(r, i * n);
  });
  return { n, values };
}
