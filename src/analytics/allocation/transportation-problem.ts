/**
 * The transportation problem: ship from supplies to demands at least cost,
 * serving as much demand as the supplies and the allowed routes permit.
 *
 * Problem   maximise Σ x_ij, and among those minimise Σ c_ij x_ij, subject to
 *             Σ_j x_ij ≤ a_i  (supply i's capacity)
 *             Σ_i x_ij ≤ b_j  (demand j's quantity)
 *             x_ij ≥ 0 on the allowed routes (i, j) only.
 * Method    a min-cost maximum flow on source → supply i (capacity a_i,
 *           cost 0) → demand j (uncapacitated, cost c_ij) → sink (capacity
 *           b_j), solved by successive shortest paths specialised to this
 *           network (transport-shortest-paths.ts) up to 5·10⁷ supply × demand
 *           cells, by the generic solver (min-cost-flow.ts) beyond. With integer a and b an optimal x is integral
 *           (the constraint matrix is totally unimodular), which is what the
 *           brute-force check of the tests (naive/) enumerates.
 * Conventions quantities and costs in any consistent units; c_ij ≥ 0 (a
 *           shift of every cost by a constant changes no allocation of a
 *           fixed shipped total, so negative costs are the caller's to shift).
 * Edge cases no route, zero supply or zero demand → nothing shipped.
 * Cost      see transport-shortest-paths.ts (min-cost-flow.ts beyond the limit).
 * References Hitchcock, F. L. (1941) "The distribution of a product from
 *           several sources to numerous localities", J. Math. Phys. 20: 224-230;
 *           Ahuja, Magnanti & Orlin (1993) Network Flows, §9.
 */
import { minCostFlow } from './min-cost-flow.ts';
import { transportShortestPaths } from './transport-shortest-paths.ts';

export interface TransportInput {
  supply: ArrayLike<number>;
  demand: ArrayLike<number>;
  /** Allowed routes: supply index, demand index, unit cost. */
  routes: { from: ArrayLike<number>; to: ArrayLike<number>; cost: ArrayLike<number> };
}

export interface TransportSolution {
  /** Quantity on each route, in input order. */
  flow: Float64Array;
  /** Per supply: quantity shipped. */
  used: Float64Array;
  /** Per demand: quantity received. */
  served: Float64Array;
  shipped: number;
  cost: number;
}

/** Checks sizes, indices and signs, then solves. */
export function transportationProblem(p: TransportInput): TransportSolution {
  const S = p.supply.length;
  const D = p.demand.length;
  const R = p.routes.from.length;
  if (p.routes.to.length !== R || p.routes.cost.length !== R)
    throw new RangeError('routes: from, to and cost must have the same length');
  const check = (x: ArrayLike<number>, what: string) => {
    for (let k = 0; k < x.length; k++)
      if (!Number.isFinite(x[k]) || x[k] < 0)
        throw new RangeError(`${what} ${k} must be a finite number ≥ 0, got ${x[k]}`);
  };
  check(p.supply, 'supply');
  check(p.demand, 'demand');
  check(p.routes.cost, 'route cost');
  for (let r = 0; r < R; r++) {
    const i = p.routes.from[r];
    const j = p.routes.to[r];
    if (!Number.isInteger(i) || i < 0 || i >= S || !Number.isInteger(j) || j < 0 || j >= D)
      throw new RangeError(`route ${r} (${i} → ${j}) names a supply or demand out of range`);
  }
  return S * D <= DENSE_LIMIT ? denseKernel(p, S, D, R) : flowKernel(p, S, D, R);
}

/** Above this many supply × demand cells the dense cost matrix gives way to the generic solver. */
const DENSE_LIMIT = 50_000_000;

/** The specialised solver on a dense cost matrix (a repeated route: its cheapest copy). */
function denseKernel(p: TransportInput, S: number, D: number, R: number): TransportSolution {
  const cost = new Float64Array(S * D).fill(Infinity);
  const route = new Int32Array(S * D).fill(-1);
  for (let r = 0; r < R; r++) {
    const k = p.routes.from[r] * D + p.routes.to[r];
    if (p.routes.cost[r] < cost[k]) {
      cost[k] = p.routes.cost[r];
      route[k] = r;
    }
  }
  const sol = transportShortestPaths({
    S,
    D,
    supply: Float64Array.from(p.supply),
    demand: Float64Array.from(p.demand),
    cost,
  });
  const flow = new Float64Array(R);
  const used = new Float64Array(S);
  const served = new Float64Array(D);
  for (let i = 0; i < S; i++)
    for (let j = 0; j < D; j++) {
      const x = sol.x[i * D + j];
      if (x <= 0) continue;
      flow[route[i * D + j]] = x;
      used[i] += x;
      served[j] += x;
    }
  return { flow, used, served, shipped: sol.shipped, cost: sol.cost };
}

/** The generic min-cost-flow solver on the layered network (also the tests' second opinion). */
export function transportByMinCostFlow(p: TransportInput): TransportSolution {
  return flowKernel(p, p.supply.length, p.demand.length, p.routes.from.length);
}

function flowKernel(p: TransportInput, S: number, D: number, R: number): TransportSolution {
  // Nodes: source 0, supplies 1..S, demands S+1..S+D, sink S+D+1.
  const m = S + R + D;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const capacity = new Float64Array(m);
  const cost = new Float64Array(m);
  for (let i = 0; i < S; i++) {
    to[i] = 1 + i;
    capacity[i] = p.supply[i];
  }
  for (let r = 0; r < R; r++) {
    from[S + r] = 1 + p.routes.from[r];
    to[S + r] = 1 + S + p.routes.to[r];
    capacity[S + r] = Infinity;
    cost[S + r] = p.routes.cost[r];
  }
  const sink = S + D + 1;
  for (let j = 0; j < D; j++) {
    from[S + R + j] = 1 + S + j;
    to[S + R + j] = sink;
    capacity[S + R + j] = p.demand[j];
  }
  const res = minCostFlow({ nodes: S + D + 2, from, to, capacity, cost }, 0, sink);
  const flow = res.flow.slice(S, S + R);
  const used = res.flow.slice(0, S);
  const served = res.flow.slice(S + R, S + R + D);
  return { flow, used, served, shipped: res.value, cost: res.cost };
}
