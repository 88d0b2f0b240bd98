/**
 * A graph in compressed sparse rows (CSR): the neighbours of node u are
 * `targets[offsets[u] .. offsets[u+1])`, with `weights` alongside when the
 * graph is weighted. Nodes are dense ids 0..n-1; `labels[u]` is the name the
 * input used.
 *
 * Conventions
 * - Directed: the rows hold out-arcs; `inOffsets/inSources/inWeights` hold the
 *   same arcs by head, so algorithms can pull over in-neighbours.
 * - Undirected: every edge {u,v} is stored as two arcs u→v and v→u; the
 *   in-arrays are the out-arrays (same objects). A self-loop {u,u} is stored
 *   twice in u's row, so it adds 2 to u's degree (igraph's convention).
 * - Parallel edges are kept as parallel arcs (their weights add up wherever
 *   an algorithm sums weights). `edgeCount` is the number of input edges.
 * - Unweighted graphs have `weights === null` (every weight is 1).
 * Cost: O(n + m) memory in Int32Array / Float64Array.
 */
export interface CsrGraph {
  readonly n: number;
  readonly directed: boolean;
  /** Number of edges given to the builder (an undirected edge counts once). */
  readonly edgeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array | null;
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array | null;
  readonly labels: readonly string[];
}
