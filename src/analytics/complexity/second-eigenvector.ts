/**
 * The eigenvector of the second largest eigenvalue of P̃ = U⁻¹ Mᵀ D⁻¹ M
 * (industries × industries), without forming P̃ or any product matrix.
 *
 * Method    P̃ is similar to the symmetric S = U^-½ Mᵀ D⁻¹ M U^-½ (eigenvalues in [0, 1]);
 *           S·(U^½ 1) = U^½ 1 with λ1 = 1. Lanczos with full reorthogonalisation on S in the
 *           complement of q1 = U^½ 1/‖U^½ 1‖ gives the largest eigenvalue there, λ2, and its
 *           vector v; kp = U^-½ v. The eigenvector is chosen by eigenvalue order (the largest
 *           Ritz value of the deflated operator), never by position. Each step costs two passes
 *           over the ones of M (gathers by row, CSR, then by column, CSC) and the reorthogonalisation
 *           against the earlier vectors.
 * Symbols   M binary R × I, D = diag(diversity), U = diag(ubiquity).
 * Convention kp is scaled to ‖U^½ kp‖ = 1 and has Σ_i u_i kp_i = 0; its sign is not fixed here
 *           (eci-pci.ts fixes it). Stata's Mata `eigensystem` returns a unit-length vector of
 *           P̃ itself: a different scale, removed by the standardisation.
 * Edge cases one industry → no second eigenvector (NaN). λ2 = 1 (disconnected blocks) or 0 →
 *           returned with the value; callers warn. Deterministic start vector (seeded).
 * Cost      O(k·(nnz(M) + k·I)) for k Lanczos steps (k ≪ I), plus O(k³) for T_k.
 * References Lanczos (1950) J. Res. Nat. Bur. Standards 45: 255-282; Golub and Van Loan,
 *           Matrix Computations, 4th ed., §10.1; Hidalgo and Hausmann (2009) PNAS 106: 10570-10575.
 */
import type { PresenceMatrix } from './presence-matrix.ts';
import { tridiagonalEigen } from './tridiagonal-eigen.ts';

export interface SecondEigen {
  /** Raw eigenvector of P̃ for λ2 (‖U^½ kp‖ = 1), sign arbitrary. */
  kp: Float64Array;
  lambda2: number;
  /** Third largest eigenvalue as far as Lanczos resolved it (NaN if none). */
  lambda3: number;
  steps: number;
  residual: number;
  converged: boolean;
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
}

export function secondEigenvector(
  p: PresenceMatrix,
  opts: { tolerance?: number; maxSteps?: number } = {},
): SecondEigen {
  const { rows: R, cols: I, rowPtr, colIndex, diversity: d, ubiquity: u } = p;
  const n = I - 1; // dimension of the deflated space
  if (n < 1)
    return {
      kp: new Float64Array(I).fill(NaN),
      lambda2: NaN,
      lambda3: NaN,
      steps: 0,
      residual: 0,
      converged: true,
    };
  const tol = opts.tolerance ?? 1e-14;
  const maxSteps = Math.min(n, opts.maxSteps ?? 600);
  const sqrtU = Float64Array.from(u, Math.sqrt);
  const invSqrtU = Float64Array.from(sqrtU, (x) => 1 / x);
  const invD = Float64Array.from(d, (x) => 1 / x);
  let norm1 = 0;
  for (let i = 0; i < I; i++) norm1 += u[i];
  const q1 = Float64Array.from(sqrtU, (x) => x / Math.sqrt(norm1));
  const z = new Float64Array(R);
  const y = new Float64Array(I);
  // The ones by column too (CSC), so that both halves of S·x are gathers.
  const colPtr = new Int32Array(I + 1);
  for (let k = 0; k < colIndex.length; k++) colPtr[colIndex[k] + 1]++;
  for (let i = 0; i < I; i++) colPtr[i + 1] += colPtr[i];
  const rowIndex = new Int32Array(colIndex.length);
  const fill = colPtr.slice(0, I);
  for (let r = 0; r < R; r++)
    for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) rowIndex[fill[colIndex[k]]++] = r;

  const deflate = (w: Float64Array) => {
    let s = 0;
    for (let i = 0; i < I; i++) s += q1[i] * w[i];
    for (let i = 0; i < I; i++) w[i] -= s * q1[i];
  };
  /** w = S x in the complement of q1. */
  const apply = (x: Float64Array, w: Float64Array) => {
    for (let i = 0; i < I; i++) y[i] = x[i] * invSqrtU[i];
    for (let r = 0; r < R; r++) {
      let s = 0;
      for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) s += y[colIndex[k]];
      z[r] = s * invD[r];
    }
    for (let i = 0; i < I; i++) {
      let s = 0;
      for (let k = colPtr[i]; k < colPtr[i + 1]; k++) s += z[rowIndex[k]];
      w[i] = s * invSqrtU[i];
    }
    deflate(w);
  };
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < I; i++) s += a[i] * b[i];
    return s;
  };

  const Q: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  const rand = seeded(2009);
  let q = Float64Array.from({ length: I }, () => rand());
  deflate(q);
  let nq = Math.sqrt(dot(q, q));
  for (let i = 0; i < I; i++) q[i] /= nq;

  let nextCheck = 8;
  let best = { theta: NaN, theta2: NaN, y: new Float64Array(0), residual: Infinity };
  const ritz = (k: number, lastBeta: number) => {
    const { values, vectors } = tridiagonalEigen(alpha.slice(0, k), beta.slice(0, k - 1));
    const yv = vectors.subarray((k - 1) * k, k * k);
    best = {
      theta: values[k - 1],
      theta2: k > 1 ? values[k - 2] : NaN,
      y: Float64Array.from(yv),
      residual: Math.abs(lastBeta * yv[k - 1]),
    };
  };
  const w = new Float64Array(I);
  let steps = 0;
  for (let j = 0; j < maxSteps; j++) {
    Q.push(q);
    apply(q, w);
    const a = dot(q, w);
    alpha.push(a);
    // Full reorthogonalisation, twice ("twice is enough"), then off q1.
    for (let pass = 0; pass < 2; pass++) {
      for (const qi of Q) {
        const s = dot(qi, w);
        for (let i = 0; i < I; i++) w[i] -= s * qi[i];
      }
      deflate(w);
    }
    const b = Math.sqrt(dot(w, w));
    steps = j + 1;
    const breakdown = b <= 1e-13 * Math.max(1, Math.abs(a)) || steps === maxSteps;
    if (breakdown || steps >= nextCheck) {
      ritz(steps, breakdown && steps < maxSteps ? 0 : b);
      if (breakdown || best.residual <= tol) break;
      nextCheck = steps + Math.max(4, Math.ceil(steps * 0.15));
    }
    beta.push(b);
    q = Float64Array.from(w, (x) => x / b);
  }
  // Ritz vector v = Σ y_j q_j, then kp = U^-½ v scaled to ‖v‖ = 1.
  const v = new Float64Array(I);
  for (let j = 0; j < best.y.length; j++) {
    const c = best.y[j];
    const qj = Q[j];
    for (let i = 0; i < I; i++) v[i] += c * qj[i];
  }
  nq = Math.sqrt(dot(v, v));
  const kp = new Float64Array(I);
  for (let i = 0; i < I; i++) kp[i] = (v[i] / nq) * invSqrtU[i];
  return {
    kp,
    lambda2: best.theta,
    lambda3: best.theta2,
    steps,
    residual: best.residual,
    converged: best.residual <= tol || steps === n,
  };
}
