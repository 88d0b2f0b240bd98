/**
 * The Ghosh inverse (output inverse) of an allocation-coefficient matrix.
 *
 * Formula   G = (I − B)⁻¹, so that xᵀ = vᵀ·G for primary inputs v
 * Symbols   B n × n direct output coefficients (output-coefficients.ts); g_ij is the output
 *           of sector j that follows, directly and indirectly, from one unit of primary input
 *           into sector i.
 * Convention G = diag(x)⁻¹ · L · diag(x) (Miller and Blair eq. 12.10); computed by the same
 *           Gauss-Jordan kernel as the Leontief inverse.
 * Edge cases as leontief-inverse.ts (singular I − B throws RangeError).
 * Cost      O(n³).
 * References Ghosh (1958) Economica 25: 58-64; Miller and Blair (2009) §12.1.
 */
import { inverseOfIdentityMinus } from './leontief-inverse.ts';
import type { SquareMatrix } from './square-matrix.ts';

export function ghoshInverse(b: SquareMatrix): SquareMatrix {
  return inverseOfIdentityMinus(b);
}
