/**
 * Concentration ratio CRn of an industry over its firms (firm-level input).
 *
 * Formula   CRn_i = (sum of the n largest firm values in i) / (sum of all firm values in i)
 * Convention n defaults to 4; an industry with fewer than n firms has CR = 1.
 * Edge cases an industry whose firms are all 0 → NaN (undefined).
 * Cost      O(K log K) for K firms (one sort of values grouped by industry).
 * References Bain (1951); the CR4/CR8 of industrial-organisation statistics
 *           (e.g. US Census Bureau, Economic Census concentration tables).
 */
import type { FirmTable } from '../matrix/firm-table.ts';
import { sortByKey } from '../matrix/sort-by-key.ts';

export function concentrationRatioFirms(t: FirmTable, n = 4): Float64Array {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const I = t.industries.length;
  const K = t.value.length;
  // Sort by (industry, value) via the key industry·(max+1) + value would lose
  // precision; instead bucket firms by industry, then sort each bucket.
  const ptr = new Int32Array(I + 1);
  for (let k = 0; k < K; k++) ptr[t.industry[k] + 1]++;
  for (let i = 0; i < I; i++) ptr[i + 1] += ptr[i];
  const fill = ptr.slice(0, I);
  const vals = new Float64Array(K);
  for (let k = 0; k < K; k++) vals[fill[t.industry[k]]++] = t.value[k];
  const dummy = new Float64Array(K);
  const out = new Float64Array(I);
  for (let i = 0; i < I; i++) {
    const lo = ptr[i];
    const hi = ptr[i + 1];
    sortByKey(vals, dummy, lo, hi);
    let all = 0;
    let top = 0;
    for (let k = lo; k < hi; k++) {
      all += vals[k];
      if (k >= hi - n) top += vals[k];
    }
    out[i] = all === 0 ? NaN : top / all;
  }
  return out;
}
