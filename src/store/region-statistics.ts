import type { RegionStatistic } from '../core/model/region-statistic.ts';
import { listValue } from '@duckdb/node-api';
import type { ColumnSpec, Duck, Row, Tx } from './duck.ts';

const COLUMNS: readonly ColumnSpec[] = [
  { name: 'region', kind: 'varchar' },
  { name: 'region_level', kind: 'varchar' },
  { name: 'industry', kind: 'varchar' },
  { name: 'year', kind: 'integer' },
  { name: 'employees', kind: 'double' },
  { name: 'revenue', kind: 'double' },
  { name: 'output', kind: 'double' },
  { name: 'synthetic', kind: 'boolean' },
  { name: 'provenance', kind: 'json' },
];

/**
 * Writes regional statistics, replacing any row with the same region,
 * division and year (a corrected yearbook table replaces the old one).
 */
export async function writeRegionStatistics(
  tx: Tx,
  rows: readonly RegionStatistic[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const out: Row[] = rows.map((s) => ({
    region: s.region,
    region_level: s.regionLevel,
    industry: s.industry,
    year: s.year,
    employees: s.employees,
    revenue: s.revenue,
    output: s.output,
    synthetic: s.provenance.synthetic,
    provenance: s.provenance,
  }));
  await tx.exec('CREATE OR REPLACE TEMP TABLE stage_rs AS SELECT * FROM region_statistics LIMIT 0');
  await tx.append('stage_rs', COLUMNS, out);
  await tx.exec(`DELETE FROM region_statistics r USING stage_rs s
                 WHERE r.region = s.region AND r.industry = s.industry AND r.year = s.year`);
  await tx.exec('INSERT INTO region_statistics SELECT * FROM stage_rs');
  await tx.exec('DROP TABLE stage_rs');
  return out.length;
}

/** How many of these rows' keys (region, division, year) the store already holds: the rows a write replaces. */
export async function countExistingRegionStatistics(
  db: Duck,
  rows: readonly Pick<RegionStatistic, 'region' | 'industry' | 'year'>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = rows.map((s) => `${s.region}|${s.industry}|${s.year}`);
  const row = await db.one(
    `SELECT count(*) AS n FROM region_statistics
     WHERE list_contains($keys::VARCHAR[], region || '|' || industry || '|' || year)`,
    { keys: listValue(keys) },
  );
  return Number(row?.n ?? 0);
}
