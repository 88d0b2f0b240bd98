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
 * Cost      O(K + I·J) time for K firms, I industries, J regions; O(K + I + J) memory.
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
  const firmCount = new Int32Array(I);
  for (let k = 0; k < K; k++) {
    const i = t.industry[k];
    Ei[i] += t.value[k];
    firmCount[i]++;
  }
  const H = new Float64Array(I);
  for (let k = 0; k < K; k++) {
    const z = t.value[k] / Ei[t.industry[k]];
    H[t.industry[k]] += z * z;
  }
  // Firms grouped by industry (a stable counting sort, so each industry's
  // firms keep their input order), then one industry at a time through a
  // J-long scratch row: no I × J matrix (34 MB at 1,400 × 3,000, written at
  // random), the same sums in the same order as the dense version.
  const start = new Int32Array(I + 1);
  for (let i = 0; i < I; i++) start[i + 1] = start[i] + firmCount[i];
  const fill = start.slice(0, I);
  const order = new Int32Array(K);
  for (let k = 0; k < K; k++) order[fill[t.industry[k]]++] = k;
  const e = new Float64Array(J);
  const G = new Float64Array(I);
  const S = new Float64Array(I);
  for (let i = 0; i < I; i++) {
    for (let q = start[i]; q < start[i + 1]; q++) {
      const k = order[q];
      e[t.region[k]] += t.value[k];
    }
    let g = 0;
    let s2 = 0;
    const ei = Ei[i];
    for (let j = 0; j < J; j++) {
      const s = e[j] / ei;
      g += (s - x[j]) * (s - x[j]);
      s2 += s * s;
    }
    G[i] = g;
    S[i] = s2;
    for (let q = start[i]; q < start[i + 1]; q++) e[t.region[order[q]]] = 0;
  }
  return { G, S, H, X2, firmCount };
}
