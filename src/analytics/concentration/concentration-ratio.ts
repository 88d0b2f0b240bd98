/**
 * Concentration ratio CRn of an industry across regions (matrix input).
 *
 * Formula   CRn_i = (sum of the n largest x_ri over r) / X_i
 * Convention n defaults to 4; with fewer than n regions all are summed (CR = 1).
 *           Ties do not matter (the sum of the n largest values is unique).
 * Edge cases empty industry → NaN (dropped upstream).
 * Cost      O(R·I·n) worst case, one row-major pass keeping the n largest per
 *           column in a small sorted buffer (n ≪ R).
 * References Bain (1951); OECD Glossary "concentration ratio". For firms see
 *           concentration-ratio-firms.ts.
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

export function concentrationRatio(m: RegionIndustryMatrix, n = 4): Float64Array {
  const { rows, cols, values } = m;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  // top[i*n .. i*n+n) holds the n largest values of column i, descending (0 = empty slot).
  const top = new Float64Array(cols * n);
  const sum = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) {
      const v = values[base + i];
      sum[i] += v;
      const t = i * n;
      if (v <= top[t + n - 1]) continue;
      let k = t + n - 1;
      while (k > t && top[k - 1] < v) {
        top[k] = top[k - 1];
        k--;
      }
      top[k] = v;
    }
  }
  const out = new Float64Array(cols);
  for (let i = 0; i < cols; i++) {
    let s = 0;
    for (let k = i * n; k < i * n + n; k++) s += top[k];
    out[i] = s / sum[i];
  }
  return out;
}
