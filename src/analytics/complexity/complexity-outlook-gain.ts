/**
 * Complexity outlook gain (COG), before division by ECI's sd.
 *
 * Formula   cog_ri = (1 − M_ri) Σ_j (1 − M_rj) φ_ji kp_j / Σ_{k≠j} φ_jk
 * Symbols   φ industry proximity with its diagonal left out; kp raw PCI (eci-pci.ts).
 * Convention Stata coicog.ado, the active line:
 *           `cog = (1 :- M) :* ((1 :- M) * (proximity :* ((kp1d :/ (proximity*J(Np,1,1)))*J(1,Np,1))))`
 *           i.e. the gain in the density of the industries j the region lacks, weighted by their
 *           PCI, from entering i. Stata's commented-out older line also subtracted
 *           (1 − ω_ri)·PCI_i; not used. Stata then divides by ECI's sd (not centred), as
 *           standardise-complexity.ts does. Cells with M_ri = 1 are 0.
 * Edge cases an industry proximate to no other (row sum 0) contributes 0 (Stata: missing).
 * Cost      O(Σ_r d_r · I + I²): Σ_j over all j minus the region's ones.
 * References Hausmann, Hidalgo et al. (2014) The Atlas of Economic Complexity; cid-harvard/ecomplexity coicog.ado.
 */
import type { PresenceMatrix } from './presence-matrix.ts';
import { sumRows } from './sum-rows.ts';

export function complexityOutlookGain(
  p: PresenceMatrix,
  phi: Float64Array,
  kp: Float64Array,
): Float64Array {
  const { rows: R, cols: I, rowPtr, colIndex, values } = p;
  // W_ji = φ_ji kp_j / Σ_{k≠j} φ_jk, diagonal 0.
  const W = new Float64Array(I * I);
  const total = new Float64Array(I);
  for (let j = 0; j < I; j++) {
    const base = j * I;
    let rs = 0;
    for (let k = 0; k < I; k++) if (k !== j) rs += phi[base + k];
    const f = rs > 0 ? kp[j] / rs : 0;
    for (let i = 0; i < I; i++) {
      const w = i === j ? 0 : phi[base + i] * f;
      W[base + i] = w;
      total[i] += w;
    }
  }
  const out = new Float64Array(R * I);
  const acc = new Float64Array(I);
  for (let r = 0; r < R; r++) {
    acc.set(total);
    sumRows(W, I, colIndex, rowPtr[r], rowPtr[r + 1], acc, true);
    const o = r * I;
    for (let i = 0; i < I; i++) out[o + i] = values[o + i] === 0 ? acc[i] : 0;
  }
  return out;
}
