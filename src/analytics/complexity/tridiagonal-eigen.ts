/**
 * Eigenvalues and eigenvectors of a small symmetric tridiagonal matrix
 * (the Lanczos matrix T_k of second-eigenvector.ts).
 *
 * Method    implicit QL with Wilkinson-type shifts (the EISPACK tql2 scheme), accumulating
 *           the rotations into Z = I.
 * Symbols   diag[0..k), off[0..k−1) with off[j] = T[j][j+1]; returns values ascending and
 *           vectors column-wise: vectors[j·k + i] = component i of the eigenvector of values[j].
 * Edge cases k = 1 → the single value, vector (1).
 * Cost      O(k³) with vectors (k ≤ a few hundred here); O(k²) for the eigenvalues and the
 *           last components only (tridiagonalLastComponents).
 * References Bowdler, Martin, Reinsch and Wilkinson (1968) Numer. Math. 11: 293-306 (tql2);
 *           Golub and Van Loan, Matrix Computations, 4th ed., §8.3.
 */
export function tridiagonalEigen(
  diag: ArrayLike<number>,
  off: ArrayLike<number>,
): { values: Float64Array; vectors: Float64Array } {
  const n = diag.length;
  // z[row * n + col]: column col is an eigenvector.
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i * n + i] = 1;
  const d = tql2(diag, off, z, n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d[a] - d[b]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, j) => {
    values[j] = d[src];
    for (let i = 0; i < n; i++) vectors[j * n + i] = z[i * n + src];
  });
  return { values, vectors };
}

/**
 * The eigenvalues (ascending) and the last component of each eigenvector,
 * last[j] for values[j]: the same rotations applied to the last row of Z
 * only, O(k²) instead of O(k³) — what a Lanczos convergence test needs
 * (the residual of Ritz pair j is |β_k · last[j]|).
 */
export function tridiagonalLastComponents(
  diag: ArrayLike<number>,
  off: ArrayLike<number>,
): { values: Float64Array; last: Float64Array } {
  const n = diag.length;
  const z = new Float64Array(n);
  z[n - 1] = 1;
  const d = tql2(diag, off, z, 1);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d[a] - d[b]);
  return {
    values: Float64Array.from(order, (src) => d[src]),
    last: Float64Array.from(order, (src) => z[src]),
  };
}

/**
 * tql2 on (diag, off); the rotations are applied to the `rows` rows of z
 * (rows × n, row-major). Returns the eigenvalues, unsorted, in z's column order.
 */
function tql2(
  diag: ArrayLike<number>,
  off: ArrayLike<number>,
  z: Float64Array,
  rows: number,
): Float64Array {
  const n = diag.length;
  const d = Float64Array.from(diag);
  const e = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) e[i] = off[i];
  const eps = 2 ** -52;
  let f = 0;
  let tst1 = 0;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 60) break;
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          for (let k = 0; k < rows; k++) {
            const row = k * n;
            h = z[row + i + 1];
            z[row + i + 1] = s * z[row + i] + c * h;
            z[row + i] = c * z[row + i] - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
  return d;
}
