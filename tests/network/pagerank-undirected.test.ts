/**
 * Undirected PageRank by conjugate gradients (pagerank-undirected.ts, the
 * default on undirected graphs) against the Gauss-Seidel sweeps and the slow
 * obvious version (dense power steps), on graphs with what the linear system
 * treats apart: isolated nodes, nodes whose edges all weigh 0, self-loops,
 * parallel edges, a reset vector that leaves a whole component without mass.
 * And against igraph's PRPACK on a scale-free graph read as undirected
 * (tests/fixtures/network/pagerank/README.md, undirected keys).
 * Tolerance: 1e-12 absolute per node (both solvers stop when an iteration
 * changes the scores by less than 1e-13 in L1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/analytics/network/build-csr.ts';
import { pagerank } from '../../src/analytics/network/pagerank.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';
import { naivePagerank } from '../../src/analytics/network/naive/naive-network.ts';

const TOL = 1e-12;

function maxAbs(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Nodes 0..n-4 linked at random (skewed), n-3 isolated, n-2 — n-1 an edge of weight 0. */
function awkward(seed: number, n: number, m: number) {
  const rand = seededRandom(seed);
  const pick = () => Math.floor((n - 3) * rand() ** 2);
  const sources: number[] = [n - 2];
  const targets: number[] = [n - 1];
  const weights: number[] = [0];
  for (let e = 1; e < m; e++) {
    const u = pick();
    sources.push(u);
    targets.push(e % 53 === 0 ? u : pick());
    weights.push(0.5 + Math.floor(rand() * 4));
  }
  return { n, directed: false, sources, targets, weights };
}

const fixture = new URL('../fixtures/network/pagerank/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('expected.json', fixture), 'utf8')) as Record<
  string,
  number[]
> & { n: number; undirected_edges: number; undirected_isolated: number; reset: number[] };
const rows = readFileSync(new URL('scale-free.csv', fixture), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',').map(Number));

describe('undirected PageRank against igraph (PRPACK)', () => {
  for (const [label, weighted, personalised] of [
    ['unweighted', false, false],
    ['weighted', true, false],
    ['personalized', false, true],
  ] as const)
    it(`${label}: equal to 1e-12, scores summing to 1`, () => {
      const g = buildCsr({
        n: ref.n,
        sources: rows.map((r) => r[0]),
        targets: rows.map((r) => r[1]),
        weights: weighted ? rows.map((r) => r[2]) : null,
        directed: false,
      });
      expect(g.edgeCount).toBe(ref.undirected_edges);
      let isolated = 0;
      for (let u = 0; u < g.n; u++) if (g.offsets[u + 1] === g.offsets[u]) isolated++;
      expect(isolated).toBe(ref.undirected_isolated);
      const r = pagerank(g, { personalization: personalised ? ref.reset : null });
      expect(r.converged).toBe(true);
      expect(maxAbs(r.scores, ref[`igraph_undirected_${label}`])).toBeLessThanOrEqual(TOL);
      let s = 0;
      for (const v of r.scores) s += v;
      expect(Math.abs(s - 1)).toBeLessThan(1e-14);
    });
});

describe('undirected PageRank by conjugate gradients', () => {
  for (const weighted of [false, true])
    for (const personalised of [false, true])
      for (const reorder of [false, true])
        it(`${weighted ? 'weighted' : 'unweighted'}${personalised ? ', personalised' : ''}${reorder ? ', out-degree order' : ''}: equal to Gauss-Seidel and the definition`, () => {
          const c = awkward(weighted ? 11 : 12, 50, 300);
          const input = { ...c, weights: weighted ? c.weights : null };
          const reset = personalised
            ? Array.from({ length: c.n }, (_, v) => (v % 4 === 1 ? 1 + (v % 3) : 0))
            : null;
          const g = buildCsr(input);
          const cg = pagerank(g, { personalization: reset, reorder });
          const gs = pagerank(g, { personalization: reset, reorder, solver: 'gauss-seidel' });
          expect(cg.converged && gs.converged).toBe(true);
          expect(maxAbs(cg.scores, gs.scores)).toBeLessThanOrEqual(TOL);
          expect(maxAbs(cg.scores, naivePagerank(input, 0.85, reset))).toBeLessThanOrEqual(TOL);
          let s = 0;
          for (const v of cg.scores) s += v;
          expect(Math.abs(s - 1)).toBeLessThan(1e-14);
        });

  it('a component the reset vector misses gets 0; isolated nodes keep their reset share', () => {
    // Two triangles and an isolated node; only the first triangle and the isolated node reset.
    const input = {
      n: 7,
      directed: false,
      sources: [0, 1, 2, 3, 4, 5],
      targets: [1, 2, 0, 4, 5, 3],
      weights: null,
    };
    const reset = [1, 1, 1, 0, 0, 0, 1];
    const r = pagerank(buildCsr(input), { personalization: reset });
    expect(r.converged).toBe(true);
    // By hand: the isolated node keeps (1−d)/4 plus d/4 of its own score, so 1/21;
    // the triangle shares the rest equally; the other triangle gets nothing.
    const t = 20 / 63;
    expect(maxAbs(r.scores, [t, t, t, 0, 0, 0, 1 / 21])).toBeLessThan(1e-15);
    expect(maxAbs(r.scores, naivePagerank(input, 0.85, reset))).toBeLessThanOrEqual(TOL);
  });

  it('only isolated nodes: the reset vector', () => {
    const g = buildCsr({ n: 4, sources: [], targets: [], directed: false });
    const r = pagerank(g);
    expect(r.converged).toBe(true);
    expect([...r.scores]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('a skewed graph of 30,000 nodes: the same scores as Gauss-Seidel', () => {
    const rand = seededRandom(9);
    const n = 30_000;
    const m = 200_000;
    const s = new Int32Array(m);
    const t = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      s[e] = Math.floor(n * rand() ** 3);
      t[e] = Math.floor(n * rand() ** 2);
    }
    const g = buildCsr({ n, sources: s, targets: t, directed: false });
    const cg = pagerank(g);
    const gs = pagerank(g, { solver: 'gauss-seidel' });
    expect(cg.converged && gs.converged).toBe(true);
    expect(maxAbs(cg.scores, gs.scores)).toBeLessThanOrEqual(TOL);
  });

  it('conjugate gradients on a directed graph are refused', () => {
    const g = buildCsr({ n: 3, sources: [0, 1], targets: [1, 2], directed: true });
    expect(() => pagerank(g, { solver: 'conjugate-gradient' })).toThrow(RangeError);
  });
});
