/**
 * Pairwise metrics over n units return one value per unordered pair (a, b),
 * a < b, in the order (0,1), (0,2) … (0,n−1), (1,2) … — the packed upper
 * triangle, n(n−1)/2 values.
 */
export function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Position of the pair (a, b), a < b, in the packed upper triangle of n units. */
export function pairIndex(n: number, a: number, b: number): number {
  return a * n - (a * (a + 1)) / 2 + (b - a - 1);
}
