/**
 * Supply disruption: which firms are hit when some organisations fail, and
 * how the loss spreads downstream.
 *
 * Symbols: supply links s → c of product p with value v (v missing: 1);
 * F the failed set; A(p) the surviving suppliers of p anywhere in the
 * network (alternatives).
 * Loss of customer c:
 *   L_c = (1 − β) · Σ_{s ∈ F, p uncovered} v_sc / Σ_s v_sc,
 * where product p is uncovered when A(p) is empty (no one left who makes it)
 * and β = min(1, buffer days / horizon days) is the share of the horizon the
 * customer's stock bridges. A customer whose loss reaches `failAt` fails in
 * turn; the rule is applied again until nothing changes (the failed set only
 * grows, so cycles end; at most n rounds).
 * Conventions: alternatives are any surviving supplier of the same product
 * (they are assumed able to take the customer on: an optimistic bound);
 * links without a product count as a product of their own (the supplier's
 * id), so only that supplier covers them.
 * Output at risk: Σ_c output_c · L_c over the customers with an output.
 * Edge cases: a customer with no supply links is never hit; a failed
 * organisation's own loss is 1.
 * Cost: O(rounds · m) for m links.
 */

export interface SupplyEdge {
  supplier: number;
  customer: number;
  /** Product index (same index = same product). */
  product: number;
  value: number;
}

export interface DisruptionOptions {
  bufferDays: number;
  horizonDays: number;
  /** Loss share at which a customer fails and stops supplying (default 0.5). */
  failAt: number;
}

export const DEFAULT_DISRUPTION: DisruptionOptions = {
  bufferDays: 0,
  horizonDays: 30,
  failAt: 0.5,
};

export interface Disruption {
  /** Loss share of inputs per organisation (1 for the failed). */
  loss: Float64Array;
  /** 1 where the organisation failed: removed, or fell in the cascade. */
  failed: Uint8Array;
  /** Rounds of the cascade until nothing changed. */
  rounds: number;
}

export function propagateDisruption(
  n: number,
  edges: readonly SupplyEdge[],
  removed: Iterable<number>,
  opts: DisruptionOptions = DEFAULT_DISRUPTION,
): Disruption {
  const failed = new Uint8Array(n);
  for (const r of removed) failed[r] = 1;
  const totalIn = new Float64Array(n);
  for (const e of edges) totalIn[e.customer] += e.value;
  const beta = Math.min(1, Math.max(0, opts.bufferDays / opts.horizonDays));
  const loss = new Float64Array(n);
  let rounds = 0;
  for (;;) {
    rounds++;
    // Products someone surviving still makes.
    const covered = new Set<number>();
    for (const e of edges) if (!failed[e.supplier]) covered.add(e.product);
    const lost = new Float64Array(n);
    for (const e of edges)
      if (failed[e.supplier] && !covered.has(e.product)) lost[e.customer] += e.value;
    let changed = false;
    for (let c = 0; c < n; c++) {
      loss[c] = failed[c] ? 1 : totalIn[c] > 0 ? ((1 - beta) * lost[c]) / totalIn[c] : 0;
      if (!failed[c] && loss[c] >= opts.failAt && loss[c] > 0) {
        failed[c] = 1;
        changed = true;
      }
    }
    if (!changed || rounds > n) break;
  }
  return { loss, failed, rounds };
}
