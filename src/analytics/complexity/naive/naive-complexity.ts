/**
 * The obvious versions of the complexity kernels over number[][] (dense,
 * straight loops, product matrices formed): test oracles and bench baselines.
 * Conventions are those of the fast files (Stata ecomplexity); see their headers.
 */
import { jacobiEigen } from './jacobi-eigen.ts';

export function naiveRca(x: number[][]): number[][] {
  const R = x.length;
  const I = x[0].length;
  const rs = x.map((row) => row.reduce((a, b) => a + b, 0));
  const cs = Array.from({ length: I }, (_, i) => x.reduce((a, row) => a + row[i], 0));
  const t = rs.reduce((a, b) => a + b, 0);
  return Array.from({ length: R }, (_, r) =>
    Array.from({ length: I }, (_, i) => x[r][i] / rs[r] / (cs[i] / t)),
  );
}

export function naiveMcp(rca: number[][], threshold = 1): number[][] {
  return rca.map((row) => row.map((v) => (v >= threshold ? 1 : 0)));
}

export function naiveDiversity(M: number[][]): number[] {
  return M.map((row) => row.reduce((a, b) => a + b, 0));
}

export function naiveUbiquity(M: number[][]): number[] {
  return M[0].map((_, i) => M.reduce((a, row) => a + row[i], 0));
}

/** P̃ = U⁻¹ Mᵀ D⁻¹ M, formed. */
export function naivePtilde(M: number[][]): number[][] {
  const d = naiveDiversity(M);
  const u = naiveUbiquity(M);
  const I = u.length;
  const P: number[][] = Array.from({ length: I }, () => new Array<number>(I).fill(0));
  for (let r = 0; r < M.length; r++)
    for (let i = 0; i < I; i++) {
      if (M[r][i] === 0) continue;
      const w = 1 / (u[i] * d[r]);
      const Pi = P[i];
      for (let j = 0; j < I; j++) Pi[j] += w * M[r][j];
    }
  return P;
}

/**
 * ECI/PCI with Stata's conventions. 'jacobi': all eigenpairs of the symmetric
 * U^½ P̃ U^-½, second largest by value (small inputs); 'power': power
 * iteration on the formed P̃ with the constant eigenvector projected out.
 */
export function naiveEciPci(
  M: number[][],
  solver: 'jacobi' | 'power' = 'jacobi',
  maxIterations = 5000,
): { eci: number[]; pci: number[]; kc: number[]; kp: number[]; lambda2: number; sd: number } {
  const d = naiveDiversity(M);
  const u = naiveUbiquity(M);
  const R = d.length;
  const I = u.length;
  const P = naivePtilde(M);
  let kp: number[];
  let lambda2: number;
  if (solver === 'jacobi') {
    const S = P.map((row, i) => row.map((v, j) => (v * Math.sqrt(u[i])) / Math.sqrt(u[j])));
    // Symmetrise rounding.
    for (let i = 0; i < I; i++)
      for (let j = i + 1; j < I; j++) S[i][j] = S[j][i] = (S[i][j] + S[j][i]) / 2;
    const { values, vectors } = jacobiEigen(S);
    const order = values.map((_, k) => k).sort((a, b) => values[b] - values[a]);
    lambda2 = values[order[1]];
    kp = vectors[order[1]].map((v, i) => v / Math.sqrt(u[i]));
  } else {
    const total = u.reduce((a, b) => a + b, 0);
    kp = u.map((_, i) => Math.sin(i + 1));
    lambda2 = 0;
    for (let it = 0; it < maxIterations; it++) {
      const m = kp.reduce((a, v, i) => a + u[i] * v, 0) / total;
      kp = kp.map((v) => v - m);
      const next = P.map((row) => row.reduce((a, v, j) => a + v * kp[j], 0));
      const norm = Math.sqrt(next.reduce((a, v, i) => a + u[i] * v * v, 0));
      const prev = Math.sqrt(kp.reduce((a, v, i) => a + u[i] * v * v, 0));
      lambda2 = norm / prev;
      const nk = next.map((v) => v / norm);
      const delta = Math.max(...nk.map((v, i) => Math.abs(v - kp[i] / prev)));
      kp = nk;
      if (delta < 1e-13) break;
    }
  }
  let kc = M.map((row, r) => row.reduce((a, v, i) => a + v * kp[i], 0) / d[r]);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const md = mean(d);
  const mk = mean(kc);
  const corr = d.reduce((a, v, r) => a + (v - md) * (kc[r] - mk), 0);
  if (!(corr > 0)) {
    kc = kc.map((v) => -v);
    kp = kp.map((v) => -v);
  }
  const m = mean(kc);
  const sd = Math.sqrt((I * kc.reduce((a, v) => a + (v - m) ** 2, 0)) / (R * I - 1));
  return {
    eci: kc.map((v) => (v - m) / sd),
    pci: kp.map((v) => (v - m) / sd),
    kc,
    kp,
    lambda2,
    sd,
  };
}

/** φ = C / max(u_i, u_j) with C = MᵀM formed; diagonal 0 (Stata). */
export function naiveProximity(M: number[][]): number[][] {
  const u = naiveUbiquity(M);
  const I = u.length;
  const C: number[][] = Array.from({ length: I }, () => new Array<number>(I).fill(0));
  for (const row of M)
    for (let i = 0; i < I; i++) {
      if (row[i] === 0) continue;
      const Ci = C[i];
      for (let j = 0; j < I; j++) Ci[j] += row[j];
    }
  return C.map((row, i) => row.map((c, j) => (i === j ? 0 : c / Math.max(u[i], u[j]))));
}

/** density = M φ / colSums(φ), diagonal-0 φ, all products formed. */
export function naiveDensity(M: number[][], phi: number[][]): number[][] {
  const I = phi.length;
  const cs = Array.from({ length: I }, (_, j) => phi.reduce((a, row) => a + row[j], 0));
  return M.map((row) => {
    const out = new Array<number>(I).fill(0);
    for (let k = 0; k < I; k++) {
      if (row[k] === 0) continue;
      const pk = phi[k];
      for (let j = 0; j < I; j++) out[j] += pk[j];
    }
    return out.map((v, j) => v / cs[j]);
  });
}

/** Raw COI Σ_i ω(1 − M) kp (standardise afterwards). */
export function naiveCoi(M: number[][], dens: number[][], kp: number[]): number[] {
  return M.map((row, r) => row.reduce((a, m, i) => a + dens[r][i] * (1 - m) * kp[i], 0));
}

/** Raw COG (1 − M) ∘ ((1 − M) (φ ∘ (kp/rowSums(φ)) 1ᵀ)), Stata coicog.ado. */
export function naiveCog(M: number[][], phi: number[][], kp: number[]): number[][] {
  const I = phi.length;
  const rs = phi.map((row) => row.reduce((a, b) => a + b, 0));
  const W = phi.map((row, j) => row.map((v) => (v * kp[j]) / rs[j]));
  return M.map((row) => {
    const out = new Array<number>(I).fill(0);
    for (let j = 0; j < I; j++) {
      if (row[j] !== 0) continue;
      const Wj = W[j];
      for (let i = 0; i < I; i++) out[i] += Wj[i];
    }
    return out.map((v, i) => (row[i] === 0 ? v : 0));
  });
}
