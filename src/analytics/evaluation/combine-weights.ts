/**
 * Equal weights and combinations of weight vectors (e.g. subjective AHP with
 * objective entropy weights).
 *
 * Formulas  equal:          w_j = 1/n;
 *           multiplicative: w_j = Π_k w^k_j / Σ_l Π_k w^k_l;
 *           additive blend: w_j = Σ_k α_k w^k_j with α_k ≥ 0, Σ α_k = 1
 *                           (each w^k normalised to sum 1 first).
 * Edge cases vectors of different lengths, negative weights, α not summing
 *           to 1 (± 1e-9) are refused; a multiplicative product that is 0
 *           everywhere is refused (the sets share no positive indicator).
 * Cost      O(k·n).
 * References Ma J., Fan Z.-P., Huang L.-H. (1999) "A subjective and objective
 *           integrated approach to determine attribute weights", European J.
 *           Operational Research 112: 397-404; the multiplicative synthesis is
 *           the common one in Chinese evaluation practice (主客观组合赋权).
 */
import { AtlasError } from '../../core/errors.ts';

export function equalWeights(n: number): Float64Array {
  return new Float64Array(n).fill(1 / n);
}

/** Scales a weight vector to sum 1; refuses negatives and an all-zero vector. */
export function normaliseWeights(w: ArrayLike<number>): Float64Array {
  let s = 0;
  for (let j = 0; j < w.length; j++) {
    if (!(w[j] >= 0)) {
      throw new AtlasError('ATLAS_E_BAD_VALUE', `weight ${j + 1} is ${w[j]}: weights must be ≥ 0`);
    }
    s += w[j];
  }
  if (s === 0) throw new AtlasError('ATLAS_E_BAD_VALUE', 'all weights are 0');
  return Float64Array.from(w, (v) => v / s);
}

export function combineWeights(
  sets: ReadonlyArray<ArrayLike<number>>,
  mode: 'multiplicative' | 'additive',
  alpha?: readonly number[],
): Float64Array {
  if (sets.length === 0) throw new AtlasError('ATLAS_E_BAD_VALUE', 'no weight set to combine');
  const n = sets[0].length;
  if (sets.some((s) => s.length !== n)) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'weight sets of different lengths');
  }
  const norm = sets.map(normaliseWeights);
  const out = new Float64Array(n);
  if (mode === 'multiplicative') {
    out.fill(1);
    for (const w of norm) for (let j = 0; j < n; j++) out[j] *= w[j];
    if (out.every((v) => v === 0)) {
      throw new AtlasError('ATLAS_E_BAD_VALUE', 'multiplicative combination is 0 everywhere');
    }
    return normaliseWeights(out);
  }
  const a = alpha ?? norm.map(() => 1 / norm.length);
  if (a.length !== norm.length || a.some((v) => !(v >= 0))) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'one coefficient α ≥ 0 per weight set');
  }
  const sa = a.reduce((s, v) => s + v, 0);
  if (Math.abs(sa - 1) > 1e-9) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', `blend coefficients sum to ${sa}, not 1`);
  }
  norm.forEach((w, k) => {
    for (let j = 0; j < n; j++) out[j] += a[k] * w[j];
  });
  return out;
}
