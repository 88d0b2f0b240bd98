/**
 * Order allocation with due periods: each member's capacity is per period,
 * each order must be produced by the end of its due period, and a member may
 * start only in its first period. Still a transportation problem — the
 * supplies are (member, period) pairs — so the optimum is exact.
 *
 * Model     periods t = 1..T, T = the latest due period of the request (an
 *           order without one is due at T); member i offers cap_i in each
 *           period t ≥ first_i (default 1); order j may take from (i, t)
 *           only for t ≤ due_j. With c_ij = unit_cost_i + τ · d_ij:
 *             max Σ x_ijt, then min Σ c_ij x_ijt,
 *             Σ_j x_ijt ≤ cap_i,  Σ_{i,t} x_ijt ≤ q_j,  x_ijt = 0 for t > due_j.
 *           Producing early costs nothing here (no holding cost), so the
 *           cost is the plain allocation's; the due periods restrict it.
 *           Equivalent, per member, to the cumulative bounds
 *           Σ_{j: due_j ≤ k} x_ij ≤ cap_i · (k − first_i + 1)⁺ for every k
 *           (earliest due first meets them): the tests solve that form
 *           independently with HiGHS and hold the two optima equal.
 * Reports   as capacity-allocation.ts, each line with the period it is made
 *           in; a member's capacity and utilisation are over the horizon
 *           (cap_i × its periods); an order short while capacity due later
 *           stays idle is `capacity-short-by-due`.
 * Scope     split orders without fair shares only: whole orders would need
 *           one member across several periods (a binary per member and
 *           order over the period flows), and fair-share floors per member
 *           over the horizon — other programmes, not this network.
 * Conventions periods are integers ≥ 1 (weeks or months of a plan);
 *           quantities per period in the capacity's unit.
 * Cost      one transportation problem per product on m·T supplies and n
 *           orders (m·T·n routes at most).
 * References Hitchcock (1941); Ahuja, Magnanti & Orlin (1993) §9 (the
 *           time-expanded network).
 */
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

/** Allocates product by product on the (member, period) supplies. */
export function duePeriodAllocation(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number,
): CapacityAllocation {
  checkTransportCost(transportCost);
  const T = horizonOf(capacities, orders);
  const out = emptyAllocation();
  for (const { product, cap, ord } of byProduct(capacities, orders)) {
    const slots: { row: number; period: number }[] = [];
    cap.forEach((c, i) => {
      for (let t = c.firstPeriod ?? 1; t <= T; t++) slots.push({ row: i, period: t });
    });
    const expanded = slots.map((s) => cap[s.row]);
    const due = ord.map((o) => o.due ?? T);
    const routes = allowed(
      productRoutes(expanded, ord, transportCost),
      (r, j) => slots[r].period <= due[j],
    );
    const s = transportationProblem({
      supply: expanded.map((c) => c.capacity),
      demand: ord.map((o) => o.quantity),
      routes,
    });
    const start = out.members.length;
    const reason = (j: number): UnservedReason | undefined =>
      due[j] < T && cap.some((c) => c.capacity > 0) ? 'capacity-short-by-due' : undefined;
    recordProduct(product, expanded, ord, routes, s.flow, out, reason, (i) => slots[i].period);
    mergeLoads(out, start);
  }
  return out;
}

/** The routes for which keep(supply, order) holds. */
function allowed(
  r: ProductRoutes,
  keep: (supply: number, order: number) => boolean,
): ProductRoutes {
  const idx: number[] = [];
  for (let k = 0; k < r.from.length; k++) if (keep(r.from[k], r.to[k])) idx.push(k);
  return {
    from: Int32Array.from(idx, (k) => r.from[k]),
    to: Int32Array.from(idx, (k) => r.to[k]),
    cost: Float64Array.from(idx, (k) => r.cost[k]),
    dist: Float64Array.from(idx, (k) => r.dist[k]),
  };
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
