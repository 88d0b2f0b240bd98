/**
 * Maurel-Sédillot agglomeration index γ_MS of each industry (firm-level input).
 *
 * Formula   γ_MS,i = ((Σ_j s_ij² − Σ_j x_j²) / (1 − Σ_j x_j²) − H_i) / (1 − H_i)
 * Symbols   see firm-agglomeration-terms.ts (same x, s, H as Ellison-Glaeser).
 * Convention region shares x_j as in ellison-glaeser.ts; unrounded.
 * Edge cases one-firm industry (H = 1) → NaN (undefined).
 * Cost      O(K + I·J).
 * References Maurel and Sédillot (1999) Regional Science and Urban Economics
 *           29(5): 575-604.
 */
import type { FirmTable } from '../matrix/firm-table.ts';
import { firmAgglomerationTerms } from './firm-agglomeration-terms.ts';

export function maurelSedillot(t: FirmTable, regionTotals?: Float64Array): Float64Array {
  const { S, H, X2 } = firmAgglomerationTerms(t, regionTotals);
  const out = new Float64Array(S.length);
  for (let i = 0; i < S.length; i++)
    out[i] = H[i] === 1 ? NaN : ((S[i] - X2) / (1 - X2) - H[i]) / (1 - H[i]);
  return out;
}
