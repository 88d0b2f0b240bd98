/**
 * Weighted geometric mean (weighted product) of normalised indicators.
 *
 * Formula   G_i = Π_j r_ij^{w_j} = exp(Σ_j w_j ln r_ij), Σ w = 1.
 * Conventions r must be ≥ 0 and benefit-oriented; a zero on an indicator of
 *           positive weight gives G_i = 0 (no compensation: a worst value
 *           cannot be bought back by the others). Use the 'max' (x/max)
 *           normalisation to keep r > 0; min-max sends each column's worst
 *           alternative to 0.
 * Edge cases r < 0 (e.g. z-scores) or missing is refused.
 * Cost      O(m·n).
 * References Bridgman P.W. (1922) Dimensional Analysis; Miller D.W. & Starr
 *           M.K. (1969) Executive Decisions and Operations Research;
 *           OECD/JRC (2008) Handbook on Constructing Composite Indicators §6.
 */
import { AtlasError } from '../../core/errors.ts';
import { normaliseWeights } from './combine-weights.ts';
import { missing } from './weighted-sum.ts';

export function weightedGeometricMean(
  r: Float64Array,
  m: number,
  n: number,
  w: ArrayLike<number>,
): Float64Array {
  const wn = normaliseWeights(w);
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    let zero = false;
    for (let j = 0; j < n; j++) {
      const v = r[i * n + j];
      if (Number.isNaN(v)) throw missing(i, j);
      if (v < 0) {
        throw new AtlasError(
          'ATLAS_E_EVALUATION_INPUT',
          `weighted geometric mean needs normalised values ≥ 0; alternative ${i + 1}, indicator ${j + 1} is ${v} (use min-max, max or rank normalisation)`,
        );
      }
      if (wn[j] === 0) continue;
      if (v === 0) zero = true;
      else s += wn[j] * Math.log(v);
    }
    out[i] = zero ? 0 : Math.exp(s);
  }
  return out;
}
