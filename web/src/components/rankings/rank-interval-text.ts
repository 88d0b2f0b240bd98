/**
 * A Monte-Carlo rank interval's bounds are quantiles of simulated ranks and
 * may fall between two ranks (18.95); a reader is shown whole ranks, the
 * interval widened to hold the quantiles (low down, high up).
 */
export function rankIntervalText(low: number, high: number): { low: number; high: number } {
  return { low: Math.floor(low + 1e-9), high: Math.ceil(high - 1e-9) };
}
