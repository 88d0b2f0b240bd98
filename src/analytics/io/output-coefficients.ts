/**
 * Direct output (allocation) coefficients of an input-output table, the
 * supply-side counterpart of the input coefficients.
 *
 * Formula   B = diag(x)⁻¹ · Z, i.e. b_ij = z_ij / x_i
 * Symbols   z_ij intermediate use by sector j of the products of sector i; x_i total output
 *           of sector i.
 * Convention b_ij is the share of i's output sold to j as an intermediate input (直接分配系数).
 *           A sector with x_i = 0 gets a zero row.
 * Edge cases x_i < 0 is refused (RangeError).
 * Cost      O(n²).
 * References Ghosh (1958) Economica 25: 58-64; Miller and Blair (2009) §12.1, eq. (12.1).
 */
import type { SquareMatrix } from './square-matrix.ts';

export function outputCoefficients(z: SquareMatrix, x: ArrayLike<number>): SquareMatrix {
  const { n, values } = z;
  if (x.length !== n) throw new RangeError(`x has ${x.length} values for ${n} sectors`);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    if (!(x[i] >= 0)) throw new RangeError(`total output of sector ${i} is ${x[i]}`);
    if (x[i] === 0) continue;
    const inv = 1 / x[i];
    const base = i * n;
    for (let j = 0; j < n; j++) out[base + j] = values[base + j] * inv;
  }
  return { n, values: out };
}
