/**
 * Fair shares by a min-cost flow, for the tests and benchmarks only: the
 * independent check of HiGHS's linear programme (programmed-allocation.ts),
 * which the product uses — this flow is exact but, on 2m supplies with
 * many equal exchanges, about 20× slower than the plain flow (53 s of CPU
 * on 200 members × 2,000 orders against 2.3 s).
 *
 * Each member is given at least a share of its capacity, then the
 * least-cost allocation.
 *
 * Floors    f_i = s · cap_i · min(1, D / C) (D demand, C capacity of the
 *           product): the share s of each capacity, scaled by the product's
 *           load so that Σ f_i ≤ min(D, C) and the floors can always be met.
 * Problem   the transportation problem of capacity-allocation.ts with
 *           f_i ≤ Σ_j x_ij ≤ cap_i: serve min(D, C), meet every floor, then
 *           minimise Σ c_ij x_ij.
 * Method    a min-cost flow in which member i offers two segments: its floor
 *           f_i at cost c_ij, and the rest cap_i − f_i at c_ij + M. With
 *           M > 2 (m + n) · max c_ij — above any dual price of the
 *           transportation problem, a sum of at most m + n route costs along
 *           an alternating path — the optimum fills every floor before any
 *           rest, so its cost less M · (served − Σ f_i) is the optimum of the
 *           problem.
 * Edge cases s = 0 is the plain allocation; a capacity of 0 has no floor.
 * Cost      one min-cost flow per product on 2m supplies.
 * References Ahuja, Magnanti & Orlin (1993) Network Flows, §2.4 (lower bounds)
 *           and §9.
 */
import {
  byProduct,
  checkTransportCost,
  emptyAllocation,
  type CapacityAllocation,
  type CapacityRow,
  type OrderRow,
} from '../capacity-allocation.ts';
import { fairFloors } from '../programmed-allocation.ts';
import { productRoutes } from '../product-routes.ts';
import { recordProduct } from '../record-product.ts';
import { transportationProblem } from '../transportation-problem.ts';

/** Checks the share, then allocates product by product. */
export function fairShareBySegments(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number,
  share: number,
): CapacityAllocation {
  checkTransportCost(transportCost);
  if (!Number.isFinite(share) || share < 0 || share > 1)
    throw new RangeError(`fair share must be between 0 and 1, got ${share}`);
  const out = emptyAllocation();
  for (const { product, cap, ord } of byProduct(capacities, orders)) {
    const routes = productRoutes(cap, ord, transportCost);
    const floors = fairFloors(cap, ord, share);
    recordProduct(product, cap, ord, routes, floorFirstFlow(cap, ord, routes, floors), out);
  }
  return out;
}

/** The flow per route, floors filled first (segments i and m + i merged back). */
function floorFirstFlow(
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  routes: ReturnType<typeof productRoutes>,
  floors: Float64Array,
): Float64Array {
  const m = cap.length;
  const R = routes.from.length;
  let top = 1;
  for (let r = 0; r < R; r++) if (routes.cost[r] > top) top = routes.cost[r];
  const M = 2 * (m + ord.length) * top + 1;
  const from = new Int32Array(2 * R);
  const to = new Int32Array(2 * R);
  const cost = new Float64Array(2 * R);
  for (let r = 0; r < R; r++) {
    from[r] = routes.from[r];
    from[R + r] = m + routes.from[r];
    to[r] = to[R + r] = routes.to[r];
    cost[r] = routes.cost[r];
    cost[R + r] = routes.cost[r] + M;
  }
  const supply = new Float64Array(2 * m);
  cap.forEach((c, i) => {
    supply[i] = floors[i];
    supply[m + i] = c.capacity - floors[i];
  });
  const s = transportationProblem({
    supply,
    demand: ord.map((o) => o.quantity),
    routes: { from, to, cost },
  });
  const flow = new Float64Array(R);
  for (let r = 0; r < R; r++) flow[r] = s.flow[r] + s.flow[R + r];
  return flow;
}
