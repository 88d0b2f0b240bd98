import { describe, expect, it } from 'vitest';
import { presenceFromBinary } from '../../src/analytics/complexity/presence-matrix.ts';
import { secondEigenvector } from '../../src/analytics/complexity/second-eigenvector.ts';
import {
  tridiagonalEigen,
  tridiagonalLastComponents,
} from '../../src/analytics/complexity/tridiagonal-eigen.ts';

/** mulberry32, seeded. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the parts of the ECI eigensolver', () => {
  it('the last components of T_k are those of its full eigenvectors', () => {
    const rand = rng(5);
    for (const k of [1, 2, 7, 40]) {
      const diag = Array.from({ length: k }, () => rand());
      const off = Array.from({ length: k - 1 }, () => rand() - 0.5);
      const full = tridiagonalEigen(diag, off);
      const last = tridiagonalLastComponents(diag, off);
      for (let j = 0; j < k; j++) {
        expect(last.values[j]).toBeCloseTo(full.values[j], 13);
        expect(Math.abs(last.last[j])).toBeCloseTo(Math.abs(full.vectors[j * k + k - 1]), 12);
      }
    }
  });

  it('Lanczos gives the dense second eigenvector of P̃ (power iteration with deflation, formed matrix)', () => {
    const rand = rng(11);
    const R = 60;
    const I = 25;
    const values = Float64Array.from({ length: R * I }, () => (rand() < 0.35 ? 1 : 0));
    const regions = Array.from({ length: R }, (_, r) => `r${r}`);
    const industries = Array.from({ length: I }, (_, i) => `i${i}`);
    const p = presenceFromBinary(regions, industries, values).presence;
    const got = secondEigenvector(p);
    expect(got.converged).toBe(true);
    // Slow and obvious: S = U^-½ Mᵀ D⁻¹ M U^-½ formed, power iteration off its top vector.
    const n = p.cols;
    const S = Array.from({ length: n }, () => new Float64Array(n));
    for (let r = 0; r < p.rows; r++)
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          S[i][j] +=
            (p.values[r * n + i] * p.values[r * n + j]) /
            p.diversity[r] /
            Math.sqrt(p.ubiquity[i] * p.ubiquity[j]);
    const top = Array.from(p.ubiquity, Math.sqrt);
    const nt = Math.hypot(...top);
    let v = Array.from({ length: n }, () => rand() - 0.5);
    for (let it = 0; it < 5000; it++) {
      const c = v.reduce((s, x, i) => s + (x * top[i]) / nt, 0);
      v = v.map((x, i) => x - (c * top[i]) / nt);
      // Shifted by 1 so that the largest eigenvalue of the rest dominates in magnitude.
      const w = S.map((row, i) => row.reduce((s, x, j) => s + x * v[j], 0) + v[i]);
      const nw = Math.hypot(...w);
      v = w.map((x) => x / nw);
    }
    const kp = v.map((x, i) => x / Math.sqrt(p.ubiquity[i]));
    const sign = Math.sign(kp[0] * got.kp[0]);
    for (let i = 0; i < n; i++) expect(sign * got.kp[i]).toBeCloseTo(kp[i], 8);
  });
});
