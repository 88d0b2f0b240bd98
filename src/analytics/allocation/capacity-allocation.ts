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
import { haversineKm } from '../matching/haversine.ts';
import { transportationProblem } from './transportation-problem.ts';

export interface CapacityRow {
  member: string;
  product: string;
  /** A grade (牌号, 规格) within the product; orders of a grade take only that grade. */
  grade?: string;
  capacity: number;
  unitCost: number;
  lon: number;
  lat: number;
}

export interface OrderRow {
  order: string;
  product: string;
  grade?: string;
  quantity: number;
  lon: number;
  lat: number;
}

export interface Allocation {
  order: string;
  member: string;
  product: string;
  quantity: number;
  /** quantity × (unit cost + τ · km). */
  cost: number;
  distanceKm: number;
}

export type UnservedReason = 'no-member-makes-product' | 'product-capacity-short';

export interface Unserved {
  order: string;
  product: string;
  quantity: number;
  reason: UnservedReason;
}

export interface ProductSummary {
  product: string;
  capacity: number;
  demand: number;
  allocated: number;
  idle: number;
  missing: number;
  membersOffering: number;
  membersUsed: number;
  overlapRemoved: number;
}

export interface MemberUse {
  member: string;
  product: string;
  capacity: number;
  allocated: number;
  /** allocated / capacity; null for a capacity of 0. */
  utilisation: number | null;
}

export interface CapacityAllocation {
  total: number;
  allocations: Allocation[];
  unserved: Unserved[];
  products: ProductSummary[];
  members: MemberUse[];
}

/** Checks the transport cost, then allocates product by product. */
export function capacityAllocation(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number,
): CapacityAllocation {
  if (!Number.isFinite(transportCost) || transportCost < 0)
    throw new RangeError(`transport cost must be a finite number ≥ 0, got ${transportCost}`);
  const key = (r: { product: string; grade?: string }) =>
    r.grade ? `${r.product} · ${r.grade}` : r.product;
  const products = [...new Set([...capacities, ...orders].map(key))].sort();
  const out: CapacityAllocation = {
    total: 0,
    allocations: [],
    unserved: [],
    products: [],
    members: [],
  };
  for (const product of products) {
    const cap = capacities.filter((c) => key(c) === product);
    const ord = orders.filter((o) => key(o) === product);
    allocateProduct(product, cap, ord, transportCost, out);
  }
  return out;
}

function allocateProduct(
  product: string,
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  tau: number,
  out: CapacityAllocation,
): void {
  const from: number[] = [];
  const to: number[] = [];
  const cost: number[] = [];
  const dist: number[] = [];
  cap.forEach((c, i) =>
    ord.forEach((o, j) => {
      const d = haversineKm(c.lon, c.lat, o.lon, o.lat);
      from.push(i);
      to.push(j);
      dist.push(d);
      cost.push(c.unitCost + tau * d);
    }),
  );
  const s = transportationProblem({
    supply: cap.map((c) => c.capacity),
    demand: ord.map((o) => o.quantity),
    routes: { from, to, cost },
  });
  // Flows below this are round-off of the solver, not allocations.
  const tiny = 1e-9 * Math.max(1, ...ord.map((o) => o.quantity));
  s.flow.forEach((x, r) => {
    if (x <= tiny) return;
    const c = cap[from[r]];
    out.allocations.push({
      order: ord[to[r]].order,
      member: c.member,
      product,
      quantity: x,
      cost: x * cost[r],
      distanceKm: dist[r],
    });
  });
  out.total += s.cost;
  const capacity = cap.reduce((a, c) => a + c.capacity, 0);
  ord.forEach((o, j) => {
    const left = o.quantity - s.served[j];
    if (left > tiny)
      out.unserved.push({
        order: o.order,
        product,
        quantity: left,
        reason: capacity > 0 ? 'product-capacity-short' : 'no-member-makes-product',
      });
  });
  cap.forEach((c, i) =>
    out.members.push({
      member: c.member,
      product,
      capacity: c.capacity,
      allocated: s.used[i],
      utilisation: c.capacity > 0 ? s.used[i] / c.capacity : null,
    }),
  );
  const offering = new Set(cap.filter((c) => c.capacity > 0).map((c) => c.member));
  const used = new Set(cap.filter((_, i) => s.used[i] > tiny).map((c) => c.member));
  const demand = ord.reduce((a, o) => a + o.quantity, 0);
  out.products.push({
    product,
    capacity,
    demand,
    allocated: s.shipped,
    idle: capacity - s.shipped,
    missing: demand - s.shipped,
    membersOffering: offering.size,
    membersUsed: used.size,
    overlapRemoved: offering.size - used.size,
  });
}
