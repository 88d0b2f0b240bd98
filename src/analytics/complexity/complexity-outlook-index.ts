/**
 * Complexity outlook index (COI, "opportunity value"), before standardisation.
 *
 * Formula   coi_r = Σ_i ω_ri (1 − M_ri) kp_i
 * Symbols   ω density (density.ts); kp raw PCI (eci-pci.ts, sign fixed).
 * Convention Stata coicog.ado: `coi = ((density :* (1 :- M)) :* kp) * J(Np,Np,1)` with the raw kp,
 *           then standardised by its own mean and sd (standardise-complexity.ts). The result
 *           does not depend on the scale of kp.
 * Edge cases a region specialised in everything has coi = 0; NaN density → NaN.
 * Cost      O(R·I).
 * References Hausmann, Hidalgo et al. (2014) The Atlas of Economic Complexity; cid-harvard/ecomplexity coicog.ado.
 */
import type { PresenceMatrix } from './presence-matrix.ts';

export function complexityOutlookIndex(
  p: PresenceMatrix,
  dens: Float64Array,
  kp: Float64Array,
): Float64Array {
  const { rows: R, cols: I, values } = p;
  const out = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let s = 0;
    for (let i = 0, b = r * I; i < I; i++) if (values[b + i] === 0) s += dens[b + i] * kp[i];
    out[r] = s;
  }
  return out;
}
