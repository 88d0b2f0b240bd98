/**
 * Directed PageRank: against python-igraph's PRPACK and networkx on a
 * directed scale-free graph with dangling nodes (weighted, unweighted,
 * personalised; tests/fixtures/network/pagerank/README.md), against the
 * slow obvious version, and the graph on which the old power iteration
 * never converged (a long directed cycle: the naive sum behind its
 * per-iteration rescaling was off by ~n·ε, above the 1e-13 tolerance).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/analytics/network/build-csr.ts';
import { pagerank } from '../../src/analytics/network/pagerank.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';
import { naivePagerank } from '../../src/analytics/network/naive/naive-network.ts';

const dir = new URL('../fixtures/network/pagerank/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  number[]
> & { n: number; arcs: number; dangling: number; reset: number[] };
const rows = readFileSync(new URL('scale-free.csv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',').map(Number));

function graph(weighted: boolean) {
  return buildCsr({
    n: ref.n,
    sources: rows.map((r) => r[0]),
    targets: rows.map((r) => r[1]),
    weights: weighted ? rows.map((r) => r[2]) : null,
    directed: true,
  });
}

/** Tolerance: 1e-12 absolute (igraph and networkx agree to 2.3e-14 on it). */
const TOL = 1e-12;

function maxAbs(a: ArrayLike<number>, b: readonly number[]): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('directed PageRank against igraph (PRPACK) and networkx', () => {
  it('the fixture is the graph its README describes', () => {
    expect(rows).toHaveLength(ref.arcs);
    const g = graph(false);
    let dangling = 0;
    for (let u = 0; u < g.n; u++) if (g.offsets[u + 1] === g.offsets[u]) dangling++;
    expect(dangling).toBe(ref.dangling);
    expect(dangling).toBeGreaterThan(0);
  });
  for (const [label, weighted, personalised] of [
    ['unweighted', false, false],
    ['weighted', true, false],
    ['personalized', false, true],
  ] as const) {
    it(`${label}: equal to 1e-12, converged in under 60 sweeps`, () => {
      const r = pagerank(graph(weighted), {
        personalization: personalised ? ref.reset : null,
      });
      expect(r.converged).toBe(true);
      expect(r.iterations).toBeLessThan(60);
      expect(maxAbs(r.scores, ref[`igraph_${label}`])).toBeLessThanOrEqual(TOL);
      expect(maxAbs(r.scores, ref[`networkx_${label}`])).toBeLessThanOrEqual(TOL);
      let s = 0;
      for (const v of r.scores) s += v;
      expect(Math.abs(s - 1)).toBeLessThan(1e-14);
    });
  }
});

describe('directed PageRank converges where the power iteration did not', () => {
  it('a directed cycle of 50,000 nodes: 1/n each, converged at once', () => {
    const n = 50_000;
    const s = new Int32Array(n);
    const t = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      s[v] = v;
      t[v] = (v + 1) % n;
    }
    const r = pagerank(buildCsr({ n, sources: s, targets: t, directed: true }));
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeLessThanOrEqual(3);
    expect(maxAbs(r.scores, new Array<number>(n).fill(1 / n))).toBeLessThan(1e-18);
  });
  it('two hubs that hold 85% of the mass, fed by 100,000 arcs: converged, scores sum to 1', () => {
    const n = 20_000;
    const m = 100_000;
    const s = new Int32Array(m);
    const t = new Int32Array(m);
    s[0] = 0;
    t[0] = 1;
    s[1] = 1;
    t[1] = 0;
    for (let e = 2; e < m; e++) {
      s[e] = 2 + (e % (n - 2));
      t[e] = e % 2;
    }
    const r = pagerank(buildCsr({ n, sources: s, targets: t, directed: true }));
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeLessThan(60);
    // By hand: every other node holds (1−d)/n; each hub holds half the rest.
    const leaf = 0.15 / n;
    const hub = (1 - (n - 2) * leaf) / 2;
    expect(Math.abs(r.scores[0] - hub)).toBeLessThan(1e-14);
    expect(Math.abs(r.scores[1] - hub)).toBeLessThan(1e-14);
    expect(Math.abs(r.scores[2] - leaf)).toBeLessThan(1e-18);
  });
});

describe('personalised PageRank against the slow obvious version', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: random directed graph with dangling nodes and a sparse reset`, () => {
      const rand = seededRandom(seed);
      const n = 25;
      const sources: number[] = [];
      const targets: number[] = [];
      const weights: number[] = [];
      for (let e = 0; e < 60; e++) {
        const u = Math.floor(rand() * (n - 4)); // nodes n-4..n-1 are dangling
        sources.push(u);
        targets.push(Math.floor(rand() * n));
        weights.push(1 + Math.floor(rand() * 3));
      }
      const reset = Array.from({ length: n }, (_, v) => (v % 4 === 0 ? 1 + (v % 3) : 0));
      for (const weighted of [false, true]) {
        const c = { n, directed: true, sources, targets, weights: weighted ? weights : null };
        const r = pagerank(buildCsr(c), { personalization: reset });
        expect(r.converged).toBe(true);
        expect(maxAbs(r.scores, naivePagerank(c, 0.85, reset))).toBeLessThan(1e-12);
      }
    });
  }
  it('a bad reset vector is refused', () => {
    const g = buildCsr({ n: 3, sources: [0, 1], targets: [1, 2], directed: true });
    expect(() => pagerank(g, { personalization: [1, 0] })).toThrow(RangeError);
    expect(() => pagerank(g, { personalization: [1, -1, 1] })).toThrow(RangeError);
    expect(() => pagerank(g, { personalization: [0, 0, 0] })).toThrow(RangeError);
    expect(() => pagerank(g, { personalization: [0, NaN, 1] })).toThrow(RangeError);
  });
});
