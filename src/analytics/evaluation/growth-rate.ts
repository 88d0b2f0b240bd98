/**
 * Growth of a yearly value: the simple growth rate between two years and
 * the compound annual growth rate (CAGR) over the years between them.
 *
 * Formula   g = (x_t − x_s) / |x_s|;  CAGR = (x_t / x_s)^{1/(t−s)} − 1.
 * Conventions rates as fractions (0.05 = 5 %); |x_s| in the denominator so
 *           that a negative start (a loss, a net flow) still reads a rise as
 *           positive.
 * Edge cases null when either value is missing (NaN) or x_s = 0; CAGR null
 *           unless both values are > 0 and t > s.
 * Cost      O(1).
 * References OECD (2001) Measuring Productivity, annex on growth rates.
 */
export function growthRate(from: number, to: number): number | null {
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === 0) return null;
  return (to - from) / Math.abs(from);
}

export function compoundAnnualGrowth(
  from: number,
  to: number,
  fromYear: number,
  toYear: number,
): number | null {
  if (!(from > 0) || !(to > 0) || !(toYear > fromYear)) return null;
  return Math.pow(to / from, 1 / (toYear - fromYear)) - 1;
}
