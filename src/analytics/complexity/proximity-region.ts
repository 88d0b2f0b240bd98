/**
 * Proximity between regions (the "country space").
 *
 * Formula   φ_rs = C_rs / max(d_r, d_s),  C = M Mᵀ (regions sharing specialisations).
 * Symbols   d diversity.
 * Convention diagonal `diagonal` (default 1); Stata's `country_proximity` (proxdiscrete.ado)
 *           has 0 there.
 * Edge cases every d_r ≥ 1 on a PresenceMatrix.
 * Cost      O(Σ_i u_i² + R²) time, R² memory (72 MB at 3,000 regions).
 * References Hidalgo et al. (2007) Science 317: 482-487; cid-harvard/ecomplexity proxdiscrete.ado.
 */
import { regionCoOccurrence } from './co-occurrence.ts';
import type { PresenceMatrix } from './presence-matrix.ts';

export function proximityRegion(p: PresenceMatrix, opts: { diagonal?: number } = {}): Float64Array {
  const R = p.rows;
  const d = p.diversity;
  const phi = regionCoOccurrence(p);
  for (let a = 0; a < R; a++)
    for (let b = 0; b < R; b++) phi[a * R + b] /= d[a] > d[b] ? d[a] : d[b];
  const diag = opts.diagonal ?? 1;
  for (let a = 0; a < R; a++) phi[a * R + a] = diag;
  return phi;
}
