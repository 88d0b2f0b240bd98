import type { CapacityAllocation, UnservedReason } from './capacity-allocation-answer.ts';
import type { CapacityRow, OrderRow } from './capacity-rows.ts';
import type { ProductRoutes } from './product-routes.ts';

/**
 * Appends one product's solved flows to the answer: the allocations (flows
 * above round-off), the total cost, each order's unserved rest and why, each
 * member's use, and the product's summary (idle, missing, overlap removed).
 * `reason(j)` names why order j is short; by default the product's capacity
 * is short, or no member makes it. `periodOf(i)`: the period capacity row i
 * stands for, written on its lines (due-period-allocation.ts).
 */
export function recordProduct(
  product: string,
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  routes: ProductRoutes,
  flow: ArrayLike<number>,
  out: CapacityAllocation,
  reason?: (j: number) => UnservedReason | undefined,
  periodOf?: (i: number) => number,
): void {
  // Flows below this are round-off of the solver, not allocations.
  const tiny = 1e-9 * Math.max(1, ...ord.map((o) => o.quantity));
  const used = new Float64Array(cap.length);
  const served = new Float64Array(ord.length);
  let shipped = 0;
  for (let r = 0; r < routes.from.length; r++) {
    const x = flow[r];
    if (x <= tiny) continue;
    const i = routes.from[r];
    const j = routes.to[r];
    used[i] += x;
    served[j] += x;
    shipped += x;
    out.total += x * routes.cost[r];
    out.allocations.push({
      order: ord[j].order,
      member: cap[i].member,
      product,
      quantity: x,
      cost: x * routes.cost[r],
      distanceKm: routes.dist[r],
      ...(periodOf ? { period: periodOf(i) } : {}),
    });
  }
  const capacity = cap.reduce((a, c) => a + c.capacity, 0);
  const why = (j: number): UnservedReason =>
    reason?.(j) ?? (capacity > 0 ? 'product-capacity-short' : 'no-member-makes-product');
  ord.forEach((o, j) => {
    const left = o.quantity - served[j];
    if (left > tiny) out.unserved.push({ order: o.order, product, quantity: left, reason: why(j) });
  });
  cap.forEach((c, i) =>
    out.members.push({
      member: c.member,
      product,
      capacity: c.capacity,
      allocated: used[i],
      utilisation: c.capacity > 0 ? used[i] / c.capacity : null,
    }),
  );
  const offering = new Set(cap.filter((c) => c.capacity > 0).map((c) => c.member));
  const using = new Set(cap.filter((_, i) => used[i] > tiny).map((c) => c.member));
  const demand = ord.reduce((a, o) => a + o.quantity, 0);
  out.products.push({
    product,
    capacity,
    demand,
    allocated: shipped,
    idle: capacity - shipped,
    missing: demand - shipped,
    membersOffering: offering.size,
    membersUsed: using.size,
    overlapRemoved: offering.size - using.size,
  });
}
