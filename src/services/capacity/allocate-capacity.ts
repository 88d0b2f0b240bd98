import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import {
  capacityAllocation,
  type CapacityAllocation,
  type CapacityRow,
  type OrderRow,
} from '../../analytics/allocation/capacity-allocation.ts';
import { duePeriodAllocation } from '../../analytics/allocation/due-period-allocation.ts';
import {
  programmedAllocation,
  type ProgrammeStatus,
} from '../../analytics/allocation/programmed-allocation.ts';
import type {
  AllocationRules as Rules,
  CapacityAllocationAnswer,
} from '../../contract/capacity.ts';
import { highsRuntime } from './highs-runtime.ts';

export type { CapacityRow, OrderRow };

/** How orders may be allocated (contract/capacity.ts); each rule has its default. */
export type AllocationRules = Partial<Rules>;

/** The contract's answer, with warnings in full (the API sends code and message). */
export interface CapacityAnswer extends Omit<CapacityAllocationAnswer, 'warnings'> {
  warnings: AtlasWarning[];
}

/**
 * The alliance's allocation for rows already read (the API's JSON body; the
 * CLI's files go through read-capacity-tables.ts first): one capacity row
 * per member and product, one row per order, else ATLAS_E_BAD_VALUE naming
 * the repeated row.
 */
export async function allocateCapacity(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number | undefined,
  given: AllocationRules = {},
): Promise<CapacityAnswer> {
  const seen = new Set<string>();
  capacities.forEach((c, k) => {
    const key = `${c.member}\u0000${c.product}\u0000${c.grade ?? ''}`;
    if (seen.has(key))
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `capacities[${k}]: member ${c.member} and product ${c.product}${c.grade ? ` (grade ${c.grade})` : ''} repeat an earlier row; one row per member, product and grade`,
        { row: k, member: c.member, product: c.product },
      );
    seen.add(key);
  });
  const ids = new Set<string>();
  orders.forEach((o, k) => {
    if (ids.has(o.order))
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `orders[${k}]: order ${o.order} repeats an earlier row; one row per order`,
        { row: k, order: o.order },
      );
    ids.add(o.order);
  });
  const tau = transportCost ?? 0;
  const rules = {
    orderSplitting: given.orderSplitting ?? 'split',
    fairShare: given.fairShare ?? 0,
  };
  const result = await solve(capacities, orders, tau, rules);
  const warnings: AtlasWarning[] = [];
  if (transportCost === undefined)
    warnings.push(
      warning(
        'ATLAS_W_MISSING_VALUES',
        'no transport cost given: orders were allocated by production cost alone (give the transport cost in yuan per t·km)',
        { field: 'transportCost' },
      ),
    );
  if (result.unserved.length)
    warnings.push(
      warning(
        'ATLAS_W_MISSING_VALUES',
        `${result.unserved.length} order(s) could not be served in full: see unserved for each and why`,
        { unserved: result.unserved.length },
      ),
    );
  for (const o of result.optimality)
    if (o.status === 'time-limit')
      warnings.push(
        warning(
          'ATLAS_W_MISSING_VALUES',
          `${o.product}: the solver's time ran out; the allocation is the best found, within ${(o.gap * 100).toPrecision(2)} % of the optimum`,
          { product: o.product, gap: o.gap },
        ),
      );
  return { ...result, transportCost: tau, rules, warnings };
}

/**
 * The min-cost flow for split orders without floors (exact, fastest), on
 * (member, period) supplies when orders have due periods; HiGHS's
 * programmes otherwise. Due periods with whole orders or fair shares are
 * refused: those are other programmes (due-period-allocation.ts, Scope).
 */
async function solve(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  tau: number,
  rules: Required<AllocationRules>,
): Promise<CapacityAllocation & { optimality: ProgrammeStatus[] }> {
  if (
    orders.some((o) => o.due !== undefined) ||
    capacities.some((c) => c.firstPeriod !== undefined)
  ) {
    if (rules.orderSplitting !== 'split' || rules.fairShare > 0)
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        'orders with due periods are allocated with split orders and no fair share only; leave out the due periods, or allow split orders without a fair share',
        { field: 'due', orderSplitting: rules.orderSplitting, fairShare: rules.fairShare },
      );
    const r = duePeriodAllocation(capacities, orders, tau);
    return {
      ...r,
      optimality: r.products.map((p) => ({ product: p.product, status: 'optimal', gap: 0 })),
    };
  }
  if (rules.orderSplitting === 'split' && rules.fairShare === 0) {
    const r = capacityAllocation(capacities, orders, tau);
    return {
      ...r,
      optimality: r.products.map((p) => ({ product: p.product, status: 'optimal', gap: 0 })),
    };
  }
  return programmedAllocation(await highsRuntime(), capacities, orders, tau, {
    orders: rules.orderSplitting,
    fairShare: rules.fairShare,
  });
}
