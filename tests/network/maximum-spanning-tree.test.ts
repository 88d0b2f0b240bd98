import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maximumSpanningTree } from '../../src/analytics/network/maximum-spanning-tree.ts';
import { seededRandom } from '../../src/analytics/network/seeded-random.ts';

/** Expected trees from networkx (tests/fixtures/network/make-spanning-tree.py). */
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/network/spanning-tree.json', import.meta.url), 'utf8'),
);

interface Tree {
  nodes: string[];
  components: number;
  total: number;
  edges: [string, string, number][];
  all_edges?: [number, number, number][];
}

function denseFrom(nodes: string[], edges: [string | number, string | number, number][]) {
  const n = nodes.length;
  const at = new Map(nodes.map((x, i) => [x, i]));
  const w = new Float64Array(n * n);
  for (const [s, t, x] of edges) {
    const i = at.get(String(s))!;
    const j = at.get(String(t))!;
    w[i * n + j] = w[j * n + i] = x;
  }
  return w;
}

/** Slow, obvious Kruskal: sort every positive pair, join with union-find. */
function kruskal(w: Float64Array, n: number) {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (w[i * n + j] > 0) pairs.push([i, j, w[i * n + j]]);
  pairs.sort((x, y) => y[2] - x[2]);
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  let total = 0;
  let edges = 0;
  for (const [i, j, x] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    parent[a] = b;
    total += x;
    edges++;
  }
  return { total, edges, components: n - edges };
}

describe('maximumSpanningTree', () => {
  it('equals networkx on Les Misérables (tied weights: same total, a tree over all 77)', () => {
    const t = fixture.lesmis as Tree;
    const lines = readFileSync(new URL('../fixtures/network/lesmis.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const w = denseFrom(
      t.nodes,
      lines.map((r) => [r[0], r[1], Number(r[2])]),
    );
    const r = maximumSpanningTree(w, t.nodes.length);
    expect(r.weight.reduce((a, x) => a + x, 0)).toBeCloseTo(t.total, 9);
    expect(r.a.length).toBe(t.edges.length);
    expect(r.components).toBe(t.components);
  });

  it('equals networkx edge for edge on a forest with distinct weights', () => {
    const t = fixture.synthetic_forest as Tree;
    const nodes = Array.from({ length: 40 }, (_, i) => String(i));
    const w = denseFrom(nodes, t.all_edges!);
    const r = maximumSpanningTree(w, 40);
    const ours = Array.from(r.a, (a, k) => [String(a), String(r.b[k])].sort().join('-')).sort();
    const theirs = t.edges.map((e) => [e[0], e[1]].sort().join('-')).sort();
    expect(ours).toEqual(theirs);
    expect(r.components).toBe(2);
    expect(r.weight.reduce((a, x) => a + x, 0)).toBeCloseTo(t.total, 12);
  });

  it('agrees with a slow Kruskal on random dense and sparse matrices', () => {
    const rand = seededRandom(3);
    for (const [n, keep] of [
      [2, 1],
      [30, 1],
      [60, 0.1],
      [80, 0.03],
    ]) {
      const w = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (rand() < keep) w[i * n + j] = w[j * n + i] = Math.round(rand() * 20) / 20;
      const r = maximumSpanningTree(w, n);
      const k = kruskal(w, n);
      expect(r.weight.reduce((a, x) => a + x, 0)).toBeCloseTo(k.total, 9);
      expect(r.a.length).toBe(k.edges);
      expect(r.components).toBe(k.components);
      for (let e = 0; e < r.a.length; e++) expect(r.a[e]).toBeLessThan(r.b[e]);
    }
  });

  it('has no edge for 0 or 1 node and refuses a matrix of the wrong size', () => {
    expect(maximumSpanningTree(new Float64Array(0), 0).a.length).toBe(0);
    expect(maximumSpanningTree(new Float64Array(1), 1)).toMatchObject({ components: 1 });
    expect(() => maximumSpanningTree(new Float64Array(3), 2)).toThrow(/n × n/);
  });
});
