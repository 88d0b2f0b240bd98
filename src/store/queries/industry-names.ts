import { listValue } from '@duckdb/node-api';
import type { Duck } from '../duck.ts';
import { DEFAULT_SCHEME } from './industries.ts';

/** The Chinese names of these GB/T 4754-2017 codes (codes the table lacks are left out). */
export async function readIndustryNames(
  db: Duck,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.all(
    `SELECT code, name_zh FROM industries WHERE scheme = $1 AND list_contains($2::VARCHAR[], code)`,
    [DEFAULT_SCHEME, listValue([...codes])],
  );
  return new Map(rows.map((r) => [String(r.code), String(r.name_zh)]));
}
