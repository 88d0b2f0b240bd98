/**
 * Revealed comparative advantage (Balassa), the input of M.
 *
 * Formula   RCA_ri = (x_ri / X_r) / (X_i / X)
 * Symbols   x_ri value of industry i in region r; X_r region total; X_i industry total; X grand total.
 * Convention identical to the location quotient (concentration/location-quotient.ts): RCA = LQ.
 *           Stata ecomplexity (complexity_rca.ado) and py-ecomplexity compute the same quotient.
 *           Stata stores `import delimited` values as float, so its printed RCA differs from a
 *           double computation by ~1e-7 relative; M is unaffected unless an RCA lies within
 *           1e-7 of the threshold.
 * Edge cases empty regions/industries are dropped before (matrixFromLong); 0/0 → 0.
 * Cost      O(R·I).
 * References Balassa (1965) The Manchester School 33: 99-123; Hidalgo and Hausmann (2009) PNAS 106: 10570-10575.
 */
import { locationQuotient } from '../concentration/location-quotient.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

export function rca(m: RegionIndustryMatrix): Float64Array {
  return locationQuotient(m);
}
