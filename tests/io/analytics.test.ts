import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directCoefficients } from '../../src/analytics/io/direct-coefficients.ts';
import { ghoshInverse } from '../../src/analytics/io/ghosh-inverse.ts';
import { leontiefInverse } from '../../src/analytics/io/leontief-inverse.ts';
import { leontiefSeries } from '../../src/analytics/io/leontief-series.ts';
import { linkages } from '../../src/analytics/io/linkages.ts';
import { outputCoefficients } from '../../src/analytics/io/output-coefficients.ts';
import { squareFromRows } from '../../src/analytics/io/square-matrix.ts';
import { ioTable } from '../../src/services/io/tables.ts';

/** |x − y| ≤ tol·max(1, |y|), element by element. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let k = 0; k < expected.length; k++)
    worst = Math.max(worst, Math.abs(actual[k] - expected[k]) / Math.max(1, Math.abs(expected[k])));
  expect(worst).toBeLessThanOrEqual(tol);
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

function model(id: string) {
  const t = ioTable(id);
  const z = squareFromRows(t.z);
  const a = directCoefficients(z, t.totalInput);
  const b = outputCoefficients(z, t.totalOutput);
  const l = leontiefInverse(a);
  const g = ghoshInverse(b);
  return { t, a, b, l, g, link: linkages(l, g) };
}

describe('input-output analytics by hand', () => {
  // Miller and Blair (2009) §2.3: Z = [[150, 500], [200, 100]], x = (1000, 2000).
  const z = squareFromRows([
    [150, 500],
    [200, 100],
  ]);
  const x = [1000, 2000];

  it('direct coefficients a_ij = z_ij / x_j', () => {
    expectClose(directCoefficients(z, x).values, [0.15, 0.25, 0.2, 0.05], 1e-15);
  });

  it('the Leontief inverse is (I − A)⁻¹ = [[.95, .25], [.2, .85]] / 0.7575', () => {
    const d = 0.85 * 0.95 - 0.25 * 0.2;
    const l = leontiefInverse(directCoefficients(z, x)).values;
    expectClose(l, [0.95 / d, 0.25 / d, 0.2 / d, 0.85 / d], 1e-14);
    expect(l[0]).toBeCloseTo(1.254125, 6);
  });

  it('output coefficients b_ij = z_ij / x_i and the Ghosh inverse G = diag(x)⁻¹ L diag(x)', () => {
    const b = outputCoefficients(z, x);
    expectClose(b.values, [0.15, 0.5, 0.1, 0.05], 1e-15);
    const l = leontiefInverse(directCoefficients(z, x)).values;
    const g = ghoshInverse(b).values;
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        expect(g[i * 2 + j]).toBeCloseTo((l[i * 2 + j] * x[j]) / x[i], 12);
  });

  it('linkages average 1; backward = n·colsum(L)/ΣL', () => {
    const l = leontiefInverse(directCoefficients(z, x));
    const link = linkages(l, ghoshInverse(outputCoefficients(z, x)));
    const d = 0.7575;
    const cols = [(0.95 + 0.2) / d, (0.25 + 0.85) / d];
    const mean = (cols[0] + cols[1]) / 2;
    expectClose(link.backward, [cols[0] / mean, cols[1] / mean], 1e-14);
    for (const v of [link.backward, link.forward, link.forwardLeontief])
      expect(v.reduce((s, y) => s + y, 0) / v.length).toBeCloseTo(1, 14);
  });

  it('a sector with no output gets a zero column, not NaN; negative output is refused', () => {
    const a = directCoefficients(
      squareFromRows([
        [0, 0],
        [0, 5],
      ]),
      [0, 10],
    );
    expect([...a.values]).toEqual([0, 0, 0, 0.5]);
    expect(() => directCoefficients(z, [-1, 2])).toThrow(RangeError);
  });

  it('refuses a singular I − A', () => {
    expect(() =>
      leontiefInverse(
        squareFromRows([
          [1, 0],
          [0, 0.5],
        ]),
      ),
    ).toThrow(/singular/);
    expect(() =>
      leontiefSeries(
        squareFromRows([
          [1, 0],
          [0, 0.5],
        ]),
        { maxTerms: 50 },
      ),
    ).toThrow(/converge/);
  });
});

describe('input-output analytics on the 2020 tables against numpy', () => {
  it('the fast inverse equals the power series I + A + A² + … (1e-10)', () => {
    const { a, l } = model('2020-42');
    expectClose(l.values, leontiefSeries(a).values, 1e-10);
  });

  it('A, L, G and the linkages of the 42-sector table equal numpy’s (1e-9)', () => {
    const ref = fixture('numpy-2020-42.json');
    const { a, l, g, link } = model('2020-42');
    expectClose(a.values, ref.A.flat(), 1e-9);
    expectClose(l.values, ref.L.flat(), 1e-9);
    expectClose(g.values, ref.G.flat(), 1e-9);
    expectClose(link.backward, ref.backward, 1e-9);
    expectClose(link.forward, ref.forward, 1e-9);
    expectClose(link.forwardLeontief, ref.forwardLeontief, 1e-9);
  });

  it('the 153-sector table: sums, diagonal, the automobile column and linkages equal numpy’s (1e-9)', () => {
    const ref = fixture('numpy-2020-153.json');
    const { t, a, l, g, link } = model('2020-153');
    const n = t.sectors.length;
    const colSums = new Float64Array(n);
    const rowSumsG = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        colSums[j] += l.values[i * n + j];
        rowSumsG[i] += g.values[i * n + j];
      }
    expectClose(colSums, ref.leontiefColumnSums, 1e-9);
    expectClose(rowSumsG, ref.ghoshRowSums, 1e-9);
    expectClose(
      Array.from({ length: n }, (_, i) => l.values[i * n + i]),
      ref.leontiefDiagonal,
      1e-9,
    );
    const j = t.sectors.findIndex((s) => s.code === '079');
    expectClose(
      Array.from({ length: n }, (_, i) => a.values[i * n + j]),
      ref.automobileColumn.A,
      1e-9,
    );
    expectClose(
      Array.from({ length: n }, (_, i) => l.values[i * n + j]),
      ref.automobileColumn.L,
      1e-9,
    );
    expectClose(link.backward, ref.backward, 1e-9);
    expectClose(link.forward, ref.forward, 1e-9);
  });
});
