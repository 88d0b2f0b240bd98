import { readTable } from '../../ingest/read-table.ts';
import {
  allocateCapacity,
  type AllocationRules,
  type CapacityAnswer,
} from './allocate-capacity.ts';
import { readCapacityTables } from './read-capacity-tables.ts';

export interface AllocateCapacityOptions extends AllocationRules {
  capacities: string;
  orders: string;
  /** Cost per unit of quantity per km of great-circle distance (yuan per t·km); default 0. */
  transportCost?: number;
}

export interface CapacityAllocationAnswer extends CapacityAnswer {
  inputs: { capacities: string; orders: string; capacityRows: number; orderRows: number };
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
  return {
    ...(await allocateCapacity(capacities, orders, o.transportCost, {
      orderSplitting: o.orderSplitting,
      fairShare: o.fairShare,
    })),
    inputs: {
      capacities: o.capacities,
      orders: o.orders,
      capacityRows: capacities.length,
      orderRows: orders.length,
    },
  };
}
