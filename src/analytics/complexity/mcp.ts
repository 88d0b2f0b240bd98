/**
 * M, the binary presence (specialisation) matrix.
 *
 * Formula   M_ri = 1 if RCA_ri ≥ t else 0 (t = threshold, default 1)
 * Symbols   RCA from rca.ts, row-major like the matrix.
 * Convention ≥, as py-ecomplexity (`np.where(x >= threshold, 1, 0)`) and the issue ask. Stata's
 *           ecomplexity.ado writes `M = (RCA :> t)` (strict): the two differ only on cells whose
 *           RCA equals t exactly (a region proportional to the total has RCA = 1 everywhere).
 * Edge cases NaN RCA → 0.
 * Cost      O(R·I).
 * References Hidalgo and Hausmann (2009) PNAS 106: 10570-10575.
 */
export function mcp(rcaValues: Float64Array, threshold = 1): Float64Array {
  const out = new Float64Array(rcaValues.length);
  for (let k = 0; k < rcaValues.length; k++) out[k] = rcaValues[k] >= threshold ? 1 : 0;
  return out;
}
