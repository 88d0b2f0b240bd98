/**
 * Saaty's random consistency index RI(n): the mean consistency index of
 * random reciprocal matrices of order n (judgements drawn from 1/9 … 9).
 *
 * Values  n = 1…10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
 *         the table Saaty published and most software uses.
 * Edge    n > 10 is not bundled (published extensions disagree in the second
 *         decimal): the caller must pass its own RI.
 * References Saaty T.L. (1980) The Analytic Hierarchy Process, McGraw-Hill;
 *         Saaty T.L. (1990) "How to make a decision: the analytic hierarchy
 *         process", European J. Operational Research 48: 9-26.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/** RI for order n (1…10), undefined beyond. */
export function saatyRandomIndex(n: number): number | undefined {
  return n >= 1 && n <= 10 ? SAATY_RANDOM_INDEX[n] : undefined;
}
