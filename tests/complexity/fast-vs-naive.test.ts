/**
 * Every fast kernel against its obvious version (naive/naive-complexity.ts:
 * dense product matrices, Jacobi eigendecomposition) on seeded synthetic
 * matrices, and against the world trade matrix for proximity (226 × 785).
 * Tolerance 1e-9 relative + 1e-12 absolute.
 */
import { describe, expect, it } from 'vitest';
import { complexityOutlookGain } from '../../src/analytics/complexity/complexity-outlook-gain.ts';
import { complexityOutlookIndex } from '../../src/analytics/complexity/complexity-outlook-index.ts';
import { density } from '../../src/analytics/complexity/density.ts';
import { densityAndGain } from '../../src/analytics/complexity/density-and-gain.ts';
import { eciPci } from '../../src/analytics/complexity/eci-pci.ts';
import { presenceMatrix } from '../../src/analytics/complexity/presence-matrix.ts';
import { proximityIndustry } from '../../src/analytics/complexity/proximity-industry.ts';
import { proximityRegion } from '../../src/analytics/complexity/proximity-region.ts';
import { relatednessProbability } from '../../src/analytics/complexity/relatedness-probability.ts';
import {
  naiveCoi,
  naiveCog,
  naiveDensity,
  naiveEciPci,
  naiveMcp,
  naiveProximity,
  naiveRca,
} from '../../src/analytics/complexity/naive/naive-complexity.ts';
import {
  standardise,
  standardiser,
} from '../../src/analytics/complexity/standardise-complexity.ts';
import { expectClose, matrixOf, synthetic } from './load.ts';

const TOL = [1e-9, 1e-12] as const;

describe.each([
  [40, 25, 1],
  [120, 60, 7],
])('synthetic %i × %i (seed %i)', (R, I, seed) => {
  const x = synthetic(R, I, seed);
  const { presence: p } = presenceMatrix(matrixOf(x));
  const M = naiveMcp(naiveRca(x));
  it('has no empty row or column at RCA ≥ 1 (else the naive side would divide by 0)', () => {
    expect(p.rows).toBe(R);
    expect(p.cols).toBe(I);
  });

  const raw = eciPci(p);
  const ref = naiveEciPci(M);
  it('λ2 and ECI/PCI (Lanczos vs Jacobi)', () => {
    expectClose([raw.lambda2], [ref.lambda2], 1e-10);
    const s = standardiser(raw.kc, I);
    expectClose(standardise(raw.kc, s), ref.eci, ...TOL);
    expectClose(standardise(raw.kp, s), ref.pci, ...TOL);
  });

  it('ECI by power iteration on the formed P̃ agrees too', () => {
    expectClose(naiveEciPci(M, 'power').eci, ref.eci, 1e-7, 1e-9);
  });

  const phi = proximityIndustry(p);
  const phiRef = naiveProximity(M);
  it('proximity (diagonal 1 here, 0 in Stata) and density', () => {
    const off = Float64Array.from(phi);
    for (let i = 0; i < I; i++) off[i * I + i] = 0;
    expectClose(off, phiRef.flat(), ...TOL);
    for (const simd of [true, false])
      expectClose(density(p, phi, { simd }), naiveDensity(M, phiRef).flat(), ...TOL);
  });

  it('COI and COG (raw)', () => {
    const dens = density(p, phi);
    expectClose(
      complexityOutlookIndex(p, dens, raw.kp),
      naiveCoi(
        M,
        naiveDensity(M, phiRef),
        ref.kp.map((v) => v * (raw.kp[0] / ref.kp[0])),
      ),
      ...TOL,
    );
    const scale = raw.kp[0] / ref.kp[0];
    expectClose(
      complexityOutlookGain(p, phi, raw.kp),
      naiveCog(M, phiRef, ref.kp)
        .flat()
        .map((v) => v * scale),
      ...TOL,
    );
  });

  it('density and COG in one pass equal the separate kernels (WebAssembly SIMD and JavaScript)', () => {
    for (const simd of [true, false]) {
      const both = densityAndGain(p, phi, raw.kp, { simd });
      expectClose(both.density, density(p, phi, { simd }), ...TOL);
      expectClose(both.cog, complexityOutlookGain(p, phi, raw.kp), ...TOL);
    }
  });

  it('region proximity is the industry rule on Mᵀ', () => {
    const T = M[0].map((_, i) => M.map((row) => row[i]));
    const ref2 = naiveProximity(T);
    const got = Float64Array.from(proximityRegion(p));
    for (let r = 0; r < R; r++) got[r * R + r] = 0;
    expectClose(got, ref2.flat(), ...TOL);
  });
});

describe('relatedness (EconGeo)', () => {
  it('prob: c_ij over the expected count under Steijn’s combinations without repetition', () => {
    const M = [
      [1, 1, 0],
      [1, 1, 1],
      [0, 1, 1],
      [1, 0, 0],
    ];
    const { presence } = presenceMatrix(matrixOf(M), { binary: true });
    const r = relatednessProbability(presence, 'prob');
    // c (diag 0): c01 = 2, c02 = 1, c12 = 2; s = (3, 4, 3); t = 10.
    const s = [3, 4, 3];
    const t = 10;
    const prob = (c: number, a: number, b: number) =>
      c / (((s[a] / t) * (s[b] / (t - s[a])) + (s[b] / t) * (s[a] / (t - s[b]))) * (t / 2));
    expectClose([r[1], r[2], r[5], r[0]], [prob(2, 0, 1), prob(1, 0, 2), prob(2, 1, 2), 0]);
    const a = relatednessProbability(presence, 'association');
    expectClose([a[1]], [2 / t / ((3 / t) * (4 / t))]);
  });
});
