/**
 * Harmonic closeness centrality.
 *
 * Formula   H(v) = Σ_{u≠v} 1 / d(v, u), with 1/∞ = 0.
 * Symbols   d(v,u) shortest-path length from v to u (arcs, or the sum of
 *           weights as lengths when weighted).
 * Conventions mode 'out' (default, igraph `harmonic_centrality`): distances
 *           from v; 'in': distances to v (networkx's choice for directed
 *           graphs). Undirected graphs ignore mode. `normalized` divides by
 *           n − 1 (igraph). Well defined on disconnected graphs, which is why
 *           it is used instead of closeness.
 * Edge cases isolated node → 0; n = 1 → 0 (normalised: NaN).
 * Cost      O(n·m) unweighted; O(n·m·log m) weighted.
 * References Marchiori & Latora (2000) Physica A 285: 539-546; Boldi & Vigna
 *           (2014) Internet Mathematics 10: 222-262.
 */
import type { CsrGraph } from './csr-graph.ts';
import { pathWorkspace, shortestPathDag } from './shortest-path-dag.ts';

export interface HarmonicOptions {
  mode?: 'out' | 'in';
  weighted?: boolean;
  normalized?: boolean;
}

export function harmonicCloseness(g: CsrGraph, opts: HarmonicOptions = {}): Float64Array {
  const { n } = g;
  const weighted = (opts.weighted ?? g.weights !== null) && g.weights !== null;
  const reverse = g.directed && opts.mode === 'in';
  const ws = pathWorkspace(g);
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    shortestPathDag(g, v, weighted, reverse, ws);
    let h = 0;
    for (let i = 1; i < ws.reached; i++) h += 1 / ws.dist[ws.order[i]];
    out[v] = opts.normalized ? h / (n - 1) : h;
  }
  return out;
}
