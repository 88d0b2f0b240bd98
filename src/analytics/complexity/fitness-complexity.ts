/**
 * Fitness of regions and complexity of industries (Tacchella et al. 2012).
 *
 * Formula   F̃_r(n) = Σ_i M_ri Q_i(n−1);  Q̃_i(n) = 1 / Σ_r M_ri / F_r(n−1);
 *           F(n) = F̃(n)/mean(F̃(n)), Q(n) = Q̃(n)/mean(Q̃(n));  F(0) = Q(0) = 1.
 * Convention both updated from the previous iterate (simultaneous), normalised by their mean each
 *           iteration (the paper's ⟨·⟩ normalisation); stops when the largest relative change
 *           of F and Q (both of mean 1, so absolute = relative to the mean) is below
 *           `tolerance` (default 1e-10) or after `iterations` (default 1000).
 * Edge cases nested matrices make some F and Q tend to 0 without converging (known): the last
 *           iterate is returned with ATLAS_W_NOT_CONVERGED; the ranking is stable long before.
 * Cost      O(iterations · nnz(M)).
 * References Tacchella, Cristelli, Caldarelli, Gabrielli and Pietronero (2012) Scientific
 *           Reports 2: 723; Pugliese, Zaccaria and Pietronero (2016) Eur. Phys. J. ST 225: 1893.
 */
import { warning, type AtlasWarning } from '../../core/errors.ts';
import type { PresenceMatrix } from './presence-matrix.ts';

export function fitnessComplexity(
  p: PresenceMatrix,
  opts: { iterations?: number; tolerance?: number } = {},
): {
  fitness: Float64Array;
  complexity: Float64Array;
  iterations: number;
  warnings: AtlasWarning[];
} {
  const { rows: R, cols: I, rowPtr, colIndex } = p;
  const maxIt = opts.iterations ?? 1000;
  const tol = opts.tolerance ?? 1e-10;
  let F = new Float64Array(R).fill(1);
  let Q = new Float64Array(I).fill(1);
  let change = Infinity;
  let it = 0;
  while (it < maxIt && change > tol) {
    it++;
    const nF = new Float64Array(R);
    const inv = new Float64Array(I);
    for (let r = 0; r < R; r++) {
      let s = 0;
      const w = 1 / F[r];
      for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
        s += Q[colIndex[k]];
        inv[colIndex[k]] += w;
      }
      nF[r] = s;
    }
    const nQ = Float64Array.from(inv, (x) => 1 / x);
    const mf = nF.reduce((a, b) => a + b, 0) / R;
    const mq = nQ.reduce((a, b) => a + b, 0) / I;
    change = 0;
    for (let r = 0; r < R; r++) {
      nF[r] /= mf;
      change = Math.max(change, Math.abs(nF[r] - F[r]));
    }
    for (let i = 0; i < I; i++) {
      nQ[i] /= mq;
      change = Math.max(change, Math.abs(nQ[i] - Q[i]));
    }
    F = nF;
    Q = nQ;
  }
  const warnings =
    change > tol
      ? [
          warning(
            'ATLAS_W_NOT_CONVERGED',
            `fitness: no fixed point after ${it} iterations (last change ${change.toExponential(2)})`,
            {
              method: 'fitness',
              iterations: it,
              change,
            },
          ),
        ]
      : [];
  return { fitness: F, complexity: Q, iterations: it, warnings };
}
