/**
 * Sorts `key[lo..hi)` ascending in place and applies the same moves to
 * `payload`. A plain quicksort (median of three, insertion sort below 16)
 * on typed arrays: Array.prototype.sort with a comparator over an index
 * array is ~5× slower for the per-column sorts of the Lorenz-type metrics.
 * Not stable: callers only use it where ties do not change the result.
 */
export function sortByKey(key: Float64Array, payload: Float64Array, lo = 0, hi = key.length): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    // Median of three into key[mid].
    if (key[mid] < key[lo]) swap(key, payload, mid, lo);
    if (key[hi - 1] < key[lo]) swap(key, payload, hi - 1, lo);
    if (key[hi - 1] < key[mid]) swap(key, payload, hi - 1, mid);
    const pivot = key[mid];
    let i = lo;
    let j = hi - 1;
    while (i <= j) {
      while (key[i] < pivot) i++;
      while (key[j] > pivot) j--;
      if (i <= j) swap(key, payload, i++, j--);
    }
    // Recurse on the smaller side, loop on the larger: O(log n) stack.
    if (j - lo < hi - i) {
      sortByKey(key, payload, lo, j + 1);
      lo = i;
    } else {
      sortByKey(key, payload, i, hi);
      hi = j + 1;
    }
  }
  for (let a = lo + 1; a < hi; a++) {
    const k = key[a];
    const p = payload[a];
    let b = a - 1;
    while (b >= lo && key[b] > k) {
      key[b + 1] = key[b];
      payload[b + 1] = payload[b];
      b--;
    }
    key[b + 1] = k;
    payload[b + 1] = p;
  }
}

function swap(key: Float64Array, payload: Float64Array, a: number, b: number): void {
  const k = key[a];
  key[a] = key[b];
  key[b] = k;
  const p = payload[a];
  payload[a] = payload[b];
  payload[b] = p;
}
