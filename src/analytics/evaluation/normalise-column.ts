/**
 * Normalisation of one indicator column, oriented so that larger is better.
 *
 * Formulas (x = column, benefit; cost in brackets):
 *   min-max  r = (x − min)/(max − min)            [(max − x)/(max − min)]
 *   z-score  r = (x − mean)/s, s sample sd (n−1)  [−(x − mean)/s]
 *   rank     r = (R − 1)/(m − 1), R the ascending average rank (ties share
 *            the mean rank)                        [R descending]
 *   vector   r = x/√Σx²                           [1 − x/√Σx²]
 *   max      r = x/max  (Hwang & Yoon's linear scale) [min/x]
 *   target   r = 1 − |x − t|/max_i|x_i − t| (direction ignored: t is best)
 * Parameters min, max, mean, sd, norm, t may be given (fixed base year,
 *   normalise-with-params.ts); otherwise they are fitted on the column.
 * Edge cases missing values (NaN) stay NaN and are skipped when fitting;
 *   a constant column (zero range or zero sd) gives 1 for min-max/max/target,
 *   0 for z-score, 0.5 for rank: it carries no information (the caller warns);
 *   max with max ≤ 0 or cost with x ≤ 0 is refused (division by zero).
 * Cost O(m) (rank: O(m log m)).
 * References Hwang & Yoon (1981) Multiple Attribute Decision Making, ch. 2
 *   (vector and linear scale normalisation); Jahan & Edwards (2015) Materials
 *   & Design 65: 335-342 (survey of normalisations incl. target-based).
 */
import { AtlasError } from '../../core/errors.ts';
import type { Direction } from './decision-matrix.ts';

export type Normalisation = 'min-max' | 'z-score' | 'rank' | 'vector' | 'max' | 'target';
export const NORMALISATIONS: readonly Normalisation[] = [
  'min-max',
  'z-score',
  'rank',
  'vector',
  'max',
  'target',
];

/** Fitted parameters of a normalisation (all optional: fitted when absent). */
export interface NormalisationParams {
  min?: number;
  max?: number;
  mean?: number;
  sd?: number;
  norm?: number;
  target?: number;
}

/** The parameters a normalisation would use, fitted on the non-missing values of x. */
export function fitNormalisation(x: ArrayLike<number>, method: Normalisation): NormalisationParams {
  const v: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) v.push(x[i]);
  if (v.length === 0) return {};
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sq = 0;
  for (const a of v) {
    if (a < min) min = a;
    if (a > max) max = a;
    sum += a;
    sq += a * a;
  }
  const mean = sum / v.length;
  let ss = 0;
  for (const a of v) ss += (a - mean) * (a - mean);
  const sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
  if (method === 'vector') return { norm: Math.sqrt(sq) };
  if (method === 'z-score') return { mean, sd };
  return { min, max };
}

export function normaliseColumn(
  x: ArrayLike<number>,
  method: Normalisation,
  direction: Direction = 'benefit',
  given: NormalisationParams = {},
): Float64Array {
  const out = new Float64Array(x.length).fill(NaN);
  const cost = direction === 'cost';
  if (method === 'rank') return rankNormalise(x, cost);
  const p = { ...fitNormalisation(x, method), ...given };
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    if (Number.isNaN(a)) continue;
    switch (method) {
      case 'min-max': {
        const range = (p.max as number) - (p.min as number);
        out[i] =
          range === 0
            ? 1
            : cost
              ? ((p.max as number) - a) / range
              : (a - (p.min as number)) / range;
        break;
      }
      case 'z-score': {
        const sd = p.sd as number;
        out[i] = sd === 0 ? 0 : ((cost ? -1 : 1) * (a - (p.mean as number))) / sd;
        break;
      }
      case 'vector': {
        const r = p.norm === 0 ? 0 : a / (p.norm as number);
        out[i] = cost ? 1 - r : r;
        break;
      }
      case 'max': {
        if (cost) {
          if (a <= 0) throw refuse('max (cost)', 'a value ≤ 0');
          out[i] = (p.min as number) / a;
        } else {
          if ((p.max as number) <= 0) throw refuse('max', 'a maximum ≤ 0');
          out[i] = a / (p.max as number);
        }
        break;
      }
      case 'target': {
        if (p.target === undefined) throw refuse('target', 'no target value');
        out[i] = Math.abs(a - p.target);
        break;
      }
    }
  }
  if (method === 'target') {
    let worst = 0;
    for (const d of out) if (!Number.isNaN(d) && d > worst) worst = d;
    for (let i = 0; i < out.length; i++)
      if (!Number.isNaN(out[i])) out[i] = worst === 0 ? 1 : 1 - out[i] / worst;
  }
  return out;
}

/** (R − 1)/(m − 1) with average ranks over the non-missing values. */
function rankNormalise(x: ArrayLike<number>, cost: boolean): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) idx.push(i);
  const out = new Float64Array(x.length).fill(NaN);
  const m = idx.length;
  idx.sort((a, b) => (cost ? x[b] - x[a] : x[a] - x[b]));
  for (let k = 0; k < m;) {
    let e = k;
    while (e + 1 < m && x[idx[e + 1]] === x[idx[k]]) e++;
    const r = (k + e) / 2; // 0-based average rank
    for (let t = k; t <= e; t++) out[idx[t]] = m > 1 ? r / (m - 1) : 0.5;
    k = e + 1;
  }
  if (m > 1 && x.length > 0) {
    // a constant column: every value tied at the middle
    let allEqual = true;
    for (const i of idx) if (x[i] !== x[idx[0]]) allEqual = false;
    if (allEqual) for (const i of idx) out[i] = 0.5;
  }
  return out;
}

function refuse(method: string, why: string): AtlasError {
  return new AtlasError(
    'ATLAS_E_EVALUATION_INPUT',
    `normalisation ${method} is undefined for ${why}`,
    { method },
  );
}
