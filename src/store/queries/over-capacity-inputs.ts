/**
 * What the over-capacity signals read (analytics/concentration/
 * over-capacity-signal.ts): regional output by division from the loaded
 * statistics (`region_statistics`, migration 009) at two years, each
 * region's output over every loaded division, the tables' sources, and
 * firms' own output at both years from `measures` (firms placed by their
 * province or prefecture, division from the first two digits of their first
 * GB/T 4754 code).
 */
import { listValue } from '@duckdb/node-api';
import type { Duck } from '../duck.ts';
import { DEFAULT_SCHEME } from './industries.ts';

export interface OverCapacityInputs {
  cells: { region: string; division: string; from: number | null; to: number | null }[];
  regionTotals: Map<string, number>;
  firms: { region: string; division: string; from: number; to: number }[];
  sources: string[];
}

/** The years with regional output at this level, ascending. */
export async function readRegionOutputYears(db: Duck, level: string): Promise<number[]> {
  const rows = await db.all(
    `SELECT DISTINCT year FROM region_statistics
     WHERE region_level = $level AND output IS NOT NULL ORDER BY year`,
    { level },
  );
  return rows.map((r) => Number(r.year));
}

export async function readOverCapacityInputs(
  db: Duck,
  level: 'province' | 'prefecture',
  divisions: readonly string[],
  fromYear: number,
  toYear: number,
): Promise<OverCapacityInputs> {
  const p = { level, divs: listValue([...divisions]), y0: fromYear, y1: toYear };
  const cells = await db.all(
    `SELECT region, industry,
            max(output) FILTER (WHERE year = $y0) AS x0, max(output) FILTER (WHERE year = $y1) AS x1
     FROM region_statistics
     WHERE region_level = $level AND list_contains($divs::VARCHAR[], industry) AND year IN ($y0, $y1)
     GROUP BY region, industry HAVING x1 IS NOT NULL OR x0 IS NOT NULL ORDER BY region, industry`,
    p,
  );
  const totals = await db.all(
    `SELECT region, sum(output) AS x FROM region_statistics
     WHERE region_level = $level AND year = $y1 AND output IS NOT NULL GROUP BY region`,
    { level, y1: toYear },
  );
  const sources = await db.all(
    `SELECT DISTINCT provenance->>'source' AS s FROM region_statistics
     WHERE region_level = $level AND list_contains($divs::VARCHAR[], industry) AND year IN ($y0, $y1)
     ORDER BY s`,
    p,
  );
  const firms = await db.all(
    `WITH f AS (
       SELECT o.id, ${level === 'province' ? 'o.province' : 'o.prefecture'} AS region,
              left(regexp_replace(o.industries[1], '^[A-Za-z]', ''), 2) AS division
       FROM organizations o WHERE o.kind = 'enterprise' AND len(o.industries) > 0)
     SELECT f.region, f.division, a.output AS x0, b.output AS x1
     FROM f JOIN measures a ON a.organization = f.id AND a.year = $y0
            JOIN measures b ON b.organization = f.id AND b.year = $y1
     WHERE f.region IS NOT NULL AND list_contains($divs::VARCHAR[], f.division)
       AND a.output IS NOT NULL AND b.output IS NOT NULL
     ORDER BY f.region, f.division, f.id`,
    { divs: p.divs, y0: fromYear, y1: toYear },
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    cells: cells.map((r) => ({
      region: String(r.region),
      division: String(r.industry),
      from: num(r.x0),
      to: num(r.x1),
    })),
    regionTotals: new Map(totals.map((r) => [String(r.region), Number(r.x)])),
    firms: firms.map((r) => ({
      region: String(r.region),
      division: String(r.division),
      from: Number(r.x0),
      to: Number(r.x1),
    })),
    sources: sources.map((r) => String(r.s)).filter((s) => s !== 'null'),
  };
}

/** Names of regions (GB/T 2260) and divisions (GB/T 4754-2017) in Chinese and English. */
export async function overCapacityNames(
  db: Duck,
  regions: readonly string[],
  divisions: readonly string[],
): Promise<Map<string, { zh: string; en: string | null }>> {
  const rows = await db.all(
    `SELECT 'r:' || code AS k, name_zh, name_en FROM regions WHERE list_contains($r::VARCHAR[], code)
     UNION ALL
     SELECT 'd:' || code, name_zh, name_en FROM industries
     WHERE scheme = $scheme AND list_contains($d::VARCHAR[], code)`,
    { r: listValue([...regions]), d: listValue([...divisions]), scheme: DEFAULT_SCHEME },
  );
  return new Map(
    rows.map((r) => [
      String(r.k),
      { zh: String(r.name_zh), en: r.name_en === null ? null : String(r.name_en) },
    ]),
  );
}
