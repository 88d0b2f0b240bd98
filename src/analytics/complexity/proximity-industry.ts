/**
 * Proximity between industries (the product space).
 *
 * Formula   φ_ij = C_ij / max(u_i, u_j) = min(P(M_ri | M_rj), P(M_rj | M_ri)),  C = MᵀM.
 * Symbols   u ubiquity; C co-occurrence (co-occurrence.ts).
 * Convention diagonal `diagonal` (default 1, φ_ii = u_i/u_i: an industry is fully proximate to
 *           itself, as the issue asks and as a similarity matrix reads). Stata (proxdiscrete.ado,
 *           symmetric: `(P1+P2 − |P1−P2|)/2 − I`) and py-ecomplexity (`np.fill_diagonal(phi, 0)`)
 *           store 0 on the diagonal; density, COI and COG here ignore the diagonal, as they do.
 * Edge cases every u_i ≥ 1 on a PresenceMatrix, so no division by zero.
 * Cost      O(min(Σ_r d_r², I²·R/64) + I²): co-occurrence by the pair loop or by popcount
 *           over bit-packed columns, whichever is cheaper (co-occurrence-popcount.ts).
 * References Hidalgo, Klinger, Barabási and Hausmann (2007) Science 317: 482-487;
 *           cid-harvard/ecomplexity proxdiscrete.ado.
 */
import { coOccurrence } from './co-occurrence.ts';
import { coOccurrencePopcount, prefersPopcount } from './co-occurrence-popcount.ts';
import type { PresenceMatrix } from './presence-matrix.ts';

export function proximityIndustry(
  p: PresenceMatrix,
  opts: { diagonal?: number } = {},
): Float64Array {
  const I = p.cols;
  const u = p.ubiquity;
  const phi = prefersPopcount(p) ? coOccurrencePopcount(p) : coOccurrence(p);
  for (let i = 0; i < I; i++)
    for (let j = 0; j < I; j++) phi[i * I + j] /= u[i] > u[j] ? u[i] : u[j];
  const diag = opts.diagonal ?? 1;
  for (let i = 0; i < I; i++) phi[i * I + i] = diag;
  return phi;
}
