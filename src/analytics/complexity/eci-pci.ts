/**
 * Economic Complexity Index (regions) and Product/industry Complexity Index,
 * eigenvector method, before standardisation (standardise-complexity.ts).
 *
 * Formula   P̃ = U⁻¹ Mᵀ D⁻¹ M;  P̃ kp = λ2 kp (second largest eigenvalue);  kc = D⁻¹ M kp
 *           (kc_r = mean of kp over the industries region r is specialised in). Equivalently kc
 *           is the λ2 eigenvector of M̃ = D⁻¹ M U⁻¹ Mᵀ, the regions' matrix.
 * Symbols   M binary R × I (presence-matrix.ts); D = diag(diversity); U = diag(ubiquity).
 * Convention Stata ecomplexity (ecipci.ado): the eigenvector of P̃ for the second eigenvalue
 *           in order of size (chosen by value, never by position: numpy/Mata return unsorted or
 *           |λ|-sorted spectra), kc = (M :/ kc0)·kp, sign: both flipped unless
 *           corr(diversity, kc) > 0 (Stata: `2*(correlation > 0) − 1`, so a zero or undefined
 *           correlation flips). py-ecomplexity: same vector, sign by `np.sign(corr)`.
 * Edge cases λ2 within 1e-6 of λ1 = 1 (the bipartite network splits into blocks: the
 *           eigenvector then separates blocks, not complexity) or below 1e-6 (a single region,
 *           identical regions): ATLAS_W_ECI_DEGENERATE with λ2 in the details; values are still
 *           returned. One industry: NaN. Lanczos not converged: ATLAS_W_NOT_CONVERGED.
 * Cost      second-eigenvector.ts: O(k·nnz(M) + k²·I), k Lanczos steps; no I × I or R × R product.
 * References Hidalgo and Hausmann (2009) PNAS 106: 10570-10575; Hausmann, Hidalgo et al. (2014)
 *           The Atlas of Economic Complexity, MIT Press; cid-harvard/ecomplexity (Stata) ecipci.ado;
 *           cid-harvard/py-ecomplexity ecomplexity.py.
 */
import { warning, type AtlasWarning } from '../../core/errors.ts';
import type { PresenceMatrix } from './presence-matrix.ts';
import { secondEigenvector } from './second-eigenvector.ts';

export interface RawComplexity {
  /** Regions' raw score (mean of kp over their industries), sign fixed. */
  kc: Float64Array;
  /** Industries' raw score (eigenvector of P̃ with ‖U^½ kp‖ = 1), sign fixed. */
  kp: Float64Array;
  lambda2: number;
  warnings: AtlasWarning[];
}

/** kc = D⁻¹ M kp. */
export function regionMeans(p: PresenceMatrix, kp: Float64Array): Float64Array {
  const kc = new Float64Array(p.rows);
  for (let r = 0; r < p.rows; r++) {
    let s = 0;
    for (let k = p.rowPtr[r]; k < p.rowPtr[r + 1]; k++) s += kp[p.colIndex[k]];
    kc[r] = s / p.diversity[r];
  }
  return kc;
}

/** Pearson correlation; NaN when either side is constant. */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let k = 0; k < n; k++) {
    ma += a[k];
    mb += b[k];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let k = 0; k < n; k++) {
    const x = a[k] - ma;
    const y = b[k] - mb;
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Stata's sign rule: keep when corr(diversity, kc) > 0, flip otherwise. */
export function fixSign(p: PresenceMatrix, kc: Float64Array, kp: Float64Array): void {
  if (correlation(p.diversity, kc) > 0) return;
  for (let k = 0; k < kc.length; k++) kc[k] = -kc[k];
  for (let k = 0; k < kp.length; k++) kp[k] = -kp[k];
}

export const EIGEN_GAP = 1e-6;

export function eciPci(p: PresenceMatrix): RawComplexity {
  const e = secondEigenvector(p);
  const kp = e.kp;
  const kc = regionMeans(p, kp);
  fixSign(p, kc, kp);
  const warnings: AtlasWarning[] = [];
  if (!e.converged)
    warnings.push(
      warning('ATLAS_W_NOT_CONVERGED', `ECI eigenvector: Lanczos stopped after ${e.steps} steps`, {
        method: 'lanczos',
        steps: e.steps,
        residual: e.residual,
      }),
    );
  if (Number.isNaN(e.lambda2) || 1 - e.lambda2 < EIGEN_GAP || e.lambda2 < EIGEN_GAP) {
    const reason = Number.isNaN(e.lambda2)
      ? 'fewer than two industries'
      : 1 - e.lambda2 < EIGEN_GAP
        ? 'λ2 ≈ λ1 = 1: regions and industries fall into disconnected blocks'
        : 'λ2 ≈ 0: no structure beyond the trivial eigenvector (e.g. one region or identical regions)';
    warnings.push(
      warning('ATLAS_W_ECI_DEGENERATE', `ECI/PCI: ${reason} (λ2 = ${e.lambda2})`, {
        lambda1: 1,
        lambda2: e.lambda2,
        reason,
      }),
    );
  }
  return { kc, kp, lambda2: e.lambda2, warnings };
}
