/**
 * Direct (technical) input coefficients of an input-output table.
 *
 * Formula   A = Z · diag(x)⁻¹, i.e. a_ij = z_ij / x_j
 * Symbols   z_ij intermediate use by sector j (column, buyer) of the products of sector i
 *           (row, supplier); x_j total input (= total output) of sector j.
 * Convention a_ij is what j buys from i per unit of its own output ("direct requirement",
 *           直接消耗系数). A sector with x_j = 0 gets a zero column (nothing is bought to make
 *           nothing) instead of NaN. For a table with competitive imports, Z includes imported
 *           inputs (the NBS convention), so A is technical, not domestic, requirements.
 * Edge cases x_j < 0 is refused (RangeError): no table has negative output.
 * Cost      O(n²).
 * References Miller and Blair (2009) Input-Output Analysis, 2nd ed., §2.2, eq. (2.4);
 *           国家统计局 投入产出表编制方法 (直接消耗系数).
 */
import type { SquareMatrix } from './square-matrix.ts';

export function directCoefficients(z: SquareMatrix, x: ArrayLike<number>): SquareMatrix {
  const { n, values } = z;
  if (x.length !== n) throw new RangeError(`x has ${x.length} values for ${n} sectors`);
  const inv = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (!(x[j] >= 0)) throw new RangeError(`total input of sector ${j} is ${x[j]}`);
    inv[j] = x[j] === 0 ? 0 : 1 / x[j];
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) out[base + j] = values[base + j] * inv[j];
  }
  return { n, values: out };
}
