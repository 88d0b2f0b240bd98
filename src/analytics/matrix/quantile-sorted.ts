/**
 * The p-quantile of `sorted[lo..hi)` (ascending) by linear interpolation
 * between order statistics: R's default type 7 and NumPy's default
 * ("linear"): h = (n − 1)p, Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 * Hyndman and Fan (1996), The American Statistician 50(4): 361-365.
 */
export function quantileSorted(
  sorted: Float64Array,
  p: number,
  lo = 0,
  hi = sorted.length,
): number {
  const n = hi - lo;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const f = Math.floor(h);
  const a = sorted[lo + f];
  return f + 1 < n ? a + (h - f) * (sorted[lo + f + 1] - a) : a;
}
