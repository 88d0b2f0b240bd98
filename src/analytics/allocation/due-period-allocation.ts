/**
 * Order allocation with due periods: each member's capacity is per period,
 * each order must be produced by the end of its due period, and a member may
 * start only in its first period. A min-cost flow on a network of production
 * periods, so the optimum is exact.
 *
 * Model     periods t = 1..T, T = the latest due period of the request (an
 *           order without one is due at T); member i makes up to cap_i in
 *           each period t ≥ first_i (default 1); order j is served from what
 *           member i has made by the end of period due_j. With
 *           c_ij = unit_cost_i + τ · d_ij:
 *             max Σ x_ij, then min Σ c_ij x_ij, subject to Σ_i x_ij ≤ q_j and
 *             Σ_{j: due_j ≤ k} x_ij ≤ cap_i · (k − first_i + 1)⁺ for every k.
 *           Producing early costs nothing here (no holding cost); the due
 *           periods restrict the plain allocation, they add no cost.
 * Network   source → P(i, t) (cap_i), P(i, t) → P(i, t + 1) (stock carried,
 *           uncapacitated, cost 0), P(i, due_j) → order j (c_ij), order j →
 *           sink (q_j): the plain allocation's m·n routes plus 2·m·T arcs,
 *           not a route per period (a first version with (member, period)
 *           supplies and m·T·n routes took 37× the plain allocation's time at
 *           200 × 2,000 and T = 4). The tests solve the cumulative form above
 *           independently with HiGHS and hold the two optima equal.
 * Reports   as capacity-allocation.ts, each line with the period it is made
 *           in (per member, orders by due period take its capacity as
 *           early as it is offered: earliest due first); a member's capacity and utilisation
 *           are over the horizon (cap_i × its periods); an order short while
 *           its due period is before the horizon's end is `capacity-short-by-due`.
 * Scope     split orders without fair shares only: whole orders would need
 *           one member across several periods (a binary per member and
 *           order over the period flows), and fair-share floors per member
 *           over the horizon — other programmes, not this network.
 * Conventions periods are integers ≥ 1 (weeks or months of a plan);
 *           quantities per period in the capacity's unit.
 * Cost      one min-cost flow per product (min-cost-flow.ts) on m·T + n + 2
 *           nodes and m·n + 2·m·T + n arcs.
 * References Hitchcock (1941); Ahuja, Magnanti & Orlin (1993) §9 and §19
 *           (production planning as network flow); Jackson (1955) for
 *           earliest-due-date order. */
import {
  byProduct,
  checkTransportCost,
  emptyAllocation,
  type CapacityAllocation,
  type CapacityRow,
  type OrderRow,
  type UnservedReason,
} from './capacity-allocation.ts';
import { productRoutes, type ProductRoutes } from './product-routes.ts';
import { minCostFlow } from './min-cost-flow.ts';
import { recordProduct } from './record-product.ts';
import { transportationProblem } from './transportation-problem.ts';

const isPeriod = (p: unknown) => Number.isInteger(p) && (p as number) >= 1;

/** The horizon T: the latest due period; checks every period given. */
export function horizonOf(capacities: readonly CapacityRow[], orders: readonly OrderRow[]): number {
  let T = 0;
  orders.forEach((o, j) => {
    if (o.due === undefined) return;
    if (!isPeriod(o.due)) throw new RangeError(`order ${j}: due period must be an integer ≥ 1`);
    T = Math.max(T, o.due);
  });
  capacities.forEach((c, i) => {
    if (c.firstPeriod !== undefined && !isPeriod(c.firstPeriod))
      throw new RangeError(`capacity ${i}: first period must be an integer ≥ 1`);
  });
  return Math.max(T, 1);
}

/** Allocates product by product on the network of production periods. */
export function duePeriodAllocation(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number,
): CapacityAllocation {
  checkTransportCost(transportCost);
  const T = horizonOf(capacities, orders);
  const out = emptyAllocation();
  for (const { product, cap, ord } of byProduct(capacities, orders)) {
    const due = ord.map((o) => o.due ?? T);
    const routes = productRoutes(cap, ord, transportCost);
    const quantity = ord.map((o) => o.quantity);
    const pieces = schedule(cap, due, T, solveNetwork(cap, quantity, due, T, routes));
    // One capacity row per member and period, as recordProduct counts them.
    const slots = cap.flatMap((c, i) =>
      Array.from({ length: T }, (_, k) => ({ row: i, period: k + 1, c })),
    );
    const n = ord.length;
    const lines: ProductRoutes = {
      from: Int32Array.from(pieces, (p) => p.member * T + p.period - 1),
      to: Int32Array.from(pieces, (p) => p.order),
      cost: Float64Array.from(pieces, (p) => routes.cost[p.member * n + p.order]),
      dist: Float64Array.from(pieces, (p) => routes.dist[p.member * n + p.order]),
    };
    const expanded = slots.map((s) => ({
      ...s.c,
      capacity: s.period >= (s.c.firstPeriod ?? 1) ? s.c.capacity : 0,
    }));
    const start = out.members.length;
    const reason = (j: number): UnservedReason | undefined =>
      due[j] < T && cap.some((c) => c.capacity > 0) ? 'capacity-short-by-due' : undefined;
    const flow = Float64Array.from(pieces, (p) => p.quantity);
    recordProduct(product, expanded, ord, lines, flow, out, reason, (i) => slots[i].period);
    mergeLoads(out, start);
  }
  return out;
}

interface Solved {
  /** Delivery of member i to order j: serve[i * n + j]. */
  serve: Float64Array;
}

/**
 * Nodes: source 0, sink 1, production P(i, t) = 2 + i·T + t − 1, orders
 * after them. Arcs: source → P(i, t) (cap_i, for t ≥ first_i), P(i, t) →
 * P(i, t + 1) (stock carried, uncapacitated, cost 0), P(i, due_j) → order j
 * (c_ij, uncapacitated), order j → sink (q_j): m·n + 2·m·T + n arcs, the
 * plain allocation's routes plus the periods' chains.
 */
function solveNetwork(
  cap: readonly CapacityRow[],
  quantity: readonly number[],
  due: readonly number[],
  T: number,
  routes: ProductRoutes,
): Solved {
  const m = cap.length;
  const n = due.length;
  if (T === 1) return { serve: onePeriod(cap, quantity, routes) };
  const P = (i: number, t: number) => 2 + i * T + t - 1;
  const O = (j: number) => 2 + m * T + j;
  const from: number[] = [];
  const to: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const arc = (a: number, b: number, u: number, c: number) => {
    from.push(a);
    to.push(b);
    capacity.push(u);
    cost.push(c);
  };
  for (let i = 0; i < m; i++)
    for (let t = 1; t <= T; t++) {
      arc(0, P(i, t), t >= (cap[i].firstPeriod ?? 1) ? cap[i].capacity : 0, 0);
      if (t < T) arc(P(i, t), P(i, t + 1), Infinity, 0);
    }
  const firstServe = from.length;
  for (let r = 0; r < routes.from.length; r++)
    arc(P(routes.from[r], due[routes.to[r]]), O(routes.to[r]), Infinity, routes.cost[r]);
  for (let j = 0; j < n; j++) arc(O(j), 1, quantity[j], 0);
  const res = minCostFlow(
    {
      nodes: 2 + m * T + n,
      from: Int32Array.from(from),
      to: Int32Array.from(to),
      capacity: Float64Array.from(capacity),
      cost: Float64Array.from(cost),
    },
    0,
    1,
  );
  const serve = new Float64Array(m * n);
  for (let r = 0; r < routes.from.length; r++)
    serve[routes.from[r] * n + routes.to[r]] = res.flow[firstServe + r];
  return { serve };
}

/** A horizon of one period is the plain transportation problem (its specialised solver). */
function onePeriod(
  cap: readonly CapacityRow[],
  quantity: readonly number[],
  routes: ProductRoutes,
): Float64Array {
  const s = transportationProblem({
    supply: cap.map((c) => ((c.firstPeriod ?? 1) > 1 ? 0 : c.capacity)),
    demand: quantity,
    routes,
  });
  const n = quantity.length;
  const serve = new Float64Array(cap.length * n);
  for (let r = 0; r < routes.from.length; r++) serve[routes.from[r] * n + routes.to[r]] = s.flow[r];
  return serve;
}

/** One load per member over the horizon (recordProduct wrote one per member and period). */
function mergeLoads(out: CapacityAllocation, start: number): void {
  const merged = new Map<string, (typeof out.members)[number]>();
  for (const m of out.members.splice(start)) {
    const seen = merged.get(m.member);
    if (!seen) merged.set(m.member, { ...m });
    else {
      seen.capacity += m.capacity;
      seen.allocated += m.allocated;
    }
  }
  for (const m of merged.values())
    out.members.push({ ...m, utilisation: m.capacity > 0 ? m.allocated / m.capacity : null });
}

interface Piece {
  member: number;
  order: number;
  period: number;
  quantity: number;
}

/**
 * The periods each delivery is made in: per member, its orders by due period
 * (earliest first) take its capacity as early as it is offered. The flow
 * keeps Σ_{due_j ≤ k} x_ij within what member i can make by period k, so
 * every piece is made no later than its order's due period (Jackson's
 * rule); a round-off rest is put in the order's due period.
 */
function schedule(
  cap: readonly CapacityRow[],
  due: readonly number[],
  T: number,
  s: Solved,
): Piece[] {
  const n = due.length;
  const m = cap.length;
  const byDue = Array.from({ length: n }, (_, j) => j).sort((a, b) => due[a] - due[b] || a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < m; i++) {
    let t = (cap[i].firstPeriod ?? 1) - 1;
    let left = t < T ? cap[i].capacity : 0;
    for (const j of byDue) {
      let need = s.serve[i * n + j];
      const tiny = 1e-12 * Math.max(1, need);
      while (need > tiny && t < T) {
        if (left <= tiny) {
          t++;
          if (t < T) left = cap[i].capacity;
          continue;
        }
        const take = Math.min(need, left);
        pieces.push({ member: i, order: j, period: t + 1, quantity: take });
        need -= take;
        left -= take;
      }
      if (need > tiny) pieces.push({ member: i, order: j, period: due[j], quantity: need });
    }
  }
  return pieces;
}
