/**
 * Order allocation as a linear or mixed-integer programme solved by HiGHS:
 * fair shares (a linear programme) and whole orders (a mixed-integer one) —
 * the policies the plain min-cost flow of capacity-allocation.ts does not
 * express. Without a share, split orders are the min-cost flow's, and the
 * tests hold the two equal.
 *
 * Symbols   members i (capacity rows of one product · grade), orders j;
 *           cap_i, q_j; c_ij = unit_cost_i + τ · d_ij (d great-circle km);
 *           D = Σ q_j, C = Σ cap_i; s the fair share, 0 ≤ s ≤ 1.
 * Floors    f_i = s · cap_i · min(1, D / C): each member is given at least
 *           the share s of its capacity, scaled by the product's load so that
 *           the floors never ask for more than the demand (Σ f_i ≤ min(D, C)).
 * Split     (a linear programme) x_ij ∈ [0, min(cap_i, q_j)],
 *             f_i ≤ Σ_j x_ij ≤ cap_i,  Σ_i x_ij ≤ q_j,  Σ x_ij = min(D, C),
 *           minimise Σ c_ij x_ij. Serving min(D, C) is always feasible with
 *           splitting, so serving the most comes first by construction.
 * Whole     (a mixed-integer programme) y_ij ∈ {0, 1} for q_j ≤ cap_i only,
 *             Σ_i y_ij ≤ 1,  f_i ≤ Σ_j q_j y_ij ≤ cap_i;
 *           stage 1 maximises the quantity served S = Σ q_j y_ij; stage 2
 *           keeps S ≥ S* (1 − 10⁻⁹) and minimises Σ c_ij q_j y_ij, started
 *           from stage 1's solution. Lexicographic, as the split allocation.
 * Conventions as capacity-allocation.ts (one unit of quantity, τ per unit
 *           per km); an order of 0 is served (0); s = 0 and split reproduce
 *           the min-cost flow's optimum (a test holds them equal).
 * Edge cases floors that whole orders cannot meet → ATLAS_E_ALLOCATION_INFEASIBLE
 *           naming the product; a MIP stopped by the time limit keeps its
 *           best allocation and reports its relative gap; an LP stopped by
 *           it, or a MIP with no allocation yet, is refused (ATLAS_E_BUSY).
 * Cost      LP: HiGHS dual simplex on m·n columns, m + n + 1 rows. MIP:
 *           branch and cut, exponential in the worst case; bounded by the
 *           time limit per product and stage.
 * References Huangfu & Hall (2018) "Parallelizing the dual revised simplex
 *           method", Math. Prog. Comp. 10: 119-142 (HiGHS); Hitchcock (1941)
 *           for the transportation problem.
 */
import type { Highs, Model, ModelData } from 'highs';
import { AtlasError } from '../../core/errors.ts';
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

export interface AllocationPolicy {
  /** 'split': an order may be shared among members; 'whole': one member takes it or none. */
  orders: 'split' | 'whole';
  /** The share of its capacity each member is given at least (scaled by the product's load). */
  fairShare: number;
  /** Seconds HiGHS may spend per product and stage; default 60. */
  timeLimit?: number;
}

export interface ProgrammeStatus {
  product: string;
  /** 'optimal', or 'time-limit' with the best allocation found. */
  status: 'optimal' | 'time-limit';
  /** Relative gap of a stopped MIP to its bound; 0 when optimal. */
  gap: number;
}

export interface ProgrammedAllocation extends CapacityAllocation {
  optimality: ProgrammeStatus[];
}

/** Checks the policy, then solves product by product with the loaded HiGHS runtime. */
export function programmedAllocation(
  highs: Highs,
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number,
  policy: AllocationPolicy,
): ProgrammedAllocation {
  checkTransportCost(transportCost);
  const s = policy.fairShare;
  if (!Number.isFinite(s) || s < 0 || s > 1)
    throw new RangeError(`fair share must be between 0 and 1, got ${s}`);
  const out: ProgrammedAllocation = { ...emptyAllocation(), optimality: [] };
  for (const { product, cap, ord } of byProduct(capacities, orders)) {
    const routes = productRoutes(cap, ord, transportCost);
    const floors = fairFloors(cap, ord, s);
    const solved =
      policy.orders === 'whole'
        ? solveWhole(highs, cap, ord, routes, floors, policy.timeLimit ?? 60)
        : solveSplit(highs, cap, ord, routes, floors, policy.timeLimit ?? 60);
    if (solved.status === 'infeasible')
      throw new AtlasError(
        'ATLAS_E_ALLOCATION_INFEASIBLE',
        `${product}: no allocation${policy.orders === 'whole' ? ' of whole orders' : ''} gives every member ${Math.round(s * 100)} % of its capacity (scaled by the product's load); lower the fair share or allow split orders`,
        { product, fairShare: s },
      );
    const widest = Math.max(0, ...cap.map((c) => c.capacity));
    const reason = (j: number): UnservedReason | undefined =>
      policy.orders === 'whole' && widest > 0 && ord[j].quantity > widest
        ? 'no-member-can-take-whole-order'
        : undefined;
    recordProduct(product, cap, ord, routes, solved.flow, out, reason);
    out.optimality.push({ product, status: solved.status, gap: solved.gap });
  }
  return out;
}

/** f_i = s · cap_i · min(1, D / C). */
export function fairFloors(
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  share: number,
): Float64Array {
  const C = cap.reduce((a, c) => a + c.capacity, 0);
  const D = ord.reduce((a, o) => a + o.quantity, 0);
  const load = C > 0 ? Math.min(1, D / C) : 0;
  return Float64Array.from(cap, (c) => share * c.capacity * load);
}

interface Solved {
  status: 'optimal' | 'time-limit' | 'infeasible';
  gap: number;
  /** Quantity per route. */
  flow: Float64Array;
}

/** Columns (one per allowed route), their coefficient of quantity, and the rows. */
interface Programme {
  model: ModelData;
  /** Route of each column. */
  route: Int32Array;
  /** Quantity one unit of the column carries: 1 (split) or q_j (whole). */
  amount: Float64Array;
  /** Whole orders: columns are 0/1. */
  integral: boolean;
  /** Routes of the product (columns are the allowed ones among them). */
  routeCount: number;
}

function solveSplit(
  highs: Highs,
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  routes: ProductRoutes,
  floors: Float64Array,
  timeLimit: number,
): Solved {
  const C = cap.reduce((a, c) => a + c.capacity, 0);
  const D = ord.reduce((a, o) => a + o.quantity, 0);
  const p = buildProgramme(highs, cap, ord, routes, floors, 'split', Math.min(C, D));
  return run(highs, p, timeLimit, undefined);
}

function solveWhole(
  highs: Highs,
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  routes: ProductRoutes,
  floors: Float64Array,
  timeLimit: number,
): Solved {
  const p = buildProgramme(highs, cap, ord, routes, floors, 'whole', 0);
  return run(highs, p, timeLimit, 'lexicographic');
}

/**
 * The programme in column-wise (CSC) form. Rows: orders (0..n−1), members
 * (n..n+m−1), then the served total (n+m). Costs are production + transport
 * per column; the served row's bounds are [served, served] for split and
 * open for whole (stage 1 fills it).
 */
function buildProgramme(
  highs: Highs,
  cap: readonly CapacityRow[],
  ord: readonly OrderRow[],
  routes: ProductRoutes,
  floors: Float64Array,
  orders: 'split' | 'whole',
  served: number,
): Programme {
  const m = cap.length;
  const n = ord.length;
  const keep: number[] = [];
  for (let r = 0; r < routes.from.length; r++) {
    const q = ord[routes.to[r]].quantity;
    const c = cap[routes.from[r]].capacity;
    if (q > 0 && c > 0 && (orders === 'split' || q <= c)) keep.push(r);
  }
  const k = keep.length;
  const route = Int32Array.from(keep);
  const amount = new Float64Array(k);
  const colCost = new Float64Array(k);
  const colUpper = new Float64Array(k);
  const starts = new Int32Array(k + 1);
  const indices = new Int32Array(3 * k);
  const values = new Float64Array(3 * k);
  for (let t = 0; t < k; t++) {
    const r = route[t];
    const i = routes.from[r];
    const j = routes.to[r];
    const q = ord[j].quantity;
    amount[t] = orders === 'whole' ? q : 1;
    colCost[t] = routes.cost[r] * amount[t];
    colUpper[t] = orders === 'whole' ? 1 : Math.min(q, cap[i].capacity);
    starts[t] = 3 * t;
    indices.set([j, n + i, n + m], 3 * t);
    values.set([1, amount[t], amount[t]], 3 * t);
  }
  starts[k] = 3 * k;
  const inf = highs.infinity;
  const rowLower = new Float64Array(n + m + 1);
  const rowUpper = new Float64Array(n + m + 1);
  ord.forEach((o, j) => (rowUpper[j] = orders === 'whole' ? 1 : o.quantity));
  cap.forEach((c, i) => {
    rowLower[n + i] = floors[i];
    rowUpper[n + i] = c.capacity;
  });
  rowLower[n + m] = orders === 'whole' ? 0 : served;
  rowUpper[n + m] = orders === 'whole' ? inf : served;
  const model: ModelData = {
    numCols: k,
    numRows: n + m + 1,
    colCost,
    colLower: new Float64Array(k),
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows: n + m + 1, numCols: k, starts, indices, values },
    integrality: new Int32Array(k).fill(orders === 'whole' ? 1 : 0),
  };
  return { model, route, amount, integral: orders === 'whole', routeCount: routes.from.length };
}

/** Solves; for whole orders first the most served, then the least cost at that. */
function run(
  highs: Highs,
  p: Programme,
  timeLimit: number,
  stages: 'lexicographic' | undefined,
): Solved {
  // No allowed route: nothing to solve (HiGHS keeps no solution of an empty model).
  if (p.model.numCols === 0)
    return { status: 'optimal', gap: 0, flow: new Float64Array(p.routeCount) };
  return highs.withModel(p.model, (model: Model): Solved => {
    model.options.set({ time_limit: timeLimit, mip_rel_gap: 1e-9, output_flag: false });
    const k = p.model.numCols;
    const served = p.model.numRows - 1;
    if (stages === 'lexicographic') {
      const cost = Float64Array.from(p.model.colCost as Float64Array);
      model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
      model.changeColsCost({ kind: 'range', from: 0, to: k - 1 }, p.amount);
      const first = runOnce(model, highs, p);
      if (first.status === 'infeasible') return first;
      // Read before the changes below discard the solution.
      const start = Float64Array.from(model.getSolution().colValue);
      const best = first.flow.reduce((a, x) => a + x, 0);
      model.changeRowBounds(served, best * (1 - 1e-9), highs.infinity);
      model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
      model.changeColsCost({ kind: 'range', from: 0, to: k - 1 }, cost);
      model.setSolution({ colValue: start });
      const second = runOnce(model, highs, p);
      return second.status === 'infeasible' ? first : second;
    }
    return runOnce(model, highs, p);
  });
}

function runOnce(model: Model, highs: Highs, p: Programme): Solved {
  const statuses = highs.constants.modelStatus;
  const flow = new Float64Array(p.routeCount);
  model.run();
  const status = model.getModelStatus();
  if (status === statuses.infeasible) return { status: 'infeasible', gap: 0, flow };
  const stopped = status === statuses.timeLimit;
  if (status !== statuses.optimal && status !== statuses.empty && !stopped)
    throw new AtlasError('ATLAS_E_INTERNAL', `the programme solver stopped with status ${status}`);
  // Stopped before an optimal LP, or before any whole-order allocation: nothing to report.
  if (stopped && (!p.integral || Number(model.info.get('primal_solution_status')) !== 2))
    throw new AtlasError(
      'ATLAS_E_BUSY',
      `the solver found no allocation within the time limit (${String(model.options.get('time_limit'))} s); allow split orders or try again when the server is less busy`,
    );
  const x = model.getSolution().colValue;
  for (let t = 0; t < p.route.length; t++)
    flow[p.route[t]] = (p.integral ? Math.round(x[t]) : x[t]) * p.amount[t];
  const gap = stopped ? Number(model.info.get('mip_gap')) : 0;
  return {
    status: stopped ? 'time-limit' : 'optimal',
    gap: Number.isFinite(gap) ? gap : 1,
    flow,
  };
}
