import type { RegionStatisticMeasure } from '../../core/model/region-statistic.ts';
import type { Duck } from '../duck.ts';
import type { MetricRegionLevel } from '../../core/model/metric-matrix.ts';
import { DEFAULT_SCHEME } from './industries.ts';

// Column names come from this whitelist only, never from the request.
const MEASURE_COLUMN: Record<RegionStatisticMeasure, string> = {
  employees: 's.employees',
  revenue: 's.revenue',
  output: 's.output',
};

/** One cell of the statistics matrix: the sum of the rows that fall in it. */
export interface StatisticsCell {
  region: string;
  industry: string;
  value: number;
  /** Rows summed (several divisions fall in one section at level 1). */
  rows: number;
  syntheticValue: number;
}

/** Years with a value of the measure at the region level, newest first. */
export async function readStatisticsYears(
  db: Duck,
  measure: RegionStatisticMeasure,
  regionLevel: MetricRegionLevel,
): Promise<number[]> {
  const rows = await db.all(
    `SELECT DISTINCT s.year FROM region_statistics s
     WHERE ${MEASURE_COLUMN[measure]} IS NOT NULL AND s.region_level = $level
     ORDER BY s.year DESC`,
    { level: regionLevel },
  );
  return rows.map((r) => Number(r.year));
}

/**
 * The statistics of one year and region level as region × industry cells:
 * by division (industryLevel 2), or summed into GB/T 4754 sections (1).
 * Rows at the other region level are not rolled up: a province's figures
 * are its own rows, never a partial sum of its prefectures.
 */
export async function readStatisticsCells(
  db: Duck,
  q: {
    measure: RegionStatisticMeasure;
    year: number;
    regionLevel: MetricRegionLevel;
    industryLevel: 1 | 2;
  },
): Promise<StatisticsCell[]> {
  const col = MEASURE_COLUMN[q.measure];
  const industry = q.industryLevel === 1 ? 'sec.parent' : 's.industry';
  const rows = await db.all(
    `SELECT s.region, ${industry} AS industry, sum(${col}) AS value, count(*) AS n,
            sum(CASE WHEN s.synthetic THEN ${col} ELSE 0 END) AS synthetic_value
     FROM region_statistics s
     LEFT JOIN industries sec ON sec.scheme = $scheme AND sec.level = 2 AND sec.code = s.industry
     WHERE s.year = $year AND s.region_level = $level AND ${col} IS NOT NULL
     GROUP BY ALL ORDER BY 1, 2`,
    { scheme: DEFAULT_SCHEME, year: q.year, level: q.regionLevel },
  );
  return rows.map((r) => ({
    region: String(r.region),
    industry: String(r.industry),
    value: Number(r.value),
    rows: Number(r.n),
    syntheticValue: Number(r.synthetic_value),
  }));
}

/** The distinct sources of the statistics of one year and region level (for the label). */
export async function readStatisticsSources(
  db: Duck,
  year: number,
  regionLevel: MetricRegionLevel,
): Promise<string[]> {
  const rows = await db.all(
    `SELECT DISTINCT json_extract_string(provenance, '$.source') AS source
     FROM region_statistics WHERE year = $year AND region_level = $level ORDER BY 1`,
    { year, level: regionLevel },
  );
  return rows.map((r) => String(r.source));
}
