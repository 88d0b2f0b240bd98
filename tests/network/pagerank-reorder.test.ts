/**
 * PageRank swept in out-degree order (the layout large graphs get) against
 * the same sweeps in the graph's own order and against the slow obvious
 * version (dense power steps). Tolerance: 1e-12 absolute per node — both
 * sweeps stop when a sweep changes the scores by less than 1e-13 in L1.
 */
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/analytics/network/build-csr.ts';
import { inRowsByOutDegree } from '../../src/analytics/network/in-rows-by-out-degree.ts';
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

/** A skewed random graph: low ids are hubs; the last nodes have no out-arcs when directed. */
function skewed(seed: number, n: number, m: number, directed: boolean) {
  const rand = seededRandom(seed);
  const pick = () => Math.floor(n * rand() ** 3);
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (let e = 0; e < m; e++) {
    sources.push(directed ? Math.floor(rand() * (n - 5)) : pick());
    // A self-loop and parallel arcs now and then.
    targets.push(e % 97 === 0 ? sources[e] : pick());
    weights.push(0.5 + Math.floor(rand() * 4));
  }
  return { n, directed, sources, targets, weights };
}

describe('PageRank in out-degree order equals PageRank in id order and the definition', () => {
  for (const directed of [true, false])
    for (const weighted of [false, true])
      for (const personalised of [false, true])
        it(`${directed ? 'directed' : 'undirected'}, ${weighted ? 'weighted' : 'unweighted'}${personalised ? ', personalised' : ''}`, () => {
          const c = skewed(directed ? 1 : 2, 60, 400, directed);
          const input = { ...c, weights: weighted ? c.weights : null };
          const reset = personalised
            ? Array.from({ length: c.n }, (_, v) => (v % 3 === 0 ? 1 + (v % 5) : 0))
            : null;
          const g = buildCsr(input);
          const fast = pagerank(g, { reorder: true, personalization: reset });
          const plain = pagerank(g, { reorder: false, personalization: reset });
          expect(fast.converged).toBe(true);
          expect(maxAbs(fast.scores, plain.scores)).toBeLessThanOrEqual(TOL);
          expect(maxAbs(fast.scores, naivePagerank(input, 0.85, reset))).toBeLessThanOrEqual(TOL);
        });

  it('a larger scale-free graph (20,000 nodes, 100,000 edges): the same scores either way', () => {
    const rand = seededRandom(5);
    const n = 20_000;
    const m = 100_000;
    const s = new Int32Array(m);
    const t = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      s[e] = Math.floor(n * rand() ** 4);
      t[e] = Math.floor(n * rand());
    }
    const g = buildCsr({ n, sources: s, targets: t, directed: true });
    const fast = pagerank(g, { reorder: true });
    const plain = pagerank(g, { reorder: false });
    expect(fast.converged && plain.converged).toBe(true);
    expect(maxAbs(fast.scores, plain.scores)).toBeLessThanOrEqual(TOL);
  });
});

describe('inRowsByOutDegree', () => {
  for (const [n, m] of [
    [40, 200],
    [10_000, 60_000], // rows placed in blocks of 4,096: three blocks
  ])
    it(`${n} nodes: numbers by out-degree descending (ties by id) and keeps every arc, rows ascending`, () => {
      const c = skewed(3, n, m, true);
      const g = buildCsr(c);
      const r = inRowsByOutDegree(g);
      const outDeg = (u: number) => g.offsets[u + 1] - g.offsets[u];
      for (let k = 1; k < g.n; k++) {
        const [a, b] = [r.order[k - 1], r.order[k]];
        expect(outDeg(a) > outDeg(b) || (outDeg(a) === outDeg(b) && a < b)).toBe(true);
        expect(r.rank[b]).toBe(k);
      }
      const arcs = (rows: string[]) => rows.sort().join(' ');
      const before: string[] = [];
      c.sources.forEach((u, e) => before.push(`${u}>${c.targets[e]}:${c.weights[e]}`));
      const after: string[] = [];
      for (let k = 0; k < g.n; k++)
        for (let q = r.inOffsets[k]; q < r.inOffsets[k + 1]; q++) {
          if (q > r.inOffsets[k]) expect(r.inSources[q]).toBeGreaterThanOrEqual(r.inSources[q - 1]);
          after.push(`${r.order[r.inSources[q]]}>${r.order[k]}:${r.inWeights![q]}`);
        }
      expect(arcs(after)).toBe(arcs(before));
    });
});
