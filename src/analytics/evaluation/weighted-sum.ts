/**
 * Weighted sum (simple additive weighting) of normalised indicators.
 *
 * Formula   S_i = Σ_j w_j r_ij, r benefit-oriented normalised values,
 *           w ≥ 0 with Σ w = 1 (normalised here).
 * Edge cases a missing r_ij is refused (apply a missing-value rule first).
 * Cost      O(m·n).
 * References Fishburn P.C. (1967) "Additive utilities with incomplete product
 *           sets", Operations Research 15: 537-542; Hwang & Yoon (1981) §3.3.
 */
import { AtlasError } from '../../core/errors.ts';
import { normaliseWeights } from './combine-weights.ts';

export function weightedSum(
  r: Float64Array,
  m: number,
  n: number,
  w: ArrayLike<number>,
): Float64Array {
  const wn = normaliseWeights(w);
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      const v = r[i * n + j];
      if (Number.isNaN(v)) throw missing(i, j);
      s += wn[j] * v;
    }
    out[i] = s;
  }
  return out;
}

export function missing(i: number, j: number): AtlasError {
  return new AtlasError(
    'ATLAS_E_EVALUATION_INPUT',
    `missing value at alternative ${i + 1}, indicator ${j + 1}: apply a missing-value rule first`,
  );
}
