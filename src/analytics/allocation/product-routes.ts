import { haversineKm } from '../matching/haversine.ts';
import type { CapacityRow, OrderRow } from './capacity-rows.ts';

/** Every member × order pair of one product, with its unit cost and distance. */
export interface ProductRoutes {
  /** Capacity row index (within the product). */
  from: Int32Array;
  /** Order index (within the product). */
  to: Int32Array;
  /** unit_cost_i + τ · d_ij (yuan per unit). */
  cost: Float64Array;
  /** d_ij, great-circle km (R = 6371.0088). */
  dist: Float64Array;
}

/** The complete bipartite routes of one product, member-major. */
export function productRoutes(
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  tau: number,
): ProductRoutes {
  const n = cap.length * ord.length;
  const r: ProductRoutes = {
    from: new Int32Array(n),
    to: new Int32Array(n),
    cost: new Float64Array(n),
    dist: new Float64Array(n),
  };
  let k = 0;
  cap.forEach((c, i) =>
    ord.forEach((o, j) => {
      const d = haversineKm(c.lon, c.lat, o.lon, o.lat);
      r.from[k] = i;
      r.to[k] = j;
      r.dist[k] = d;
      r.cost[k++] = c.unitCost + tau * d;
    }),
  );
  return r;
}
