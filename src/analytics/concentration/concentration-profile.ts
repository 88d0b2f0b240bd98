/**
 * Concentration profile of one market from its firms' sizes: the figures a
 * competition authority or an industry department reads first.
 *
 * Formula   s_k = 100 · x_k / X  (shares in percent, X = Σ_k x_k)
 *           HHI = Σ_k s_k²                         (0 < HHI ≤ 10,000, "points")
 *           CRn = Σ of the n largest s_k            (percent)
 *           N50 = min { m : Σ of the m largest x_k ≥ X / 2 }
 *           median = median of the positive x_k (mean of the middle two when even)
 * Symbols   x_k ≥ 0: firm k's size in one unit (output, revenue, capacity…).
 * Convention HHI on shares in percent squared, as the US and EU merger
 *           guidelines state thresholds (1,800 / 2,000 points); firms of size 0
 *           are not counted as firms (they hold no share). CRn with fewer than
 *           n firms is 100. The equivalent number of equal-sized firms 10,000 /
 *           HHI is returned as `numbersEquivalent` (Adelman 1969).
 * Edge cases no firm with a positive size → every figure NaN, firms = 0.
 *           Non-finite or negative sizes are rejected (RangeError).
 * Cost      O(K log K) for K firms (one sort).
 * References US DOJ & FTC, Merger Guidelines (2023), §2.1 and Guideline 1;
 *           European Commission, Guidelines on the assessment of horizontal
 *           mergers (2004/C 31/03), paras 14-21; Bain (1951) for CRn;
 *           Adelman, M. A. (1969) "Comment on the H concentration measure as
 *           a numbers-equivalent", Review of Economics and Statistics 51(1).
 */

export interface ConcentrationProfile {
  /** Firms with a positive size. */
  firms: number;
  total: number;
  /** Σ s², shares in percent (points, 0..10,000). */
  hhi: number;
  /** 10,000 / HHI: the number of equal-sized firms with this HHI. */
  numbersEquivalent: number;
  /** n → CRn in percent, for each n asked. */
  cr: Record<number, number>;
  /** Fewest firms that together hold at least half the total. */
  firmsForHalf: number;
  /** Median size of the firms with a positive size. */
  median: number;
  /** Indices of the firms by size, largest first (ties by index). */
  order: Int32Array;
  /** Each firm's share in percent, in input order (0 for a firm of size 0). */
  shares: Float64Array;
}

/** Checks sizes and the CRn orders, then profiles. `ns` defaults to [4, 8]. */
export function concentrationProfile(
  sizes: ArrayLike<number>,
  ns: readonly number[] = [4, 8],
): ConcentrationProfile {
  const x = Float64Array.from(sizes);
  for (let k = 0; k < x.length; k++)
    if (!Number.isFinite(x[k]) || x[k] < 0)
      throw new RangeError(`size ${k} must be a finite number ≥ 0, got ${x[k]}`);
  for (const n of ns)
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`n must be a positive integer, got ${n}`);
  return profileKernel(x, ns);
}

function profileKernel(x: Float64Array, ns: readonly number[]): ConcentrationProfile {
  const K = x.length;
  const order = Int32Array.from({ length: K }, (_, k) => k).sort((a, b) => x[b] - x[a] || a - b);
  let total = 0;
  let firms = 0;
  for (let k = 0; k < K; k++) {
    total += x[k];
    if (x[k] > 0) firms++;
  }
  const shares = new Float64Array(K);
  const cr: Record<number, number> = {};
  if (firms === 0) {
    for (const n of ns) cr[n] = NaN;
    return {
      firms,
      total,
      hhi: NaN,
      numbersEquivalent: NaN,
      cr,
      firmsForHalf: NaN,
      median: NaN,
      order,
      shares,
    };
  }
  let hhi = 0;
  for (let k = 0; k < K; k++) {
    shares[k] = (100 * x[k]) / total;
    hhi += shares[k] * shares[k];
  }
  for (const n of ns) {
    let s = 0;
    for (let r = 0; r < Math.min(n, K); r++) s += shares[order[r]];
    cr[n] = s;
  }
  let firmsForHalf = 0;
  for (let cum = 0; cum < total / 2; firmsForHalf++) cum += x[order[firmsForHalf]];
  // Positive sizes sit at order[0 .. firms); their median by rank.
  const mid = firms >> 1;
  const median = firms % 2 === 1 ? x[order[mid]] : (x[order[mid - 1]] + x[order[mid]]) / 2;
  return {
    firms,
    total,
    hhi,
    numbersEquivalent: 10000 / hhi,
    cr,
    firmsForHalf,
    median,
    order,
    shares,
  };
}
