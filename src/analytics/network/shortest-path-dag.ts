/**
 * Single-source shortest paths with path counts, the shared step of Brandes
 * betweenness and harmonic closeness.
 *
 * Method    unweighted: breadth-first search; weighted: Dijkstra with a lazy
 *           binary heap (typed arrays, stale entries skipped). Fills `order`
 *           with the reached nodes by non-decreasing distance, `dist`, and
 *           `sigma` (number of shortest paths from s; parallel arcs count
 *           each, as igraph).
 * Conventions weights are lengths and must be > 0; two weighted distances are
 *           equal when they differ by at most 1e-10 relative (igraph compares
 *           with a relative epsilon too), so float sums of the same path
 *           lengths in a different order still tie. `reverse` follows arcs
 *           backwards (distances *to* s). Self-loops are never on a shortest path.
 * Cost      BFS O(n + m); Dijkstra O(m log m).
 * References Brandes (2001) J. Math. Sociology 25(2): 163-177; Dijkstra (1959).
 */
import type { CsrGraph } from './csr-graph.ts';

export interface PathWorkspace {
  order: Int32Array;
  dist: Float64Array;
  sigma: Float64Array;
  heapKey: Float64Array;
  heapNode: Int32Array;
  reached: number;
}

export const EQUAL_RELATIVE = 1e-10;

export function pathWorkspace(g: CsrGraph): PathWorkspace {
  const n = g.n;
  const heapCap = g.weights ? g.targets.length + n + 1 : 0;
  return {
    order: new Int32Array(n),
    dist: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    heapKey: new Float64Array(heapCap),
    heapNode: new Int32Array(heapCap),
    reached: 0,
  };
}

/** Runs from s; resets only the entries the previous run touched. */
export function shortestPathDag(
  g: CsrGraph,
  s: number,
  weighted: boolean,
  reverse: boolean,
  ws: PathWorkspace,
): void {
  const { order, dist, sigma } = ws;
  for (let i = 0; i < ws.reached; i++) {
    dist[order[i]] = Infinity;
    sigma[order[i]] = 0;
  }
  const off = reverse ? g.inOffsets : g.offsets;
  const adj = reverse ? g.inSources : g.targets;
  const wts = reverse ? g.inWeights : g.weights;
  ws.reached = !weighted || !wts ? bfsDag(off, adj, s, ws) : dijkstraDag(off, adj, wts, s, ws);
}

/** Breadth-first search from s; returns the number of nodes reached. */
function bfsDag(off: Int32Array, adj: Int32Array, s: number, ws: PathWorkspace): number {
  const { order, dist, sigma } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const u = order[head++];
    const du = dist[u] + 1;
    const su = sigma[u];
    for (let p = off[u]; p < off[u + 1]; p++) {
      const v = adj[p];
      if (dist[v] === Infinity) {
        dist[v] = du;
        order[tail++] = v;
      }
      if (dist[v] === du) sigma[v] += su;
    }
  }
  return tail;
}

/** Puts (key, node) on the binary heap of `size` entries; returns the new size. */
function heapPush(
  heapKey: Float64Array,
  heapNode: Int32Array,
  size: number,
  key: number,
  node: number,
): number {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heapKey[parent] <= key) break;
    heapKey[i] = heapKey[parent];
    heapNode[i] = heapNode[parent];
    i = parent;
  }
  heapKey[i] = key;
  heapNode[i] = node;
  return size + 1;
}

/** Removes the top of the binary heap of `size` entries (read it first); returns the new size. */
function heapPop(heapKey: Float64Array, heapNode: Int32Array, size: number): number {
  const n = size - 1;
  if (n > 0) {
    const lk = heapKey[n];
    const ln = heapNode[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && heapKey[c + 1] < heapKey[c]) c++;
      if (heapKey[c] >= lk) break;
      heapKey[i] = heapKey[c];
      heapNode[i] = heapNode[c];
      i = c;
    }
    heapKey[i] = lk;
    heapNode[i] = ln;
  }
  return n;
}

/** Dijkstra from s with a lazy heap; returns the number of nodes settled. */
function dijkstraDag(
  off: Int32Array,
  adj: Int32Array,
  wts: Float64Array,
  s: number,
  ws: PathWorkspace,
): number {
  const { order, dist, sigma, heapKey, heapNode } = ws;
  dist[s] = 0;
  sigma[s] = 1;
  let size = heapPush(heapKey, heapNode, 0, 0, s);
  let count = 0;
  while (size > 0) {
    const key = heapKey[0];
    const u = heapNode[0];
    size = heapPop(heapKey, heapNode, size);
    // A node is pushed only when its distance drops, so an entry whose key
    // is above the current distance is stale, and no node is settled twice.
    if (key > dist[u]) continue;
    order[count++] = u;
    const du = dist[u];
    const su = sigma[u];
    for (let p = off[u]; p < off[u + 1]; p++) {
      const v = adj[p];
      if (v === u) continue;
      const nd = du + wts[p];
      const dv = dist[v];
      const tol = EQUAL_RELATIVE * (nd > dv ? nd : dv);
      if (dv === Infinity || nd < dv - tol) {
        dist[v] = nd;
        sigma[v] = su;
        size = heapPush(heapKey, heapNode, size, nd, v);
      } else if (Math.abs(nd - dv) <= tol) {
        sigma[v] += su;
      }
    }
  }
  return count;
}
