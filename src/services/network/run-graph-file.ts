import type { AtlasWarning } from '../../core/errors.ts';
import { getGraphAlgorithm, type GraphAlgorithmOptions } from './graph-algorithms.ts';
import { readEdgeGraph } from './read-edge-columns.ts';

export interface GraphFileOptions extends GraphAlgorithmOptions {
  directed?: boolean;
  weighted?: boolean;
}

export interface GraphFileResult {
  columns: string[];
  rows: Record<string, unknown>[];
  summary: Record<string, unknown>;
  warnings: AtlasWarning[];
}

/**
 * The use case behind `atlas graph ALGO --edges FILE`: reads and checks the
 * edge list (read-edge-columns.ts), builds the CSR graph, runs the algorithm.
 * Rows are `node,value` (`node,community` for louvain; `measure,value` for
 * density), in order of first appearance of each node in the file; undefined
 * values (NaN) are left empty. `detail` adds the extra columns (Louvain levels,
 * component sizes). Throws before computing anything if the input is bad.
 */
export async function runGraphFile(
  algorithm: string,
  edgesFile: string,
  opts: GraphFileOptions = {},
): Promise<GraphFileResult> {
  const algo = getGraphAlgorithm(algorithm);
  const weighted = Boolean(opts.weighted) && algo.weights !== 'ignored';
  const edges = await readEdgeGraph(edgesFile, { weighted, directed: opts.directed });
  const g = edges.graph;
  const out = algo.run(g, opts);
  const summary = { nodes: g.n, edges: g.edgeCount, ...out.summary };
  if (out.value !== undefined) {
    return {
      columns: ['measure', 'value'],
      rows: [{ measure: algorithm, value: Number.isNaN(out.value) ? null : out.value }],
      summary,
      warnings: edges.warnings,
    };
  }
  const extra = opts.detail ? Object.entries(out.extraColumns ?? {}) : [];
  const values = out.values as ArrayLike<number>;
  const rows: Record<string, unknown>[] = new Array(g.n);
  for (let u = 0; u < g.n; u++) {
    const v = values[u];
    const row: Record<string, unknown> = {
      node: g.labels[u],
      [algo.column]: Number.isNaN(v) ? null : v,
    };
    for (const [name, col] of extra) row[name] = col[u];
    rows[u] = row;
  }
  return {
    columns: ['node', algo.column, ...extra.map(([name]) => name)],
    rows,
    summary,
    warnings: edges.warnings,
  };
}
