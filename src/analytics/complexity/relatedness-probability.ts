/**
 * Relatedness between industries from co-occurrence, EconGeo's variants.
 *
 * Formula   c_ij co-occurrence with c_ii = 0; s_i = Σ_j c_ij; t = Σ_ij c_ij.
 *           'prob' (EconGeo default, Steijn 2017):
 *             r_ij = c_ij / ( [ (s_i/t)·(s_j/(t − s_i)) + (s_j/t)·(s_i/(t − s_j)) ] · t/2 )
 *           'association' (van Eck and Waltman 2009): r_ij = (c_ij/t) / ((s_i/t)(s_j/t)).
 *           r > 1: the pair co-occurs more often than expected by chance.
 * Convention EconGeo 2.1 `relatedness(mat, method)`: NaN → 0, diagonal 0. Input here is M (the
 *           co-occurrence is built from it, as EconGeo's `co_occurrence(t(mat))`).
 * Edge cases an industry co-occurring with nothing → 0 everywhere.
 * Cost      O(min(Σ_r d_r², I²·R/64) + I²): co-occurrence by the pair loop or by popcount
 *           over bit-packed columns, whichever is cheaper (co-occurrence-popcount.ts).
 * References Steijn (2017) Improvement on the association strength, Utrecht University working
 *           paper; van Eck and Waltman (2009) JASIST 60: 1635-1651; Balland (2017) EconGeo R package.
 */
import { coOccurrence } from './co-occurrence.ts';
import { coOccurrencePopcount, prefersPopcount } from './co-occurrence-popcount.ts';
import type { PresenceMatrix } from './presence-matrix.ts';

export type RelatednessMethod = 'prob' | 'association';

export function relatednessProbability(
  p: PresenceMatrix,
  method: RelatednessMethod = 'prob',
): Float64Array {
  const I = p.cols;
  const c = prefersPopcount(p) ? coOccurrencePopcount(p) : coOccurrence(p);
  for (let i = 0; i < I; i++) c[i * I + i] = 0;
  const s = new Float64Array(I);
  let t = 0;
  for (let i = 0; i < I; i++) {
    for (let j = 0; j < I; j++) s[i] += c[i * I + j];
    t += s[i];
  }
  const out = new Float64Array(I * I);
  for (let i = 0; i < I; i++)
    for (let j = 0; j < I; j++) {
      if (i === j) continue;
      const cij = c[i * I + j];
      const v =
        method === 'prob'
          ? cij / (((s[i] / t) * (s[j] / (t - s[i])) + (s[j] / t) * (s[i] / (t - s[j]))) * (t / 2))
          : cij / t / ((s[i] / t) * (s[j] / t));
      out[i * I + j] = Number.isFinite(v) ? v : 0;
    }
  return out;
}
