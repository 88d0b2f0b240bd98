/**
 * Whole-order allocation by enumeration, for the tests only: every way of
 * giving each order to one member or to none, keeping those within each
 * member's capacity and above its floor, then the one that serves the most
 * quantity and, among those, costs least (the programme's lexicographic
 * order). Cost: (m + 1)^n — a few members and up to ~8 orders.
 */
export interface WholeOrderInstance {
  capacity: readonly number[];
  floor: readonly number[];
  quantity: readonly number[];
  /** cost[i][j]: yuan per unit from member i to order j. */
  cost: readonly (readonly number[])[];
}

export function bruteForceWholeOrders(
  p: WholeOrderInstance,
): { served: number; cost: number } | undefined {
  const m = p.capacity.length;
  const n = p.quantity.length;
  const load = new Array<number>(m).fill(0);
  let best: { served: number; cost: number } | undefined;
  const go = (j: number, served: number, cost: number): void => {
    if (j === n) {
      if (load.some((l, i) => l < p.floor[i] - 1e-9)) return;
      if (
        !best ||
        served > best.served + 1e-9 ||
        (Math.abs(served - best.served) <= 1e-9 && cost < best.cost)
      )
        best = { served, cost };
      return;
    }
    go(j + 1, served, cost);
    const q = p.quantity[j];
    for (let i = 0; i < m; i++) {
      if (load[i] + q > p.capacity[i] + 1e-9) continue;
      load[i] += q;
      go(j + 1, served + q, cost + q * p.cost[i][j]);
      load[i] -= q;
    }
  };
  go(0, 0, 0);
  return best;
}
