/**
 * Coarsening of a published magnitude for people who may not see the firms
 * behind it: the value moves to the nearest step of the 1-2-5 series
 * (…, 0.5, 1, 2, 5, 10, 20, …), nearest on a log scale.
 *
 * Formula   c(x) = s · 10^⌊log₁₀ x⌋ with s ∈ {1, 2, 5, 10} the step whose
 *           log is nearest log₁₀ x − ⌊log₁₀ x⌋; c(0) = 0, c(−x) = −c(x).
 * Why       rounding alone does not stop differencing: a continuous free
 *           parameter (a bandwidth) lets an asker find where the rounded
 *           value flips and read exact equations there. Used with
 *           parameters snapped to the same series (no continuous choice
 *           left), the few answers an asker can get bound a firm's figure
 *           only to a factor of about 1.6 either way.
 * Edge      non-finite values are returned unchanged (the number guards
 *           turn them into null).
 * Cost      O(1).
 * References Hundepool et al. (2012) Statistical Disclosure Control, Wiley,
 *           §4.5 (rounding) and §5.3 (global recoding).
 */
const STEPS = [1, 2, 5, 10] as const;

export function coarsen(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (x < 0) return -coarsen(-x);
  const e = Math.floor(Math.log10(x));
  const frac = Math.log10(x) - e;
  let best: number = STEPS[0];
  for (const s of STEPS)
    if (Math.abs(Math.log10(s) - frac) < Math.abs(Math.log10(best) - frac)) best = s;
  // 10^e as a decimal literal, so 2 · 10^-3 prints as 0.002, not 0.0020000000000000005.
  return Number(`${best}e${e}`);
}
