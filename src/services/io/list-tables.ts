import { tableRef, type IoTableRef } from './refs.ts';
import { ioTables } from './tables.ts';

export interface IoTableSummary extends IoTableRef {
  /** Σ total output and Σ value added (GDP by production), 万元. */
  totalOutput: number;
  valueAdded: number;
  /** Whether the sectors of this table map to GB/T 4754-2017 (a concordance ships). */
  concordance: boolean;
}

/** Every national table shipped, oldest first. */
export function listIoTables(): IoTableSummary[] {
  return ioTables().map((e) => ({
    ...tableRef(e),
    totalOutput: e.totalOutput,
    valueAdded: e.valueAdded,
    concordance: e.concordance !== null,
  }));
}
