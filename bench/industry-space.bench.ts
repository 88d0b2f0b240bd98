/**
 * The industry space's backbone: the maximum spanning tree of a 1,400 ×
 * 1,400 proximity matrix (the issue-4 benchmark's industries), Prim on the
 * dense matrix against a plain Kruskal (sort every pair, union-find) in the
 * same run. Seeded, synthetic weights.
 */
import { maximumSpanningTree } from '../src/analytics/network/maximum-spanning-tree.ts';
import { seededRandom } from '../src/analytics/network/seeded-random.ts';
import type { BenchFile } from './run.ts';

const N = 1400;
let w = new Float64Array(0);

function kruskal(m: Float64Array, n: number): number {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (m[i * n + j] > 0) pairs.push([i, j, m[i * n + j]]);
  pairs.sort((a, b) => b[2] - a[2]);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let total = 0;
  for (const [i, j, x] of pairs) {
    const a = find(i);
    const b = find(j);
    if (a !== b) {
      parent[a] = b;
      total += x;
    }
  }
  return total;
}

const bench: BenchFile = {
  title: `maximum spanning tree of a ${N} × ${N} proximity matrix (synthetic, seeded)`,
  setup: () => {
    const rand = seededRandom(11);
    w = new Float64Array(N * N);
    for (let i = 0; i < N; i++)
      for (let j = i + 1; j < N; j++) w[i * N + j] = w[j * N + i] = rand() < 0.3 ? rand() : 0;
  },
  benchmarks: [
    {
      name: 'maximum spanning tree (Prim, dense)',
      fast: () => maximumSpanningTree(w, N),
      baseline: () => kruskal(w, N),
    },
  ],
};
export default bench;
