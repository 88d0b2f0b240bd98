/**
 * Core distances for HDBSCAN: the distance from each point to its k-th
 * nearest neighbour, the point itself counted as the first (scikit-learn's
 * convention: kneighbors(X, k)[-1] with X the fitted data, so k = 1 gives 0).
 *
 * Method: k-NN by growing radius queries on the sphere index: query r; if
 * fewer than k points lie within r, double r; else the k-th smallest of their
 * distances is exact (every point nearer than r was returned). r starts at
 * the previous point's answer, which is close for neighbouring points.
 * Distances are angles in radians, d = 2·asin(√h) with h the reduced
 * haversine distance (haversine.ts) — scikit-learn's HaversineDistance.
 * Edge cases: k > n is an error; duplicates give 0.
 * Cost: O(n · (log n + m log m)) for m points per final query.
 */
import { AtlasError } from '../../core/errors.ts';
import { SphereIndex } from './sphere-index.ts';

export function coreDistances(index: SphereIndex, k: number): Float64Array {
  const n = index.n;
  if (!Number.isInteger(k) || k < 1 || k > n)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `min samples must be an integer in [1, ${n}], not ${k}`,
      {
        k,
        n,
      },
    );
  const out = new Float64Array(n);
  const R = index.radiusKm;
  const { phi, lam, cosPhi } = index;
  let guessKm = 1;
  const scratch: number[] = [];
  for (let i = 0; i < n; i++) {
    let r = Math.max(guessKm, 1e-6);
    for (;;) {
      const m = index.within(i, r);
      if (m >= k || r > Math.PI * R) {
        scratch.length = 0;
        const found = index.result;
        for (let j = 0; j < m; j++) {
          const q = found[j];
          const s0 = Math.sin(0.5 * (phi[i] - phi[q]));
          const s1 = Math.sin(0.5 * (lam[i] - lam[q]));
          scratch.push(2 * Math.asin(Math.sqrt(s0 * s0 + cosPhi[i] * cosPhi[q] * s1 * s1)));
        }
        scratch.sort((a, b) => a - b);
        out[i] = scratch[k - 1];
        guessKm = Math.max(out[i] * R * 1.0001, 1e-6);
        break;
      }
      r *= 2;
    }
  }
  return out;
}
