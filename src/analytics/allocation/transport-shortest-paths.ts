/**
 * Successive shortest paths specialised to the transportation problem:
 * Dijkstra over the supplies only, the demands folded into the arcs.
 *
 * Method    the residual network of source → supply → demand → sink has one
 *           useful kind of path: s → i0 → j1 → i1 → j2 → … → i_k → j* → t,
 *           where i_m sends more to j_{m+1} and i_{m+1} (which ships to it,
 *           x > 0) sends less, and j* still wants some. Folding each demand
 *           into the supply-to-supply arc it makes gives a graph on S + 1
 *           nodes:
 *             exchange i → i' (via j with x_i'j > 0):  cost c_ij − c_i'j
 *             finish   i → t  (via j not yet served):  cost c_ij
 *           with potentials π kept as in min-cost-flow.ts (reduced costs ≥ 0,
 *           a supply with spare capacity has π = 0). The S × S exchange costs
 *           (the best j for each pair) are kept up to date as flows appear and
 *           vanish, so each search is a dense Dijkstra on S + 1 nodes; `finish`
 *           reads each supply's demands sorted by cost once, with a pointer
 *           past the served ones (served quantities only grow). The result is
 *           the same min-cost maximum flow as the generic solver (tests check
 *           the two agree).
 * Cost      per augmentation O(S²) for the search plus O(S) per flow that
 *           appears and O(S · F_w) per flow that vanishes (F_w: the demands
 *           supply w ships to); O(S·D log D) once for the sorting; memory
 *           O(S·D) for the dense cost matrix and O(S²) for the exchanges.
 * References Ahuja, Magnanti & Orlin (1993) Network Flows, §9.7 and §10.6
 *           (the transportation problem); Edmonds & Karp (1972) for the
 *           potentials.
 */

export interface DenseTransport {
  S: number;
  D: number;
  supply: Float64Array;
  demand: Float64Array;
  /** c[i·D + j]: unit cost from supply i to demand j; Infinity: no route. */
  cost: Float64Array;
}

export interface DenseSolution {
  /** x[i·D + j]. */
  x: Float64Array;
  shipped: number;
  cost: number;
}

interface State {
  p: DenseTransport;
  eps: number;
  x: Float64Array;
  used: Float64Array;
  served: Float64Array;
  /** Per supply: demands it ships to (x > 0), with each one's position for O(1) removal. */
  ships: number[][];
  where: Int32Array;
  /** Per supply: demands by increasing cost, and the first one maybe unserved. */
  sorted: Int32Array[];
  next: Int32Array;
  pot: Float64Array;
  /**
   * Exchange arcs kept up to date as flows change: ex[u·S + w] = min over
   * the demands j that w ships to of c_uj − c_wj, reached through exJ.
   */
  ex: Float64Array;
  exJ: Int32Array;
}

/** Solves a dense transportation problem (inputs checked by the caller). */
export function transportShortestPaths(p: DenseTransport): DenseSolution {
  const st = initialState(p);
  const { S } = p;
  const dist = new Float64Array(S + 1);
  const pred = new Int32Array(S + 1);
  const via = new Int32Array(S + 1);
  const done = new Uint8Array(S + 1);
  let shipped = 0;
  let total = 0;
  while (dijkstra(st, dist, pred, via, done)) {
    const dt = dist[S];
    for (let v = 0; v <= S; v++) st.pot[v] += Math.min(dist[v], dt);
    const pushed = augment(st, pred, via);
    if (!(pushed.amount > st.eps)) break;
    shipped += pushed.amount;
    total += pushed.cost;
  }
  return { x: st.x, shipped, cost: total };
}

function initialState(p: DenseTransport): State {
  const { S, D, cost } = p;
  let top = 0;
  for (const q of p.demand) top = Math.max(top, q);
  for (const q of p.supply) top = Math.max(top, q);
  const sorted: Int32Array[] = [];
  for (let i = 0; i < S; i++) {
    const js: number[] = [];
    for (let j = 0; j < D; j++) if (cost[i * D + j] < Infinity && p.demand[j] > 0) js.push(j);
    js.sort((a, b) => cost[i * D + a] - cost[i * D + b] || a - b);
    sorted.push(Int32Array.from(js));
  }
  return {
    p,
    eps: 1e-12 * Math.max(1, top),
    x: new Float64Array(S * D),
    used: new Float64Array(S),
    served: new Float64Array(D),
    ships: Array.from({ length: S }, () => []),
    where: new Int32Array(S * D).fill(-1),
    sorted,
    next: new Int32Array(S),
    pot: new Float64Array(S + 1),
    ex: new Float64Array(S * S).fill(Infinity),
    exJ: new Int32Array(S * S).fill(-1),
  };
}

/** The cheapest demand supply i can still serve (−1: none), moving its pointer past served ones. */
function cheapestOpen(st: State, i: number): number {
  const list = st.sorted[i];
  let k = st.next[i];
  while (k < list.length && st.p.demand[list[k]] - st.served[list[k]] <= st.eps) k++;
  st.next[i] = k;
  return k < list.length ? list[k] : -1;
}

/** Dijkstra on reduced costs over supplies 0..S-1 and the sink S; false when the sink is unreachable. */
function dijkstra(
  st: State,
  dist: Float64Array,
  pred: Int32Array,
  via: Int32Array,
  done: Uint8Array,
): boolean {
  const { S, D, cost, supply } = st.p;
  const pot = st.pot;
  dist.fill(Infinity);
  done.fill(0);
  for (let i = 0; i < S; i++)
    if (supply[i] - st.used[i] > st.eps) {
      dist[i] = Math.max(0, -pot[i]);
      pred[i] = -1;
    }
  for (;;) {
    let u = -1;
    for (let v = 0; v <= S; v++) if (!done[v] && (u < 0 || dist[v] < dist[u])) u = v;
    if (u < 0 || dist[u] === Infinity) return false;
    done[u] = 1;
    if (u === S) break;
    const du = dist[u] + pot[u];
    const j = cheapestOpen(st, u);
    if (j >= 0) {
      const nd = Math.max(dist[u], du + cost[u * D + j] - pot[S]);
      if (nd < dist[S]) {
        dist[S] = nd;
        pred[S] = u;
        via[S] = j;
      }
    }
    const row = u * S;
    for (let w = 0; w < S; w++) {
      if (done[w]) continue;
      const nd = du + st.ex[row + w] - pot[w];
      if (nd < dist[w]) {
        dist[w] = Math.max(dist[u], nd);
        pred[w] = u;
        via[w] = st.exJ[row + w];
      }
    }
  }
  // Nodes left unsettled count as far as the sink (the update adds min(dist, dist_t)).
  for (let v = 0; v <= S; v++) if (!done[v] && dist[v] > dist[S]) dist[v] = dist[S];
  return true;
}

/** Supply w now ships to j: every exchange arc into w may get cheaper through j. */
function addExchange(st: State, w: number, j: number): void {
  const { S, D, cost } = st.p;
  const cw = cost[w * D + j];
  for (let u = 0; u < S; u++) {
    const v = cost[u * D + j] - cw;
    if (v < st.ex[u * S + w]) {
      st.ex[u * S + w] = v;
      st.exJ[u * S + w] = j;
    }
  }
}

/** Supply w no longer ships to j: the arcs into w that went through j are recomputed. */
function dropExchange(st: State, w: number, j: number): void {
  const { S, D, cost } = st.p;
  const list = st.ships[w];
  for (let u = 0; u < S; u++) {
    if (st.exJ[u * S + w] !== j) continue;
    let best = Infinity;
    let arg = -1;
    for (const jj of list) {
      const v = cost[u * D + jj] - cost[w * D + jj];
      if (v < best) {
        best = v;
        arg = jj;
      }
    }
    st.ex[u * S + w] = best;
    st.exJ[u * S + w] = arg;
  }
}

function setFlow(st: State, i: number, j: number, v: number): void {
  const D = st.p.D;
  const k = i * D + j;
  const was = st.x[k] > st.eps;
  st.x[k] = v;
  const is = v > st.eps;
  if (is && !was) {
    st.where[k] = st.ships[i].length;
    st.ships[i].push(j);
    addExchange(st, i, j);
  } else if (!is && was) {
    const list = st.ships[i];
    const at = st.where[k];
    const last = list.pop()!;
    if (at < list.length) {
      list[at] = last;
      st.where[i * D + last] = at;
    }
    st.where[k] = -1;
    dropExchange(st, i, j);
  }
  // A flow within round-off of 0 is 0: the path search only follows x > 0.
  if (!is) st.x[k] = 0;
}

/** Pushes the path's bottleneck along the path Dijkstra left in pred/via. */
function augment(st: State, pred: Int32Array, via: Int32Array): { amount: number; cost: number } {
  const { S, D, cost, supply, demand } = st.p;
  const last = pred[S];
  const jEnd = via[S];
  let amount = demand[jEnd] - st.served[jEnd];
  let i = last;
  while (pred[i] >= 0) {
    amount = Math.min(amount, st.x[i * D + via[i]]);
    i = pred[i];
  }
  amount = Math.min(amount, supply[i] - st.used[i]);
  if (!(amount > st.eps)) return { amount: 0, cost: 0 };
  let c = amount * cost[last * D + jEnd];
  setFlow(st, last, jEnd, st.x[last * D + jEnd] + amount);
  st.served[jEnd] += amount;
  for (let w = last; pred[w] >= 0; w = pred[w]) {
    const u = pred[w];
    const j = via[w];
    c += amount * (cost[u * D + j] - cost[w * D + j]);
    setFlow(st, w, j, st.x[w * D + j] - amount);
    setFlow(st, u, j, st.x[u * D + j] + amount);
  }
  st.used[i] += amount;
  return { amount, cost: c };
}
