/**
 * Sample quantile, type 7 (R's default, NumPy's 'linear'):
 * h = (k − 1)·p, Q = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋) over sorted x (0-based).
 * Cost O(k log k) (sorts a copy).
 * References Hyndman & Fan (1996) The American Statistician 50(4): 361-365.
 */
export function quantile7(values: ArrayLike<number>, p: number): number {
  const x = Float64Array.from(values).sort();
  const k = x.length;
  if (k === 0) return NaN;
  const h = (k - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < k ? x[lo] + (h - lo) * (x[lo + 1] - x[lo]) : x[lo];
}
