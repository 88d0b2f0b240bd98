/**
 * The Hidalgo-Hausmann (2009) toy, degenerate inputs and the known traps of
 * the eigenvector method (which eigenvector, empty rows/columns, λ2 ≈ λ1 or
 * ≈ 0). Expected toy values: tests/fixtures/complexity/hh2009_toy.csv
 * (expected.py, numpy). Tolerance 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { eciPci } from '../../src/analytics/complexity/eci-pci.ts';
import { fitnessComplexity } from '../../src/analytics/complexity/fitness-complexity.ts';
import { methodOfReflections } from '../../src/analytics/complexity/method-of-reflections.ts';
import { presenceMatrix } from '../../src/analytics/complexity/presence-matrix.ts';
import { jacobiEigen } from '../../src/analytics/complexity/naive/jacobi-eigen.ts';
import { naiveEciPci } from '../../src/analytics/complexity/naive/naive-complexity.ts';
import {
  standardise,
  standardiser,
} from '../../src/analytics/complexity/standardise-complexity.ts';
import { matrixFromLong } from '../../src/analytics/matrix/matrix-from-long.ts';
import { complexityMetric } from '../../src/analytics/complexity/complexity-metric.ts';
import { expectClose, fixture, loadMatrix, matrixOf } from './load.ts';

const codes = (w: { code: string }[]) => w.map((x) => x.code);

describe('Hidalgo-Hausmann 2009 toy (value is M)', () => {
  const { matrix } = loadMatrix('hh2009_toy_binary.csv');
  const expected = fixture('hh2009_toy.csv');
  const regions = expected.filter((r) => r.kind === 'region');
  const industries = expected.filter((r) => r.kind === 'industry');

  it('takes 0/1 input as M (Stata binary detection): diversity 4,1,2,1; ubiquity 1,2,2,3', () => {
    const { presence, rca } = presenceMatrix(matrix);
    expect(rca).toBeNull();
    expect(Array.from(presence.diversity)).toEqual(regions.map((r) => Number(r.degree)));
    expect(Array.from(presence.ubiquity)).toEqual(industries.map((r) => Number(r.degree)));
  });

  it('ECI and PCI equal the numpy eigendecomposition', () => {
    expectClose(
      complexityMetric('eci', matrix).values,
      regions.map((r) => Number(r.complexity)),
    );
    expectClose(
      complexityMetric('pci', matrix).values,
      industries.map((r) => Number(r.complexity)),
    );
  });

  it('ECI keeps the mean of PCI over a region’s industries (Stata’s shared scale)', () => {
    const eci = complexityMetric('eci', matrix).values;
    const pci = complexityMetric('pci', matrix).values;
    // C3 makes P3 and P4.
    expectClose([eci[2]], [(pci[2] + pci[3]) / 2]);
  });

  it('the method of reflections tends to the eigenvector result', () => {
    const { presence } = presenceMatrix(matrix);
    const { kc } = methodOfReflections(presence, 80);
    const eci = standardise(kc, standardiser(kc, presence.cols));
    expectClose(
      eci,
      regions.map((r) => Number(r.complexity)),
      1e-9,
      1e-12,
    );
    // 18 reflections (HH 2009) already rank the regions the same way.
    const k18 = methodOfReflections(presence, 18).kc;
    const rank = (v: ArrayLike<number>) =>
      Array.from(v).map((x) => Array.from(v).filter((y) => y < x).length);
    expect(rank(k18)).toEqual(rank(eci));
  });

  it('fitness: the most diversified region is the fittest, mean 1', () => {
    const { presence } = presenceMatrix(matrix);
    const f = fitnessComplexity(presence);
    expect(f.fitness.indexOf(Math.max(...f.fitness))).toBe(0);
    expectClose([f.fitness.reduce((a, b) => a + b, 0) / 4], [1]);
  });
});

describe('traps', () => {
  it('picks the eigenvector by eigenvalue, not by position', () => {
    // Jacobi leaves eigenvalues unsorted on the diagonal: on this input the
    // second position does not hold the second largest value.
    const x = [
      [1, 1, 1, 1, 0],
      [1, 1, 0, 0, 0],
      [1, 0, 0, 0, 1],
      [0, 0, 1, 1, 1],
      [1, 1, 1, 0, 0],
      [0, 0, 0, 1, 1],
    ];
    const M = x;
    const u = M[0].map((_, i) => M.reduce((a, r) => a + r[i], 0));
    const d = M.map((r) => r.reduce((a, b) => a + b, 0));
    const S = u.map((_, i) =>
      u.map((_, j) => M.reduce((a, r, c) => a + (r[i] * r[j]) / d[c], 0) / Math.sqrt(u[i] * u[j])),
    );
    const { values } = jacobiEigen(S);
    const sorted = [...values].sort((a, b) => b - a);
    expect(values[1]).not.toBeCloseTo(sorted[1], 6);
    const fast = eciPci(presenceMatrix(matrixOf(x), { binary: true }).presence);
    expectClose([fast.lambda2], [sorted[1]]);
    const ref = naiveEciPci(x);
    const eci = standardise(fast.kc, standardiser(fast.kc, 5));
    expectClose(eci, ref.eci, 1e-9, 1e-12);
  });

  it('drops empty rows and columns before M is built (warning)', () => {
    const { matrix, warnings } = loadMatrix('small_edge.csv');
    expect(codes(warnings)).toEqual(['ATLAS_W_EMPTY_DROPPED']);
    expect(matrix.regions).not.toContain('E5_empty');
    const v = complexityMetric('eci', matrix);
    expect(v.values.every(Number.isFinite)).toBe(true);
  });

  it('drops a region left with no specialisation by a higher threshold (warning)', () => {
    // r1 is proportional to the total: RCA = 1 everywhere, none ≥ 1.5.
    const m = matrixOf([
      [10, 0, 5, 1],
      [12, 6, 9, 3],
      [2, 6, 4, 2],
      [0, 0, 0, 0 + 1],
    ]);
    const { presence, warnings } = presenceMatrix(m, { threshold: 1.5 });
    expect(codes(warnings)).toEqual(['ATLAS_W_EMPTY_DROPPED']);
    expect(presence.regions).not.toContain('r1');
    expect(Array.from(presence.diversity).every((x) => x > 0)).toBe(true);
  });

  it('warns when λ2 ≈ λ1: two disconnected blocks', () => {
    const m = matrixOf([
      [1, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 1, 1],
      [0, 0, 0, 1],
    ]);
    const r = eciPci(presenceMatrix(m).presence);
    expect(r.lambda2).toBeCloseTo(1, 9);
    expect(codes(r.warnings)).toContain('ATLAS_W_ECI_DEGENERATE');
  });

  it('warns when λ2 ≈ 0: identical (proportional) regions, ECI undefined', () => {
    // RCA = 1 everywhere, so M is all ones and P̃ = J/I: λ2 = 0.
    const m = matrixOf([
      [2, 1, 3],
      [4, 2, 6],
      [1, 0.5, 1.5],
    ]);
    const r = eciPci(presenceMatrix(m).presence);
    expect(Math.abs(r.lambda2)).toBeLessThan(1e-12);
    expect(codes(r.warnings)).toContain('ATLAS_W_ECI_DEGENERATE');
    expect(complexityMetric('eci', m).values.every(Number.isNaN)).toBe(true);
  });

  it('a single region: λ2 = 0, ECI undefined (NaN) with warnings', () => {
    const { matrix } = matrixFromLong([
      { region: 'A', industry: 'x', value: 3 },
      { region: 'A', industry: 'y', value: 1 },
      { region: 'A', industry: 'z', value: 2 },
    ]);
    const v = complexityMetric('eci', matrix);
    expect(codes(v.warnings)).toContain('ATLAS_W_ECI_DEGENERATE');
    expect(Number.isNaN(v.values[0])).toBe(true);
  });

  it('a single industry: no second eigenvector', () => {
    const r = eciPci(presenceMatrix(matrixOf([[1], [1]]), { binary: true }).presence);
    expect(Number.isNaN(r.lambda2)).toBe(true);
    expect(codes(r.warnings)).toContain('ATLAS_W_ECI_DEGENERATE');
  });
});
