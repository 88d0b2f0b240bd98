/**
 * Krugman dissimilarity (specialisation) index between every pair of regions.
 *
 * Formula   D_ab = Σ_i | s_ai − s_bi |,  s_ri = x_ri / X_r
 *           computed as Σ s_a + Σ s_b − 2 Σ_i min(s_ai, s_bi) = 2 − 2 Σ_i min(…)
 * Convention not halved (range [0, 2]), like krugman-specialisation.ts.
 *           Pairs a < b in packed upper-triangle order (upper-triangle.ts).
 * Edge cases identical structure → 0 up to rounding: the min form loses
 *           accuracy near 0, so values carry an absolute error of ~1e-15
 *           (tests: |Δ| ≤ 1e-9·|D| + 1e-12). Empty region → dropped upstream.
 * Cost      O(Σ_i nnz_i²) via share-pair-sums.ts instead of O(R²·I).
 * References Krugman (1991) Geography and Trade, MIT Press; Midelfart-Knarvik
 *           et al. (2000) European Commission Economic Paper 142.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { sharePairSums } from './share-pair-sums.ts';

export function krugmanDissimilarity(m: RegionIndustryMatrix): Float64Array {
  const mins = sharePairSums(m, 'min');
  for (let k = 0; k < mins.length; k++) {
    const d = 2 - 2 * mins[k];
    mins[k] = d < 0 ? 0 : d;
  }
  return mins;
}
