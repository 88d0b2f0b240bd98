/**
 * Maximum spanning tree (forest) of a dense similarity matrix: the backbone of
 * the product / industry space.
 *
 * Problem   Given symmetric weights w_ij ≥ 0 on n nodes, find the n − c edges
 *           (c = number of components of the graph w > 0) of largest total
 *           weight that join every node of each component without a cycle.
 * Method    Prim's algorithm on the dense matrix: grow a tree from the lowest
 *           unreached node, each step adding the unreached node with the
 *           heaviest edge to the tree; when none has a positive edge, start a
 *           new tree. O(n²) time, O(n) extra memory — optimal for a dense matrix
 *           (Kruskal would sort n²/2 edges).
 * Conventions w_ij ≤ 0 (and NaN) is no edge, so the result is a forest when the
 *           positive part is disconnected. The diagonal is ignored. Ties go to
 *           the lower node index, so the tree is deterministic; the total weight
 *           is the same for every maximum spanning tree.
 * Edge cases n = 0 or 1 → no edge. Non-symmetric input: the upper triangle w_ij
 *           (i < j) is read, both for the tree and for the reported weight.
 * Output    edges as (a, b, weight) with a < b, in the order Prim adds them.
 * References R. C. Prim (1957), "Shortest connection networks and some
 *           generalizations", Bell System Technical Journal 36(6): 1389-1401;
 *           Hidalgo, Klinger, Barabási and Hausmann (2007), "The product space
 *           conditions the development of nations", Science 317: 482-487 (the
 *           product space as the maximum spanning tree plus strong links).
 */
import { AtlasError } from '../../core/errors.ts';

export interface SpanningEdges {
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
  /** Number of trees in the forest (1 when the positive part is connected). */
  components: number;
}

export function maximumSpanningTree(w: Float64Array, n: number): SpanningEdges {
  if (!Number.isInteger(n) || n < 0 || w.length !== n * n)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `weights must be an n × n matrix (n = ${n})`, {
      n,
      length: w.length,
    });
  return primKernel(w, n);
}

function primKernel(w: Float64Array, n: number): SpanningEdges {
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(-Infinity);
  const from = new Int32Array(n).fill(-1);
  const a = new Int32Array(Math.max(0, n - 1));
  const b = new Int32Array(Math.max(0, n - 1));
  const weight = new Float64Array(Math.max(0, n - 1));
  let edges = 0;
  let components = 0;
  for (let added = 0; added < n; added++) {
    let u = -1;
    let uw = 0;
    for (let v = 0; v < n; v++)
      if (!inTree[v] && from[v] >= 0 && best[v] > uw) {
        u = v;
        uw = best[v];
      }
    if (u < 0) {
      // No positive edge leaves the tree: start the next one at the lowest unreached node.
      u = inTree.indexOf(0);
      components++;
    } else {
      const p = from[u];
      a[edges] = p < u ? p : u;
      b[edges] = p < u ? u : p;
      weight[edges++] = uw;
    }
    inTree[u] = 1;
    for (let v = 0; v < n; v++) {
      if (inTree[v]) continue;
      const x = u < v ? w[u * n + v] : w[v * n + u];
      if (x > 0 && (x > best[v] || (x === best[v] && u < from[v]))) {
        best[v] = x;
        from[v] = u;
      }
    }
  }
  return {
    a: a.subarray(0, edges),
    b: b.subarray(0, edges),
    weight: weight.subarray(0, edges),
    components,
  };
}
