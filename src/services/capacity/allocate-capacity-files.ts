import { warning, type AtlasWarning } from '../../core/errors.ts';
import {
  capacityAllocation,
  type CapacityAllocation,
} from '../../analytics/allocation/capacity-allocation.ts';
import { readTable } from '../../ingest/read-table.ts';
import { readCapacityTables } from './read-capacity-tables.ts';

export interface AllocateCapacityOptions {
  capacities: string;
  orders: string;
  /** Cost per unit of quantity per km of great-circle distance (yuan per t·km); default 0. */
  transportCost?: number;
}

export interface CapacityAllocationAnswer extends CapacityAllocation {
  transportCost: number;
  inputs: { capacities: string; orders: string; capacityRows: number; orderRows: number };
  warnings: AtlasWarning[];
}

/**
 * The capacity alliance's allocation from two files (capacities: member,
 * product, capacity, unit_cost, lon, lat; orders: order, product, quantity,
 * lon, lat — CSV, XLSX, JSON or Parquet): the least-cost allocation of every
 * order to the members making its product, with what stays idle and what
 * cannot be served, and why. Bad rows fail the whole run, listed.
 */
export async function allocateCapacityFiles(
  o: AllocateCapacityOptions,
): Promise<CapacityAllocationAnswer> {
  const [capTable, orderTable] = await Promise.all([readTable(o.capacities), readTable(o.orders)]);
  const { capacities, orders } = readCapacityTables(capTable, orderTable);
  const transportCost = o.transportCost ?? 0;
  const result = capacityAllocation(capacities, orders, transportCost);
  const warnings: AtlasWarning[] = [];
  if (o.transportCost === undefined)
    warnings.push(
      warning(
        'ATLAS_W_MISSING_VALUES',
        'no transport cost given: orders were allocated by production cost alone (give --transport-cost in yuan per t·km)',
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
  return {
    ...result,
    transportCost,
    inputs: {
      capacities: o.capacities,
      orders: o.orders,
      capacityRows: capacities.length,
      orderRows: orders.length,
    },
    warnings,
  };
}
