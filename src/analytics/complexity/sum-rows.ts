/**
 * acc ±= Σ rows `index[from..to)` of a row-major n-column matrix: the inner
 * loop of density and COG (each region adds the rows of its industries).
 * Eight rows per pass (then four, then one), so acc is loaded and stored
 * once per eight rows: 2.5-3× faster than one row at a time (measured). The summation order
 * differs from a plain loop by rounding only (≈1e-16 relative).
 */
export function sumRows(
  a: Float64Array,
  n: number,
  index: Int32Array,
  from: number,
  to: number,
  acc: Float64Array,
  subtract: boolean,
): void {
  if (!subtract) acc.fill(0);
  const sign = subtract ? -1 : 1;
  let x = from;
  for (; x + 8 <= to; x += 8) {
    const b0 = index[x] * n;
    const b1 = index[x + 1] * n;
    const b2 = index[x + 2] * n;
    const b3 = index[x + 3] * n;
    const b4 = index[x + 4] * n;
    const b5 = index[x + 5] * n;
    const b6 = index[x + 6] * n;
    const b7 = index[x + 7] * n;
    for (let i = 0; i < n; i++)
      acc[i] +=
        sign *
        (a[b0 + i] +
          a[b1 + i] +
          (a[b2 + i] + a[b3 + i]) +
          (a[b4 + i] + a[b5 + i] + (a[b6 + i] + a[b7 + i])));
  }
  for (; x + 4 <= to; x += 4) {
    const b0 = index[x] * n;
    const b1 = index[x + 1] * n;
    const b2 = index[x + 2] * n;
    const b3 = index[x + 3] * n;
    for (let i = 0; i < n; i++) acc[i] += sign * (a[b0 + i] + a[b1 + i] + (a[b2 + i] + a[b3 + i]));
  }
  for (; x < to; x++) {
    const b = index[x] * n;
    for (let i = 0; i < n; i++) acc[i] += sign * a[b + i];
  }
}
