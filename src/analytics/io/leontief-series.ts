/**
 * The Leontief inverse by its power series: the slow, obvious version that
 * tests hold leontief-inverse.ts against.
 *
 * Formula   L = I + A + A² + A³ + …  (Neumann series of (I − A)⁻¹)
 * Symbols   A n × n direct coefficients.
 * Convention stops when the largest entry of the last term A^k is below `tolerance` (1e-15),
 *           or after `maxTerms` (10,000) terms.
 * Edge cases diverges when the spectral radius of A is ≥ 1 (not a productive economy): throws
 *           RangeError after maxTerms. Converges slowly when a column sum is close to 1.
 * Cost      O(k·n³) for k terms; each term is one dense product. For tests only.
 * References Miller and Blair (2009) §2.5, eq. (2.20) (the power series approximation).
 */
import type { SquareMatrix } from './square-matrix.ts';

export function leontiefSeries(
  a: SquareMatrix,
  opts: { tolerance?: number; maxTerms?: number } = {},
): SquareMatrix {
  const { n, values } = a;
  const tol = opts.tolerance ?? 1e-15;
  const maxTerms = opts.maxTerms ?? 10_000;
  const sum = new Float64Array(n * n);
  let term = new Float64Array(n * n);
  for (let i = 0; i < n; i++) term[i * n + i] = 1;
  for (let k = 0; k < maxTerms; k++) {
    let largest = 0;
    for (let q = 0; q < n * n; q++) {
      sum[q] += term[q];
      if (Math.abs(term[q]) > largest) largest = Math.abs(term[q]);
    }
    if (largest < tol) return { n, values: sum };
    const next = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let m = 0; m < n; m++) {
        const t = term[i * n + m];
        if (t === 0) continue;
        for (let j = 0; j < n; j++) next[i * n + j] += t * values[m * n + j];
      }
    term = next;
  }
  throw new RangeError(`power series did not converge in ${maxTerms} terms`);
}
