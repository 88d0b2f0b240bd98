/**
 * Structure-similarity coefficient (产业结构相似系数) between every pair of regions.
 *
 * Formula   S_ab = Σ_i s_ai s_bi / sqrt(Σ_i s_ai² · Σ_i s_bi²),  s_ri = x_ri / X_r
 *           (the cosine of the two industry-share vectors; = cosine of the raw rows)
 * Convention range [0, 1] for non-negative data; 1 = identical structure.
 *           Pairs a < b in packed upper-triangle order (upper-triangle.ts).
 * Edge cases regions with no industry in common → 0; an empty region → NaN
 *           (dropped upstream).
 * Cost      O(Σ_i nnz_i²) via share-pair-sums.ts, plus O(R²) output.
 * References UNIDO (1979) structure similarity coefficient; widely used in the
 *           Chinese literature on 产业同构 (e.g. 陈建军 2004, 《管理世界》).
 */
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { sharePairSums } from './share-pair-sums.ts';

export function structureSimilarity(m: RegionIndustryMatrix): Float64Array {
  const dots = sharePairSums(m, 'product');
  const R = m.rows;
  const C = m.cols;
  const norm = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let xr = 0;
    let sq = 0;
    for (let i = r * C; i < r * C + C; i++) {
      xr += m.values[i];
      sq += m.values[i] * m.values[i];
    }
    norm[r] = Math.sqrt(sq) / xr; // ‖s_r‖ = ‖x_r‖ / X_r
  }
  let o = 0;
  for (let a = 0; a < R; a++) {
    const na = norm[a];
    for (let b = a + 1; b < R; b++, o++) dots[o] /= na * norm[b];
  }
  return dots;
}
