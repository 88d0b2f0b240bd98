/**
 * The per-industry sums that the Ellison-Glaeser and Maurel-Sédillot indices
 * are built from, for firm-level input.
 *
 * Symbols   x_j  share of region j in aggregate activity (region totals);
 *           s_ij share of region j in industry i (from the firms of i);
 *           z_k  share of firm k in its industry; H_i = Σ_k z_k² (plant Herfindahl).
 * Returns   G_i = Σ_j (s_ij − x_j)², S_i = Σ_j s_ij², H_i, and X2 = Σ_j x_j².
 * Convention region totals default to the firms' own totals by region (REAT
 *           3.0.3 `ellison.a2`); given totals must cover every firm's region
 *           (REAT `ellison.a`, where e_j is the regions' total employment).
 * Cost      O(K + I·J) for K firms, I industries, J regions.
 */
import { AtlasError } from '../../core/errors.ts';
import type { FirmTable } from '../matrix/firm-table.ts';

export interface FirmAgglomerationTerms {
  readonly G: Float64Array;
  readonly S: Float64Array;
  readonly H: Float64Array;
  readonly X2: number;
  readonly firmCount: Int32Array;
}

export function firmAgglomerationTerms(
  t: FirmTable,
  regionTotals?: Float64Array,
): FirmAgglomerationTerms {
  const J = t.regions.length;
  const I = t.industries.length;
  const K = t.value.length;
  let totals = regionTotals;
  if (!totals) {
    totals = new Float64Array(J);
    for (let k = 0; k < K; k++) totals[t.region[k]] += t.value[k];
  } else if (totals.length !== J) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `region totals cover ${totals.length} regions, the firms name ${J}`,
      { regions: t.regions.slice(totals.length) },
    );
  }
  let all = 0;
  for (let j = 0; j < J; j++) all += totals[j];
  const x = new Float64Array(J);
  let X2 = 0;
  for (let j = 0; j < J; j++) {
    x[j] = totals[j] / all;
    X2 += x[j] * x[j];
  }
  const Ei = new Float64Array(I);
  const Eij = new Float64Array(I * J);
  const firmCount = new Int32Array(I);
  for (let k = 0; k < K; k++) {
    const i = t.industry[k];
    Ei[i] += t.value[k];
    Eij[i * J + t.region[k]] += t.value[k];
    firmCount[i]++;
  }
  const H = new Float64Array(I);
  for (let k = 0; k < K; k++) {
    const z = t.value[k] / Ei[t.industry[k]];
    H[t.industry[k]] += z * z;
  }
  const G = new Float64Array(I);
  const S = new Float64Array(I);
  for (let i = 0; i < I; i++) {
    let g = 0;
    let s2 = 0;
    for (let j = 0; j < J; j++) {
      const s = Eij[i * J + j] / Ei[i];
      g += (s - x[j]) * (s - x[j]);
      s2 += s * s;
    }
    G[i] = g;
    S[i] = s2;
  }
  return { G, S, H, X2, firmCount };
}
