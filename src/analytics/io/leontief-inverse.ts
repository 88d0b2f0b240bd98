/**
 * The Leontief inverse (total requirements matrix) of a coefficient matrix.
 *
 * Formula   L = (I − A)⁻¹, so that x = L·f for final demand f
 * Symbols   A n × n direct coefficients (direct-coefficients.ts); l_ij is the output of sector
 *           i needed, directly and indirectly, per unit of final demand for the products of j
 *           (完全需要系数; the NBS 完全消耗系数 is L − I).
 * Method    Gauss-Jordan elimination with partial pivoting on [I − A | I]: O(n³), 153 × 153 in
 *           a few milliseconds. The same kernel inverts I − B for the Ghosh inverse
 *           (ghosh-inverse.ts). The slow, obvious check is the power series
 *           I + A + A² + … (leontief-series.ts), which converges when every column sum of A
 *           is below 1, as in any productive table.
 * Convention rows and columns in the order of A.
 * Edge cases a pivot below 1e-12 (I − A singular: a closed sector that uses all its own
 *           output) throws RangeError naming the column; callers turn it into an atlas error.
 * Cost      O(n³) time, O(n²) memory.
 * References Leontief (1936) Rev. Econ. Stat. 18: 105-125; Miller and Blair (2009) §2.3,
 *           eq. (2.11); Golub and Van Loan, Matrix Computations, 4th ed., §3.4.
 */
import type { SquareMatrix } from './square-matrix.ts';

/** (I − M)⁻¹ for any square M; exported for the Ghosh inverse. */
export function inverseOfIdentityMinus(m: SquareMatrix): SquareMatrix {
  const { n, values } = m;
  const w = 2 * n; // augmented row width: [I − M | I]
  const a = new Float64Array(n * w);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * w + j] = (i === j ? 1 : 0) - values[i * n + j];
    a[i * w + n + i] = 1;
  }
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * w + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * w + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best < 1e-12) throw new RangeError(`I − A is singular at column ${k}`);
    if (p !== k)
      for (let j = 0; j < w; j++) {
        const t = a[k * w + j];
        a[k * w + j] = a[p * w + j];
        a[p * w + j] = t;
      }
    const inv = 1 / a[k * w + k];
    for (let j = 0; j < w; j++) a[k * w + j] *= inv;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const f = a[i * w + k];
      if (f === 0) continue;
      for (let j = 0; j < w; j++) a[i * w + j] -= f * a[k * w + j];
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) out.set(a.subarray(i * w + n, i * w + w), i * n);
  return { n, values: out };
}

export function leontiefInverse(a: SquareMatrix): SquareMatrix {
  return inverseOfIdentityMinus(a);
}
