/**
 * The p-quantile (type 7, as quantile-sorted.ts) of `a[lo..hi)` without
 * sorting: Hoare's selection finds the order statistic x⌊h⌋, and x⌊h⌋+1 is the
 * minimum of what lies above it. The same two order statistics as a full sort,
 * hence bit-for-bit the same result.
 * Reorders a[lo..hi) in place. Values must not be NaN.
 * Cost      O(n) expected (median-of-three pivots), against O(n log n) to sort.
 * References Hoare (1961) Algorithm 65: FIND, CACM 4(7): 321-322;
 *           Hyndman and Fan (1996), The American Statistician 50(4): 361-365.
 */
export function quantileSelect(a: Float64Array, p: number, lo = 0, hi = a.length): number {
  const n = hi - lo;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const f = Math.floor(h);
  const x = selectKth(a, lo, hi, lo + f);
  if (f + 1 >= n) return x;
  let y = Infinity;
  for (let k = lo + f + 1; k < hi; k++) if (a[k] < y) y = a[k];
  return x + (h - f) * (y - x);
}

/** Moves the k-th smallest of a[lo..hi) to a[k], smaller ones before it, larger after. */
function selectKth(a: Float64Array, lo: number, hi: number, k: number): number {
  let l = lo;
  let r = hi - 1;
  while (r > l) {
    const mid = (l + r) >>> 1;
    if (a[mid] < a[l]) swap(a, mid, l);
    if (a[r] < a[l]) swap(a, r, l);
    if (a[r] < a[mid]) swap(a, r, mid);
    const pivot = a[mid];
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    // Now a[l..j] ≤ pivot ≤ a[i..r], and a[j+1..i-1] = pivot.
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else break;
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
