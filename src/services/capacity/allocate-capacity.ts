import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import {
  capacityAllocation,
  type CapacityAllocation,
  type CapacityRow,
  type OrderRow,
} from '../../analytics/allocation/capacity-allocation.ts';

export type { CapacityRow, OrderRow };

export interface CapacityAnswer extends CapacityAllocation {
  /** Cost per unit of quantity per km (yuan per t·km). */
  transportCost: number;
  warnings: AtlasWarning[];
}

/**
 * The alliance's allocation for rows already read (the API's JSON body; the
 * CLI's files go through read-capacity-tables.ts first): one capacity row
 * per member and product, one row per order, else ATLAS_E_BAD_VALUE naming
 * the repeated row.
 */
export function allocateCapacity(
  capacities: readonly CapacityRow[],
  orders: readonly OrderRow[],
  transportCost: number | undefined,
): CapacityAnswer {
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
  const result = capacityAllocation(capacities, orders, tau);
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
  return { ...result, transportCost: tau, warnings };
}
