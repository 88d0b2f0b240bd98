/**
 * Minimum-cost maximum flow by successive shortest paths with node
 * potentials (Dijkstra on reduced costs).
 *
 * Problem   maximise the flow value v from s to t, and among flows of value v
 *           minimise Σ_a c_a f_a, subject to 0 ≤ f_a ≤ u_a and conservation.
 * Method    keep potentials π with reduced costs c_a + π(u) − π(v) ≥ 0 on every
 *           residual arc; each round finds a shortest s-t path in the residual
 *           network by Dijkstra (stopping once t is settled), raises π by
 *           min(dist, dist(t)) and pushes the path's bottleneck along it. With
 *           non-negative arc costs π = 0 is a valid start. Each augmentation
 *           keeps the flow of least cost for its value (Busacker & Gowen), so
 *           the last is a min-cost maximum flow.
 * Conventions real capacities: a residual capacity ≤ eps counts as 0 (eps
 *           relative to the largest capacity, 1e-12 by default), so round-off
 *           never loops; Infinity is allowed as a capacity (an uncapacitated
 *           arc) provided every s-t path has a finite arc.
 * Edge cases s = t, or no s-t path → zero flow. Negative costs, NaN, negative
 *           capacities → RangeError (the wrapper checks).
 * Cost      O(F · (E + V) log V) for F augmentations; each augmentation
 *           saturates an arc or exhausts s's supply, so on a transportation
 *           network F ≤ arcs + supplies + demands in practice.
 * References Ahuja, Magnanti & Orlin (1993) Network Flows, Prentice Hall,
 *           §9.7 (successive shortest paths) and §4.5 (potentials);
 *           Edmonds & Karp (1972) J. ACM 19(2): 248-264 (potentials with
 *           Dijkstra); Busacker & Gowen (1960).
 */

export interface FlowNetwork {
  /** Nodes 0..nodes-1. */
  nodes: number;
  from: Int32Array;
  to: Int32Array;
  capacity: Float64Array;
  cost: Float64Array;
}

export interface FlowResult {
  /** Flow on each arc, in input order. */
  flow: Float64Array;
  value: number;
  cost: number;
  augmentations: number;
}

/** Checks the network, then solves. */
export function minCostFlow(net: FlowNetwork, s: number, t: number): FlowResult {
  const m = net.from.length;
  if (net.to.length !== m || net.capacity.length !== m || net.cost.length !== m)
    throw new RangeError('from, to, capacity and cost must have one entry per arc');
  for (let a = 0; a < m; a++) {
    if (net.from[a] < 0 || net.from[a] >= net.nodes || net.to[a] < 0 || net.to[a] >= net.nodes)
      throw new RangeError(`arc ${a} names a node outside 0..${net.nodes - 1}`);
    if (!(net.capacity[a] >= 0)) throw new RangeError(`arc ${a}: capacity must be ≥ 0`);
    if (!(net.cost[a] >= 0) || !Number.isFinite(net.cost[a]))
      throw new RangeError(`arc ${a}: cost must be finite and ≥ 0`);
  }
  if (s === t) return { flow: new Float64Array(m), value: 0, cost: 0, augmentations: 0 };
  return flowKernel(net, s, t);
}

interface Residual {
  head: Int32Array;
  res: Float64Array;
  cost: Float64Array;
  /** CSR of edge ids by tail node. */
  start: Int32Array;
  edges: Int32Array;
}

function residual(net: FlowNetwork): Residual {
  const m = net.from.length;
  const head = new Int32Array(2 * m);
  const res = new Float64Array(2 * m);
  const cost = new Float64Array(2 * m);
  const start = new Int32Array(net.nodes + 1);
  for (let a = 0; a < m; a++) {
    head[2 * a] = net.to[a];
    head[2 * a + 1] = net.from[a];
    res[2 * a] = net.capacity[a];
    cost[2 * a] = net.cost[a];
    cost[2 * a + 1] = -net.cost[a];
    start[net.from[a] + 1]++;
    start[net.to[a] + 1]++;
  }
  for (let v = 0; v < net.nodes; v++) start[v + 1] += start[v];
  const fill = start.slice(0, net.nodes);
  const edges = new Int32Array(2 * m);
  for (let a = 0; a < m; a++) {
    edges[fill[net.from[a]]++] = 2 * a;
    edges[fill[net.to[a]]++] = 2 * a + 1;
  }
  return { head, res, cost, start, edges };
}

function flowKernel(net: FlowNetwork, s: number, t: number): FlowResult {
  const n = net.nodes;
  const r = residual(net);
  let top = 0;
  for (let a = 0; a < net.capacity.length; a++)
    if (Number.isFinite(net.capacity[a])) top = Math.max(top, net.capacity[a]);
  const eps = 1e-12 * Math.max(1, top);
  const pot = new Float64Array(n);
  const dist = new Float64Array(n);
  const prev = new Int32Array(n);
  const done = new Uint8Array(n);
  const heap = new MinHeap(n);
  let value = 0;
  let cost = 0;
  let augmentations = 0;
  for (;;) {
    if (!shortestPath(r, s, t, eps, pot, dist, prev, done, heap)) break;
    const dt = dist[t];
    for (let v = 0; v < n; v++) pot[v] += Math.min(dist[v], dt);
    let push = Infinity;
    for (let v = t; v !== s; v = r.head[prev[v] ^ 1]) push = Math.min(push, r.res[prev[v]]);
    if (!(push > eps) || push === Infinity) break;
    for (let v = t; v !== s; v = r.head[prev[v] ^ 1]) {
      const e = prev[v];
      r.res[e] -= push;
      r.res[e ^ 1] += push;
      cost += push * r.cost[e];
    }
    value += push;
    augmentations++;
  }
  const flow = new Float64Array(net.from.length);
  for (let a = 0; a < flow.length; a++) flow[a] = r.res[2 * a + 1];
  return { flow, value, cost, augmentations };
}

/** Dijkstra on reduced costs from s, stopping once t is settled; false when t is unreachable. */
function shortestPath(
  r: Residual,
  s: number,
  t: number,
  eps: number,
  pot: Float64Array,
  dist: Float64Array,
  prev: Int32Array,
  done: Uint8Array,
  heap: MinHeap,
): boolean {
  dist.fill(Infinity);
  done.fill(0);
  dist[s] = 0;
  heap.clear();
  heap.push(s, 0);
  while (heap.size > 0) {
    const u = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u === t) break;
    const du = dist[u] + pot[u];
    for (let k = r.start[u]; k < r.start[u + 1]; k++) {
      const e = r.edges[k];
      if (r.res[e] <= eps) continue;
      const v = r.head[e];
      if (done[v]) continue;
      // Reduced costs are ≥ 0 up to round-off: clamp so Dijkstra's order holds.
      const nd = Math.max(dist[u], du + r.cost[e] - pot[v]);
      if (nd < dist[v]) {
        dist[v] = nd;
        prev[v] = e;
        heap.push(v, nd);
      }
    }
  }
  // Unsettled nodes keep their tentative distance only when not beyond t's.
  for (let v = 0; v < dist.length; v++) if (!done[v] && dist[v] > dist[t]) dist[v] = dist[t];
  return done[t] === 1;
}

/** A binary min-heap of (node, key) with lazy deletion (stale entries are skipped by `done`). */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }
  clear(): void {
    this.size = 0;
  }
  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const n = new Int32Array(this.size * 2);
      n.set(this.nodes);
      this.nodes = n;
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      this.keys = k;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p] <= key) break;
      this.nodes[i] = this.nodes[p];
      this.keys[i] = this.keys[p];
      i = p;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.nodes[0];
    const node = this.nodes[--this.size];
    const key = this.keys[this.size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.keys[c + 1] < this.keys[c]) c++;
      if (this.keys[c] >= key) break;
      this.nodes[i] = this.nodes[c];
      this.keys[i] = this.keys[c];
      i = c;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
    return top;
  }
}
