/**
 * Fast CSR kernels against the slow obvious versions
 * (src/analytics/network/naive/naive-network.ts) on seeded random graphs:
 * directed and undirected, weighted (integer lengths, so path ties are exact)
 * and not, with parallel edges where the algorithm defines them.
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/analytics/network/betweenness.ts';
import { buildCsr } from '../../src/analytics/network/build-csr.ts';
import { burtConstraint } from '../../src/analytics/network/burt-constraint.ts';
import { connectedComponents } from '../../src/analytics/network/connected-components.ts';
import { coreness } from '../../src/analytics/network/coreness.ts';
import { degree } from '../../src/analytics/network/degree.ts';
import { density } from '../../src/analytics/network/density.ts';
import { harmonicCloseness } from '../../src/analytics/network/harmonic-closeness.ts';
import { localClustering } from '../../src/analytics/network/local-clustering.ts';
import { louvain } from '../../src/analytics/network/louvain.ts';
import { modularity } from '../../src/analytics/network/modularity.ts';
import { pagerank } from '../../src/analytics/network/pagerank.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';
import { stronglyConnectedComponents } from '../../src/analytics/network/strongly-connected-components.ts';
import * as naive from '../../src/analytics/network/naive/naive-network.ts';

interface Case extends naive.NaiveGraph {
  label: string;
}

function randomGraph(
  seed: number,
  n: number,
  m: number,
  directed: boolean,
  weighted: boolean,
  parallel: boolean,
): Case {
  const rand = seededRandom(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  const seen = new Set<string>();
  while (sources.length < m) {
    const s = Math.floor(rand() * n);
    const t = Math.floor(rand() * n);
    if (s === t) continue;
    const key = directed || s < t ? `${s},${t}` : `${t},${s}`;
    if (!parallel && seen.has(key)) continue;
    seen.add(key);
    sources.push(s);
    targets.push(t);
    weights.push(1 + Math.floor(rand() * 4));
  }
  const label = `seed ${seed}, n ${n}, m ${m}, ${directed ? 'directed' : 'undirected'}${weighted ? ', weighted' : ''}${parallel ? ', parallel edges' : ''}`;
  return { label, n, directed, sources, targets, weights: weighted ? weights : null };
}

const cases: Case[] = [];
for (let k = 0; k < 6; k++) {
  const directed = k % 2 === 0;
  const weighted = k % 3 === 0;
  cases.push(randomGraph(100 + k, 12 + 5 * k, 20 + 14 * k, directed, weighted, false));
}
cases.push(randomGraph(7, 30, 45, false, false, true));
cases.push(randomGraph(8, 25, 60, true, true, true));
cases.push(randomGraph(9, 40, 30, false, true, false)); // sparse: several components

function close(a: ArrayLike<number>, b: number[], tol = 1e-9): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < b.length; i++) {
    if (Number.isNaN(b[i])) expect(a[i]).toBeNaN();
    else
      expect(Math.abs(a[i] - b[i]), `node ${i}: ${a[i]} vs ${b[i]}`).toBeLessThanOrEqual(
        tol * Math.max(1, Math.abs(b[i])),
      );
  }
}

for (const c of cases) {
  describe(c.label, () => {
    const g = buildCsr(c);
    const simple = !c.label.includes('parallel');
    it('degree', () => expect([...degree(g)]).toEqual(naive.naiveDegree(c)));
    it('PageRank', () => close(pagerank(g).scores, naive.naivePagerank(c), 1e-10));
    it('components (weak and strong), labelled by smallest member', () => {
      const smallest = (m: Int32Array) => {
        const first = new Map<number, number>();
        return [...m].map((x, i) =>
          first.has(x) ? (first.get(x) as number) : (first.set(x, i), i),
        );
      };
      expect(smallest(connectedComponents(g).membership)).toEqual(naive.naiveComponents(c, false));
      expect(smallest(stronglyConnectedComponents(g).membership)).toEqual(
        naive.naiveComponents(c, true),
      );
    });
    it('coreness', () => expect([...coreness(g)]).toEqual(naive.naiveCoreness(c)));
    it('clustering', () => close(localClustering(g), naive.naiveClustering(c)));
    it("Burt's constraint", () => close(burtConstraint(g), naive.naiveConstraint(c)));
    it('density', () => {
      if (simple) close([density(g)], [naive.naiveDensity(c)]);
    });
    it('betweenness and harmonic closeness', () => {
      if (!simple && c.weights) return; // parallel edges of different lengths: paths not comparable
      close(betweenness(g), naive.naiveBetweenness(c));
      close(harmonicCloseness(g), naive.naiveHarmonic(c));
    });
    it('Louvain modularity equals the double sum; modularity() agrees', () => {
      const r = louvain(g, { seed: 5 });
      close([r.modularity], [naive.naiveModularity(c, r.membership)], 1e-12);
      close([modularity(g, r.membership)], [r.modularity], 1e-12);
      r.levels.forEach((l) =>
        close([l.modularity], [naive.naiveModularity(c, l.membership)], 1e-12),
      );
    });
  });
}

describe('sampled betweenness', () => {
  const c = randomGraph(42, 60, 150, false, false, false);
  const g = buildCsr(c);
  it('with every node sampled equals the exact value; is repeatable for a seed', () => {
    close(betweenness(g, { samples: 60 }), naive.naiveBetweenness(c));
    const a = betweenness(g, { samples: 20, seed: 9 });
    expect([...betweenness(g, { samples: 20, seed: 9 })]).toEqual([...a]);
  });
  it('averaged over seeds is close to the exact value (unbiased estimator)', () => {
    const exact = naive.naiveBetweenness(c);
    const mean = new Float64Array(60);
    for (let s = 0; s < 40; s++)
      betweenness(g, { samples: 15, seed: s }).forEach((x, i) => (mean[i] += x / 40));
    const total = exact.reduce((a, b) => a + b, 0);
    const err = [...mean].reduce((a, x, i) => a + Math.abs(x - exact[i]), 0);
    expect(err / total).toBeLessThan(0.1);
  });
});

describe('large path graph: no recursion', () => {
  it('components and strong components on a 200,000-node directed path and cycle', () => {
    const n = 200_000;
    const s = new Int32Array(n);
    const t = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = i;
      t[i] = (i + 1) % n;
    }
    const cycle = buildCsr({ n, sources: s, targets: t, directed: true });
    expect(stronglyConnectedComponents(cycle).count).toBe(1);
    const path = buildCsr({
      n,
      sources: s.subarray(0, n - 1),
      targets: t.subarray(0, n - 1),
      directed: true,
    });
    expect(stronglyConnectedComponents(path).count).toBe(n);
    expect(connectedComponents(path).count).toBe(1);
    expect(coreness(path).every((k) => k === 1)).toBe(true);
  });
});
