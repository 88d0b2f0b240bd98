import { listValue } from '@duckdb/node-api';
import type { Duck } from '../duck.ts';

export type FirmSizeMeasure = 'output' | 'revenue' | 'employees';

export interface FirmSizeRow {
  organization: string;
  year: number;
  value: number;
}

/** Every non-null yearly value of one measure for these organisations. */
export async function readFirmSizes(
  db: Duck,
  ids: readonly string[],
  measure: FirmSizeMeasure,
): Promise<FirmSizeRow[]> {
  if (ids.length === 0) return [];
  // The column comes from a closed list, never from the caller's text.
  const column = { output: 'output', revenue: 'revenue', employees: 'employees' }[measure];
  const rows = await db.all(
    `SELECT organization, year, ${column} AS value FROM measures
     WHERE list_contains($ids::VARCHAR[], organization) AND ${column} IS NOT NULL
     ORDER BY organization, year`,
    { ids: listValue([...ids]) },
  );
  return rows.map((r) => ({
    organization: String(r.organization),
    year: Number(r.year),
    value: Number(r.value),
  }));
}

export interface SupplyCustomerRow {
  supplier: string;
  customer: string;
  synthetic: boolean;
}

/** Supply links from these organisations (supplier → customer), any year. */
export async function readSupplyCustomers(
  db: Duck,
  ids: readonly string[],
): Promise<SupplyCustomerRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.all(
    `SELECT DISTINCT source, target, synthetic FROM links
     WHERE type = 'supply' AND list_contains($ids::VARCHAR[], source)`,
    { ids: listValue([...ids]) },
  );
  return rows.map((r) => ({
    supplier: String(r.source),
    customer: String(r.target),
    synthetic: Boolean(r.synthetic),
  }));
}
