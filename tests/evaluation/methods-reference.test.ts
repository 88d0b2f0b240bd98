import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ahpWeights } from '../../src/analytics/evaluation/ahp-weights.ts';
import { criticWeights } from '../../src/analytics/evaluation/critic-weights.ts';
import { decisionMatrix } from '../../src/analytics/evaluation/decision-matrix.ts';
import { entropyWeights } from '../../src/analytics/evaluation/entropy-weights.ts';
import { topsis } from '../../src/analytics/evaluation/topsis.ts';
import { isAtlasError } from '../../src/core/errors.ts';

/** Expected values: tests/fixtures/evaluation/compute_expected.py (numpy); sources in its README. */
const expected = JSON.parse(
  readFileSync(new URL('../fixtures/evaluation/expected.json', import.meta.url), 'utf8'),
);
const TOL = 1e-9;

function close(actual: ArrayLike<number>, want: number[]) {
  expect(actual.length).toBe(want.length);
  want.forEach((v, i) => expect(Math.abs(actual[i] - v), `index ${i}`).toBeLessThanOrEqual(TOL));
}

function pairwise(name: string) {
  const a: number[][] = expected[name].matrix;
  return { criteria: a.map((_, i) => `c${i + 1}`), values: Float64Array.from(a.flat()) };
}

function matrix(x: number[][]) {
  return decisionMatrix(
    x.map((_, i) => `a${i + 1}`),
    x[0].map((_, j) => `x${j + 1}`),
    x,
  );
}

describe('AHP', () => {
  for (const name of ['ahp3', 'ahp4']) {
    it(`${name}: principal eigenvector, λmax, CI, CR`, () => {
      const r = ahpWeights(pairwise(name));
      const e = expected[name].eigenvector;
      close(r.weights, e.weights);
      expect(Math.abs(r.lambdaMax - e.lambdaMax)).toBeLessThanOrEqual(TOL);
      expect(Math.abs(r.CI - e.CI)).toBeLessThanOrEqual(TOL);
      expect(Math.abs(r.CR - e.CR)).toBeLessThanOrEqual(TOL);
      expect(r.consistent).toBe(true);
    });
    it(`${name}: geometric-mean variant`, () => {
      const r = ahpWeights(pairwise(name), { method: 'geometric-mean' });
      const e = expected[name].geometricMean;
      close(r.weights, e.weights);
      expect(Math.abs(r.lambdaMax - e.lambdaMax)).toBeLessThanOrEqual(TOL);
      expect(Math.abs(r.CR - e.CR)).toBeLessThanOrEqual(TOL);
    });
  }

  it('the tutorial 3 × 3 matrix gives the widely quoted 0.637 / 0.258 / 0.105, CR 0.033', () => {
    const r = ahpWeights(pairwise('ahp3'));
    expect([...r.weights].map((v) => v.toFixed(3))).toEqual(['0.637', '0.258', '0.105']);
    expect(r.CR.toFixed(3)).toBe('0.033');
  });

  it('refuses CR ≥ 0.1 with ATLAS_E_AHP_INCONSISTENT and the worst judgements; accepts it when forced', () => {
    let err: unknown;
    try {
      ahpWeights(pairwise('ahpBad'));
    } catch (e) {
      err = e;
    }
    expect(isAtlasError(err) && err.code).toBe('ATLAS_E_AHP_INCONSISTENT');
    if (isAtlasError(err)) {
      expect(Math.abs((err.details.CR as number) - expected.ahpBad.eigenvector.CR)).toBeLessThan(
        TOL,
      );
      expect((err.details.worstJudgements as unknown[]).length).toBe(3);
    }
    const forced = ahpWeights(pairwise('ahpBad'), { force: true });
    expect(forced.consistent).toBe(false);
    close(forced.weights, expected.ahpBad.eigenvector.weights);
  });

  it('refuses a matrix that is not reciprocal, naming the cell', () => {
    const pm = { criteria: ['a', 'b'], values: Float64Array.from([1, 3, 3, 1]) };
    expect(() => ahpWeights(pm)).toThrow(/a × b = 3 but b × a = 3/);
  });
});

describe('entropy weights', () => {
  it('match the numpy computation', () => {
    const r = entropyWeights(matrix(expected.entropy.x));
    close(r.entropy, expected.entropy.entropy);
    close(r.weights, expected.entropy.weights);
  });
  it('give a constant indicator weight 0, with a warning', () => {
    const r = entropyWeights(
      matrix([
        [1, 5],
        [2, 5],
        [3, 5],
      ]),
    );
    expect(r.weights[1]).toBe(0);
    expect(r.weights[0]).toBe(1);
    expect(r.warnings[0].code).toBe('ATLAS_W_INDICATOR_CONSTANT');
  });
  it('refuse negative values', () => {
    expect(() =>
      entropyWeights(
        matrix([
          [1, -1],
          [2, 3],
        ]),
      ),
    ).toThrow(/x ≥ 0/);
  });
});

describe('CRITIC weights', () => {
  it('match the numpy computation (a cost indicator included)', () => {
    const e = expected.critic;
    const dirs = e.x[0].map((_: number, j: number) => (e.cost.includes(j) ? 'cost' : 'benefit'));
    const r = criticWeights(matrix(e.x), dirs);
    close(r.sd, e.sd);
    close(r.weights, e.weights);
  });
});

describe('TOPSIS', () => {
  it('Hwang & Yoon fighter-aircraft example: closeness matches numpy to 1e-9', () => {
    const e = expected.topsisAircraft;
    const dirs = e.x[0].map((_: number, j: number) => (e.cost.includes(j) ? 'cost' : 'benefit'));
    const r = topsis(matrix(e.x), e.w, dirs);
    close(r.closeness, e.closeness);
    close(r.distanceIdeal, e.distanceIdeal);
    close(r.distanceAntiIdeal, e.distanceAntiIdeal);
    expect([...r.closeness].map((v) => v.toFixed(3))).toEqual(['0.643', '0.268', '0.614', '0.312']);
  });
});
