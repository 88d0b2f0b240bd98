/**
 * Ellison-Glaeser agglomeration index γ of each industry (firm-level input).
 *
 * Formula   γ_i = (G_i − (1 − Σ_j x_j²) H_i) / ((1 − Σ_j x_j²)(1 − H_i))
 *           G_i = Σ_j (s_ij − x_j)²; H_i = Σ_k z_k² (plant Herfindahl).
 * Symbols   see firm-agglomeration-terms.ts.
 * Convention REAT 3.0.3 `ellison.a`: x_j from the regions' total activity
 *           (pass `regionTotals`, e.g. all employees of each region); without
 *           them, from the firms' own regional totals (`ellison.a2`). H from
 *           the firms of the industry. Unrounded.
 * Edge cases an industry with one firm (H = 1) is undefined → NaN; γ < 0 means
 *           more dispersed than random location.
 * Cost      O(K + I·J).
 * Check     REAT's documented example (Farhauer and Kröll 2014): 10 firms in
 *           Wien/Linz/Graz with e_j = 500,000/400,000/100,000 give 0.05990628.
 * References Ellison and Glaeser (1997) JPE 105(5): 889-927; REAT `ellison.a`.
 */
import type { FirmTable } from '../matrix/firm-table.ts';
import { firmAgglomerationTerms } from './firm-agglomeration-terms.ts';

export function ellisonGlaeser(t: FirmTable, regionTotals?: Float64Array): Float64Array {
  const { G, H, X2 } = firmAgglomerationTerms(t, regionTotals);
  const out = new Float64Array(G.length);
  const d = 1 - X2;
  for (let i = 0; i < G.length; i++)
    out[i] = H[i] === 1 ? NaN : (G[i] - d * H[i]) / (d * (1 - H[i]));
  return out;
}
