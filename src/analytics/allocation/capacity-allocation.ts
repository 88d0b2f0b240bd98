/**
 * Order allocation across the members of a capacity alliance (产能联合体):
 * each order goes to the members that make its product at least total cost
 * (production plus transport), within each member's capacity — then what the
 * allocation leaves idle, what it cannot serve, and how much same-product
 * overlap it removes.
 *
 * Model     for each product separately (an order is served only by capacity of
 *           its product, and of its grade when rows give one: the key is
 *           "product · grade"), the transportation problem (transportation-problem.ts):
 *             c_ij = unit_cost_i + τ · d_ij,  d_ij great-circle km (R = 6371.0088)
 *             max Σ x_ij, then min Σ c_ij x_ij,  Σ_j x_ij ≤ cap_i,  Σ_i x_ij ≤ q_j.
 *           Orders may be split among members (a linear programme); its
 *           optimum is exact, not a heuristic.
 * Reports   per product: capacity, demand, allocated, idle = capacity −
 *           allocated (excess capacity), missing = demand − allocated, members
 *           offering it, members used; overlapRemoved = offering − used (members
 *           no longer producing the same product against each other). Per
 *           member (capacity row): allocated and utilisation = allocated / cap.
 *           Per order: unserved quantity and why: `no-member-makes-product`
 *           or `product-capacity-short` (demand of the product beyond its
 *           capacity, the least costly orders served first).
 * Conventions quantities in one unit (e.g. tonnes) throughout; τ in cost per
 *           unit per km; unit costs ≥ 0.
 * Edge cases a capacity of 0 offers nothing; an order of 0 is served (0).
 * Cost      one min-cost-flow per product; see min-cost-flow.ts.
 * References Hitchcock (1941); Ahuja, Magnanti & Orlin (1993) §9; Moritz
 *           (2000) for the mean Earth radius.
 */
import { productRoutes } from './product-routes.ts';
import { recordProduct } from './record-product.ts';
import { transportationProblem } from './transportation-problem.ts';
import type { CapacityRow, OrderRow } from './capacity-rows.ts';
import type { CapacityAllocation } from './capacity-allocation-answer.ts';

export type { CapacityRow, OrderRow } from './capacity-rows.ts';
export type {
  Allocation,
  CapacityAllocation,
  MemberUse,
  ProductSummary,
  Unserved,
  UnservedReason,
} from './capacity-allocation-answer.ts';

/** The allocation key of a row: its product, and its grade when it has one. */
export function productKey(r: { product: string; grade?: string }): string {
  return r.grade ? `${r.product} · ${r.grade}` : r.product;
}

/** The capacity rows and orders of each product key, keys in sorted order. */
export function byProduct(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
): { product: string; cap: CapacityRow[]; ord: OrderRow[] }[] {
  const products = [...new Set([...capacities, ...orders].map(productKey))].sort();
  return products.map((product) => ({
    product,
    cap: capacities.filter((c) => productKey(c) === product),
    ord: orders.filter((o) => productKey(o) === product),
  }));
}

/** An empty answer to fill product by product. */
export function emptyAllocation(): CapacityAllocation {
  return { total: 0, allocations: [], unserved: [], products: [], members: [] };
}

/** Checks the transport cost, then allocates product by product. */
export function capacityAllocation(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number,
): CapacityAllocation {
  checkTransportCost(transportCost);
  const out = emptyAllocation();
  for (const { product, cap, ord } of byProduct(capacities, orders)) {
    const routes = productRoutes(cap, ord, transportCost);
    const s = transportationProblem({
      supply: cap.map((c) => c.capacity),
      demand: ord.map((o) => o.quantity),
      routes,
    });
    recordProduct(product, cap, ord, routes, s.flow, out);
  }
  return out;
}

/** τ must be a finite number ≥ 0. */
export function checkTransportCost(transportCost: number): void {
  if (!Number.isFinite(transportCost) || transportCost < 0)
    throw new RangeError(`transport cost must be a finite number ≥ 0, got ${transportCost}`);
}
