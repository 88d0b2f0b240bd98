/**
 * Statistical disclosure control for aggregates shown to people who may not
 * see the firms behind them (viewers, and members beyond their own firm).
 *
 * Rule      a sum may be shown when it has at least MIN_CONTRIBUTORS
 *           contributors and no one contributor makes up more than
 *           DOMINANCE of it: the threshold rule plus the (1, k) dominance
 *           rule statistical offices apply to business tables.
 * Why       a sum over one firm is that firm's confidential figure; over two,
 *           each firm learns the other's; a sum one giant dominates is
 *           nearly the giant's own figure.
 * References Hundepool et al. (2012) Statistical Disclosure Control, Wiley,
 *           ch. 4 (sensitivity rules for magnitude tables).
 */
export const MIN_CONTRIBUTORS = 3;
export const DOMINANCE = 0.85;

export interface Contributions {
  /** Contributors with a value. */
  count: number;
  sum: number;
  /** The largest single contribution. */
  max: number;
}

/** May this sum be shown to someone who may not see its contributors' figures? */
export function disclosable(c: Contributions): boolean {
  if (c.count < MIN_CONTRIBUTORS) return false;
  if (c.sum <= 0) return true;
  return c.max / c.sum <= DOMINANCE;
}
