/**
 * TOPSIS: closeness to the ideal solution.
 *
 * Formula   r_ij = x_ij / √Σ_i x_ij² (vector normalisation);  v_ij = w_j r_ij;
 *           A⁺_j = max_i v_ij for a benefit indicator, min_i for a cost one;
 *           A⁻_j the opposite;  S⁺_i = √Σ_j (v_ij − A⁺_j)²,
 *           S⁻_i = √Σ_j (v_ij − A⁻_j)²;  C_i = S⁻_i / (S⁺_i + S⁻_i) ∈ [0, 1].
 * Conventions weights normalised to Σ w = 1 (scaling w scales S⁺ and S⁻ alike
 *           and leaves C unchanged). Another normalisation may be given: then
 *           the values are benefit-oriented already and every A⁺ is the max.
 * Edge cases a column of zeros normalises to 0 (no information); S⁺ + S⁻ = 0
 *           (all alternatives identical on every weighted indicator) gives
 *           C = 0.5. Missing values are refused.
 * Cost      O(m·n).
 * References Hwang C.L. & Yoon K. (1981) Multiple Attribute Decision Making:
 *           Methods and Applications, Springer, §3.5; Opricovic S. & Tzeng
 *           G.-H. (2004) European J. Operational Research 156: 445-455.
 */
import { normaliseWeights } from './combine-weights.ts';
import { column, type DecisionMatrix, type Direction } from './decision-matrix.ts';
import { normaliseColumn, type Normalisation } from './normalise-column.ts';
import { missing } from './weighted-sum.ts';

export interface TopsisResult {
  closeness: Float64Array;
  distanceIdeal: Float64Array;
  distanceAntiIdeal: Float64Array;
  ideal: Float64Array;
  antiIdeal: Float64Array;
}

export function topsis(
  dm: DecisionMatrix,
  w: ArrayLike<number>,
  directions?: readonly Direction[],
  normalisation: Normalisation = 'vector',
): TopsisResult {
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const wn = normaliseWeights(w);
  const v = new Float64Array(m * n);
  const benefit: boolean[] = [];
  for (let j = 0; j < n; j++) {
    const dir = directions?.[j] ?? 'benefit';
    const x = column(dm, j);
    let r: Float64Array;
    if (normalisation === 'vector') {
      r = normaliseColumn(x, 'vector', 'benefit');
      benefit[j] = dir === 'benefit';
    } else {
      r = normaliseColumn(x, normalisation, dir);
      benefit[j] = true;
    }
    for (let i = 0; i < m; i++) {
      if (Number.isNaN(r[i])) throw missing(i, j);
      v[i * n + j] = wn[j] * r[i];
    }
  }
  const ideal = new Float64Array(n);
  const anti = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let hi = -Infinity;
    let lo = Infinity;
    for (let i = 0; i < m; i++) {
      hi = Math.max(hi, v[i * n + j]);
      lo = Math.min(lo, v[i * n + j]);
    }
    ideal[j] = benefit[j] ? hi : lo;
    anti[j] = benefit[j] ? lo : hi;
  }
  const sPlus = new Float64Array(m);
  const sMinus = new Float64Array(m);
  const c = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let a = 0;
    let b = 0;
    for (let j = 0; j < n; j++) {
      a += (v[i * n + j] - ideal[j]) ** 2;
      b += (v[i * n + j] - anti[j]) ** 2;
    }
    sPlus[i] = Math.sqrt(a);
    sMinus[i] = Math.sqrt(b);
    const t = sPlus[i] + sMinus[i];
    c[i] = t === 0 ? 0.5 : sMinus[i] / t;
  }
  return { closeness: c, distanceIdeal: sPlus, distanceAntiIdeal: sMinus, ideal, antiIdeal: anti };
}
