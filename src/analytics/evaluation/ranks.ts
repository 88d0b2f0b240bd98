/**
 * Ranks from scores, 1 = best (highest score).
 *
 * Convention standard competition ranking ("1224"): tied scores share the
 *   best rank of the tie. Scores equal within 1e-12 relative count as tied,
 *   so that floating-point noise does not split them.
 * Cost O(m log m).
 */
export function ranksOf(scores: ArrayLike<number>): Int32Array {
  const m = scores.length;
  const idx = [...Array(m).keys()].sort((a, b) => scores[b] - scores[a]);
  const out = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const i = idx[k];
    const prev = k > 0 ? idx[k - 1] : -1;
    const tol = 1e-12 * Math.max(1, Math.abs(scores[i]));
    out[i] = prev >= 0 && Math.abs(scores[prev] - scores[i]) <= tol ? out[prev] : k + 1;
  }
  return out;
}
