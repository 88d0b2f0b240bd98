/**
 * inRowsByOutDegree — a graph's in-rows (what a pull kernel such as PageRank
 * walks) renumbered so that nodes with many out-arcs come first, each row's
 * sources in increasing order.
 *
 * Why: a pull sweep reads c[u] for every arc u→v, so node u is read
 * out-degree(u) times per sweep. With ids in input order (hubs spread over
 * the range) a scale-free graph of 10^6 nodes gathers from a score array
 * larger than the cache at random; numbered by out-degree, the few hubs that
 * take most reads share a few cache lines, and sorted rows read the rest in
 * increasing address order. Measured 2026-12-07 on 1M nodes / 10M edges
 * (Chung-Lu, exponent 2.1, ids shuffled): a Gauss-Seidel sweep 1.5-1.8× cheaper
 * (bench/pagerank-large.bench.ts).
 *
 * Numbering: `order[k]` is the old id of new node k, by out-degree
 * (unweighted count of out-arcs; undirected: degree) descending, ties by old
 * id; `rank[old] = new`. The new in-rows hold, for new node k, the new ids of
 * its in-neighbours, ascending, and the arcs' weights beside them (null when
 * the graph is unweighted). Parallel arcs stay parallel. Self-loops stay.
 * Cost: O(n + m) time (two counting sorts, one scatter of the arcs), memory
 * the new in-rows (4 bytes per arc, 12 when weighted) and three Int32Array(n).
 */
import type { CsrGraph } from './csr-graph.ts';

export interface RenumberedInRows {
  order: Int32Array;
  rank: Int32Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
  inWeights: Float64Array | null;
}

export function inRowsByOutDegree(g: CsrGraph): RenumberedInRows {
  const { order, rank } = byOutDegree(g);
  const { n, offsets, targets, weights } = g;
  const inOffsets = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const v = order[k];
    inOffsets[k + 1] = inOffsets[k] + (g.inOffsets[v + 1] - g.inOffsets[v]);
  }
  const fill = inOffsets.slice(0, n);
  const inSources = new Int32Array(inOffsets[n]);
  const inWeights = weights ? new Float64Array(inOffsets[n]) : null;
  // Sources visited in new-id order: every in-row is filled in increasing order.
  for (let k = 0; k < n; k++) {
    const u = order[k];
    for (let q = offsets[u]; q < offsets[u + 1]; q++) {
      const at = fill[rank[targets[q]]]++;
      inSources[at] = k;
      if (inWeights) inWeights[at] = (weights as Float64Array)[q];
    }
  }
  return { order, rank, inOffsets, inSources, inWeights };
}

/** Counting sort of the nodes by out-degree, descending, stable. */
function byOutDegree(g: CsrGraph): { order: Int32Array; rank: Int32Array } {
  const { n, offsets } = g;
  let top = 0;
  for (let u = 0; u < n; u++) top = Math.max(top, offsets[u + 1] - offsets[u]);
  // start[j]: first new id of the nodes whose out-degree is top − j.
  const start = new Int32Array(top + 2);
  for (let u = 0; u < n; u++) start[top - (offsets[u + 1] - offsets[u]) + 1]++;
  for (let j = 0; j <= top; j++) start[j + 1] += start[j];
  const order = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const k = start[top - (offsets[u + 1] - offsets[u])]++;
    order[k] = u;
    rank[u] = k;
  }
  return { order, rank };
}
