/**
 * The transportation problem by enumeration, for the tests only: every
 * integer allocation of small integer supplies and demands over the allowed
 * routes, keeping the one that ships the most and, among those, costs least.
 * With integer data an optimal solution of the linear programme is integral
 * (total unimodularity), so this optimum is the LP's.
 * Cost: exponential — a handful of routes with quantities below ~6.
 */
import type { TransportInput } from '../transportation-problem.ts';

export function bruteForceTransport(p: TransportInput): { shipped: number; cost: number } {
  const R = p.routes.from.length;
  const left = Array.from(p.supply);
  const want = Array.from(p.demand);
  let best = { shipped: -1, cost: Infinity };
  const go = (r: number, shipped: number, cost: number): void => {
    if (r === R) {
      if (shipped > best.shipped || (shipped === best.shipped && cost < best.cost - 1e-12))
        best = { shipped, cost };
      return;
    }
    const i = p.routes.from[r];
    const j = p.routes.to[r];
    const top = Math.min(left[i], want[j]);
    for (let x = 0; x <= top; x++) {
      left[i] -= x;
      want[j] -= x;
      go(r + 1, shipped + x, cost + x * p.routes.cost[r]);
      left[i] += x;
      want[j] += x;
    }
  };
  go(0, 0, 0);
  return best;
}
