/**
 * The simple undirected view of a graph: arcs in both directions merged into
 * one edge {u,v} per pair, parallel edges merged, self-loops dropped. The
 * weight of {u,v} is the sum of the weights of every arc u→v and v→u of a
 * directed graph, or of the parallel edges {u,v} of an undirected one (1 per
 * arc when unweighted, so an unweighted graph with parallel edges becomes a
 * weighted one only if `keepMultiplicity`).
 *
 * Used by the algorithms defined on simple undirected graphs (clustering
 * coefficient, Burt's constraint, Louvain). Neighbours within a row come in
 * order of first appearance.
 * Cost: O(n + m) time, one marker array of n.
 */
import type { CsrGraph } from './csr-graph.ts';

export function undirectedSimple(g: CsrGraph, keepMultiplicity = false): CsrGraph {
  const { n, directed, offsets, targets, weights, inOffsets, inSources, inWeights } = g;
  const weighted = weights !== null || keepMultiplicity;
  const mark = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const rowLen = new Int32Array(n + 1);
  // Pass 1: count distinct neighbours of each node.
  for (let u = 0; u < n; u++) {
    let c = 0;
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = targets[p];
      if (v !== u && mark[v] !== u) {
        mark[v] = u;
        c++;
      }
    }
    if (directed)
      for (let p = inOffsets[u]; p < inOffsets[u + 1]; p++) {
        const v = inSources[p];
        if (v !== u && mark[v] !== u) {
          mark[v] = u;
          c++;
        }
      }
    rowLen[u + 1] = c;
  }
  const off = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) off[u + 1] = off[u] + rowLen[u + 1];
  const tg = new Int32Array(off[n]);
  const wt = weighted ? new Float64Array(off[n]) : null;
  mark.fill(-1);
  // Pass 2: fill, summing weights of merged arcs.
  for (let u = 0; u < n; u++) {
    let q = off[u];
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = targets[p];
      if (v === u) continue;
      if (mark[v] !== u) {
        mark[v] = u;
        slot[v] = q;
        tg[q++] = v;
      }
      if (wt) wt[slot[v]] += weights ? weights[p] : 1;
    }
    if (directed)
      for (let p = inOffsets[u]; p < inOffsets[u + 1]; p++) {
        const v = inSources[p];
        if (v === u) continue;
        if (mark[v] !== u) {
          mark[v] = u;
          slot[v] = q;
          tg[q++] = v;
        }
        if (wt) wt[slot[v]] += inWeights ? inWeights[p] : 1;
      }
  }
  return {
    n,
    directed: false,
    edgeCount: off[n] / 2,
    offsets: off,
    targets: tg,
    weights: wt,
    inOffsets: off,
    inSources: tg,
    inWeights: wt,
    labels: g.labels,
  };
}
