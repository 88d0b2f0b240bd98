/**
 * Betweenness centrality, exact (Brandes) or sampled from pivot sources.
 *
 * Formula   B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st
 * Symbols   σ_st number of shortest s–t paths, σ_st(v) those through v.
 * Method    Brandes: from each source s, shortest paths with counts
 *           (shortest-path-dag.ts), then dependencies accumulated in reverse
 *           distance order: δ_s(v) = Σ_{w: v pred of w} σ_sv/σ_sw·(1 + δ_s(w)),
 *           B(v) = Σ_s δ_s(v). Predecessors are found by scanning in-arcs
 *           (d(v) + w_vw = d(w)), so no predecessor lists are stored.
 *           Sampled: k distinct sources drawn with a seeded generator,
 *           B̂(v) = (n/k)·Σ_{s in sample} δ_s(v) (unbiased; Brandes & Pich 2007).
 * Conventions undirected graphs count each unordered pair once (sums halved),
 *           as igraph_betweenness and networkx(normalized=False); endpoints
 *           excluded; `normalized` divides by (n−1)(n−2) (directed) or
 *           (n−1)(n−2)/2 (undirected), as networkx. Weights are lengths (> 0);
 *           `weighted: false` ignores them. Parallel arcs count as distinct
 *           paths (igraph).
 * Edge cases n ≤ 2 → all 0 (normalised: 0); disconnected pairs add nothing.
 * Cost      exact O(n·m) unweighted, O(n·m·log m) weighted; sampled k/n of
 *           that. Memory O(n) (+O(m) heap when weighted).
 * References Brandes (2001) J. Math. Sociology 25(2): 163-177; Brandes &
 *           Pich (2007) Int. J. Bifurcation and Chaos 17(7): 2303-2318;
 *           Freeman (1977) Sociometry 40: 35-41.
 */
import type { CsrGraph } from './csr-graph.ts';
import { seededRandom, shuffledRange } from './seeded-random.ts';
import { EQUAL_RELATIVE, pathWorkspace, shortestPathDag } from './shortest-path-dag.ts';

export interface BetweennessOptions {
  weighted?: boolean;
  normalized?: boolean;
  /** Sample this many sources (k < n) instead of all; needs `seed` for repeatability. */
  samples?: number;
  seed?: number;
}

export function betweenness(g: CsrGraph, opts: BetweennessOptions = {}): Float64Array {
  const { n } = g;
  const weighted = (opts.weighted ?? g.weights !== null) && g.weights !== null;
  let sources: Int32Array;
  let scale = 1;
  if (opts.samples !== undefined && opts.samples < n) {
    const k = Math.max(1, Math.floor(opts.samples));
    sources = shuffledRange(n, seededRandom(opts.seed ?? 42)).slice(0, k);
    scale = n / k;
  } else {
    sources = new Int32Array(n);
    for (let i = 0; i < n; i++) sources[i] = i;
  }
  const bc = accumulate(g, sources, weighted);
  if (!g.directed) scale /= 2;
  if (opts.normalized) {
    const pairs = (n - 1) * (n - 2);
    scale = pairs > 0 ? scale / (g.directed ? pairs : pairs / 2) : 0;
  }
  for (let v = 0; v < n; v++) bc[v] *= scale;
  return bc;
}

function accumulate(g: CsrGraph, sources: Int32Array, weighted: boolean): Float64Array {
  const { n, inOffsets, inSources, inWeights } = g;
  const bc = new Float64Array(n);
  const delta = new Float64Array(n);
  const ws = pathWorkspace(g);
  const { order, dist, sigma } = ws;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k];
    shortestPathDag(g, s, weighted, false, ws);
    const reached = ws.reached;
    for (let i = 0; i < reached; i++) delta[order[i]] = 0;
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i];
      const dw = dist[w];
      const coeff = (1 + delta[w]) / sigma[w];
      for (let p = inOffsets[w]; p < inOffsets[w + 1]; p++) {
        const v = inSources[p];
        if (v === w) continue;
        const dv = dist[v];
        let isPred: boolean;
        if (weighted) {
          const nd = dv + (inWeights as Float64Array)[p];
          isPred = Math.abs(nd - dw) <= EQUAL_RELATIVE * (nd > dw ? nd : dw);
        } else isPred = dv === dw - 1;
        if (isPred) delta[v] += sigma[v] * coeff;
      }
      bc[w] += delta[w];
    }
  }
  return bc;
}
