import { AtlasError } from '../../core/errors.ts';
import type { CsrGraph } from '../../analytics/network/csr-graph.ts';
import { betweenness } from '../../analytics/network/betweenness.ts';
import { burtConstraint } from '../../analytics/network/burt-constraint.ts';
import { connectedComponents } from '../../analytics/network/connected-components.ts';
import { coreness } from '../../analytics/network/coreness.ts';
import { degree, strength, type DegreeMode } from '../../analytics/network/degree.ts';
import { density } from '../../analytics/network/density.ts';
import { harmonicCloseness } from '../../analytics/network/harmonic-closeness.ts';
import { localClustering } from '../../analytics/network/local-clustering.ts';
import { louvain } from '../../analytics/network/louvain.ts';
import { pagerank } from '../../analytics/network/pagerank.ts';
import { stronglyConnectedComponents } from '../../analytics/network/strongly-connected-components.ts';

export interface GraphAlgorithmOptions {
  seed?: number;
  mode?: DegreeMode;
  /** Betweenness: sample this many sources (approximation) instead of all. */
  samples?: number;
  detail?: boolean;
}

export interface GraphAlgorithmOutput {
  /** Per-node values (NaN where undefined), or communities for louvain. */
  values?: ArrayLike<number>;
  /** A graph-level figure (density). */
  value?: number;
  /** Extra per-node columns shown with --detail (e.g. each Louvain level). */
  extraColumns?: Record<string, ArrayLike<number>>;
  /** Summary figures (modularity, iterations, component count). */
  summary: Record<string, unknown>;
}

export interface GraphAlgorithm {
  description: string;
  /** Output column name of the per-node figure. */
  column: 'value' | 'community';
  /** How --weighted is used: tie strength, path length, or not at all. */
  weights: 'strength' | 'length' | 'ignored';
  run(g: CsrGraph, opts: GraphAlgorithmOptions): GraphAlgorithmOutput;
}

const componentsOutput = (c: ReturnType<typeof connectedComponents>): GraphAlgorithmOutput => {
  let largest = 0;
  for (let i = 0; i < c.count; i++) if (c.sizes[i] > largest) largest = c.sizes[i];
  const size = new Float64Array(c.membership.length);
  for (let u = 0; u < size.length; u++) size[u] = c.sizes[c.membership[u]];
  return {
    values: c.membership,
    extraColumns: { size },
    summary: { components: c.count, largest },
  };
};

/** Every algorithm `atlas graph ALGO` knows, by name. */
export const graphAlgorithms: Record<string, GraphAlgorithm> = {
  degree: {
    description: 'number of edges (--mode out|in|all for directed graphs)',
    column: 'value',
    weights: 'ignored',
    run: (g, o) => ({ values: degree(g, o.mode), summary: {} }),
  },
  strength: {
    description: 'sum of edge weights (degree when unweighted)',
    column: 'value',
    weights: 'strength',
    run: (g, o) => ({ values: strength(g, o.mode), summary: {} }),
  },
  pagerank: {
    description: 'PageRank, damping 0.85, dangling mass spread uniformly (igraph PRPACK)',
    column: 'value',
    weights: 'strength',
    run: (g) => {
      const r = pagerank(g);
      return {
        values: r.scores,
        summary: { iterations: r.iterations, converged: r.converged },
      };
    },
  },
  components: {
    description: 'weakly connected component of each node (numbered by smallest member)',
    column: 'value',
    weights: 'ignored',
    run: (g) => componentsOutput(connectedComponents(g)),
  },
  'strong-components': {
    description: 'strongly connected component of each node (directed graphs)',
    column: 'value',
    weights: 'ignored',
    run: (g) => componentsOutput(stronglyConnectedComponents(g)),
  },
  coreness: {
    description: 'k-core number (Batagelj-Zaversnik; --mode for directed graphs)',
    column: 'value',
    weights: 'ignored',
    run: (g, o) => ({ values: coreness(g, o.mode), summary: {} }),
  },
  louvain: {
    description: 'Louvain communities (seeded; undirected view); --detail adds levels',
    column: 'community',
    weights: 'strength',
    run: (g, o) => {
      const r = louvain(g, { seed: o.seed });
      const extraColumns: Record<string, Int32Array> = {};
      r.levels.forEach((l, i) => (extraColumns[`level${i + 1}`] = l.membership));
      return {
        values: r.membership,
        extraColumns,
        summary: {
          communities: r.count,
          modularity: r.modularity,
          levels: r.levels.map((l) => l.modularity),
        },
      };
    },
  },
  clustering: {
    description: 'local clustering coefficient (empty when degree < 2)',
    column: 'value',
    weights: 'ignored',
    run: (g) => ({ values: localClustering(g), summary: {} }),
  },
  betweenness: {
    description: 'Brandes betweenness (weights as lengths); --samples K for the sampled estimate',
    column: 'value',
    weights: 'length',
    run: (g, o) => ({
      values: betweenness(g, { samples: o.samples, seed: o.seed }),
      summary: o.samples !== undefined && o.samples < g.n ? { sampledSources: o.samples } : {},
    }),
  },
  harmonic: {
    description: 'harmonic closeness Σ 1/d (weights as lengths; --mode out|in)',
    column: 'value',
    weights: 'length',
    run: (g, o) => ({
      values: harmonicCloseness(g, { mode: o.mode === 'in' ? 'in' : 'out' }),
      summary: {},
    }),
  },
  constraint: {
    description: "Burt's constraint (low = broker); empty for isolated nodes",
    column: 'value',
    weights: 'strength',
    run: (g) => ({ values: burtConstraint(g), summary: {} }),
  },
  density: {
    description: 'share of possible edges present (one graph-level figure)',
    column: 'value',
    weights: 'ignored',
    run: (g) => ({ value: density(g), summary: { nodes: g.n } }),
  },
};

export function getGraphAlgorithm(name: string): GraphAlgorithm {
  const a = graphAlgorithms[name];
  if (!a) {
    throw new AtlasError(
      'ATLAS_E_UNKNOWN_NAME',
      `unknown graph algorithm "${name}"; known: ${Object.keys(graphAlgorithms).join(', ')}`,
      { name, known: Object.keys(graphAlgorithms) },
    );
  }
  return a;
}
