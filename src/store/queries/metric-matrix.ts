import { listValue } from '@duckdb/node-api';
import type {
  MetricIndustryLevel,
  MetricMeasure,
  MetricPopulation,
  MetricRegionLevel,
  SyntheticFilter,
} from '../../core/model/metric-matrix.ts';
import type { Duck } from '../duck.ts';
import { DEFAULT_SCHEME } from './industries.ts';

export interface MetricOrgQuery {
  measure: MetricMeasure;
  /** Year of the measures table; ignored for count. */
  year: number | null;
  regionLevel: MetricRegionLevel;
  industryLevel: MetricIndustryLevel;
  synthetic: SyntheticFilter;
  /** Only organisations of this kind (enterprise, university, …). */
  kind?: string;
  /** all organisations, or only listed firms (tag `listed`). */
  population?: MetricPopulation;
}

/** Share of the enterprises that are listed firms (tag `listed`); 0 without enterprises. */
export async function readListedShare(db: Duck): Promise<number> {
  const r = await db.one(
    `SELECT count(*) FILTER (WHERE list_contains(coalesce(tags, []::VARCHAR[]), 'listed')) AS listed,
            count(*) AS n
     FROM organizations WHERE kind = 'enterprise'`,
  );
  const n = Number(r?.n ?? 0);
  return n > 0 ? Number(r?.listed ?? 0) / n : 0;
}

/**
 * One organisation as a matrix contribution. `region` or `industry` is null
 * when the organisation cannot be placed at the requested level (no
 * prefecture known, no GB/T code, a code too coarse for the level): the
 * service counts those apart rather than dropping them silently.
 */
export interface MetricOrgRow {
  id: string;
  region: string | null;
  industry: string | null;
  value: number;
  synthetic: boolean;
  /** The organisation lists more than one industry; only the first (primary) is used. */
  secondary: boolean;
  /** The organisation is a listed firm (tag `listed`). */
  listed: boolean;
}

// Column names come from these whitelists only, never from the request.
const MEASURE_COLUMN: Record<Exclude<MetricMeasure, 'count'>, string> = {
  employees: 'm.employees',
  revenue: 'm.revenue',
  output: 'm.output',
};
const REGION_COLUMN: Record<MetricRegionLevel, string> = {
  province: 'o.province',
  prefecture: 'o.prefecture',
};

/**
 * The industry key of the primary (first) code, digits only: a code may be
 * written with its section letter ('C3976'). Level 1 maps the division to its
 * section through the industries table (letters share no prefix with digits).
 */
function industryKey(level: MetricIndustryLevel): string {
  if (level === 'label') return 'o.industry_labels[1]';
  if (level === 1) return 'sec.parent';
  return `CASE WHEN length(p.code) >= ${level} THEN left(p.code, ${level}) END`;
}

/** Organisations with their region and industry at the given levels and the measure's value. */
export async function readMetricOrgs(db: Duck, q: MetricOrgQuery): Promise<MetricOrgRow[]> {
  const params: Record<string, string | number> = { scheme: DEFAULT_SCHEME };
  const where: string[] = [];
  if (q.synthetic === 'exclude') where.push('NOT o.synthetic');
  if (q.synthetic === 'only') where.push('o.synthetic');
  if (q.population === 'listed')
    where.push("list_contains(coalesce(o.tags, []::VARCHAR[]), 'listed')");
  if (q.kind) {
    where.push('o.kind = $kind');
    params.kind = q.kind;
  }
  let value = '1.0';
  let join = '';
  if (q.measure !== 'count') {
    value = MEASURE_COLUMN[q.measure];
    join = 'JOIN measures m ON m.organization = o.id AND m.year = $year';
    where.push(`${value} IS NOT NULL`);
    params.year = q.year ?? 0;
  }
  const rows = await db.all(
    `WITH p AS (
       SELECT id, regexp_replace(industries[1], '^[A-Za-z]', '') AS code FROM organizations
     )
     SELECT o.id, ${REGION_COLUMN[q.regionLevel]} AS region, ${industryKey(q.industryLevel)} AS industry,
            ${value} AS value, o.synthetic, coalesce(len(o.industries), 0) > 1 AS secondary,
            list_contains(coalesce(o.tags, []::VARCHAR[]), 'listed') AS listed
     FROM organizations o JOIN p ON p.id = o.id ${join}
     LEFT JOIN industries sec ON sec.scheme = $scheme AND sec.level = 2 AND sec.code = left(p.code, 2)
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY o.id`,
    params,
  );
  return rows.map((r) => ({
    id: String(r.id),
    region: (r.region as string | null) ?? null,
    industry: (r.industry as string | null) || null,
    value: Number(r.value),
    synthetic: Boolean(r.synthetic),
    secondary: Boolean(r.secondary),
    listed: Boolean(r.listed),
  }));
}

/** Years with a value of the measure, newest first. */
export async function readMeasureYears(
  db: Duck,
  measure: Exclude<MetricMeasure, 'count'>,
): Promise<number[]> {
  const col = MEASURE_COLUMN[measure];
  const rows = await db.all(
    `SELECT DISTINCT m.year FROM measures m WHERE ${col} IS NOT NULL ORDER BY m.year DESC`,
  );
  return rows.map((r) => Number(r.year));
}

export interface NamedCode {
  code: string;
  nameZh: string;
  nameEn: string | null;
}

/** Names of regions by code (any level). */
export async function readRegionNames(
  db: Duck,
  codes: readonly string[],
): Promise<Map<string, NamedCode>> {
  if (codes.length === 0) return new Map();
  const rows = await db.all(
    `SELECT code, name_zh, name_en FROM regions WHERE list_contains($codes::VARCHAR[], code)`,
    { codes: listValue([...codes]) },
  );
  return new Map(
    rows.map((r) => [
      String(r.code),
      {
        code: String(r.code),
        nameZh: String(r.name_zh),
        nameEn: (r.name_en as string | null) ?? null,
      },
    ]),
  );
}

/** Names of every GB/T 4754 industry of one level. */
export async function readIndustryNames(db: Duck, level: number): Promise<Map<string, NamedCode>> {
  const rows = await db.all(
    'SELECT code, name_zh, name_en FROM industries WHERE scheme = $scheme AND level = $level',
    { scheme: DEFAULT_SCHEME, level },
  );
  return new Map(
    rows.map((r) => [
      String(r.code),
      {
        code: String(r.code),
        nameZh: String(r.name_zh),
        nameEn: (r.name_en as string | null) ?? null,
      },
    ]),
  );
}

/** Regions of one level, optionally within a parent (a province's prefectures). */
export async function readRegionCodes(
  db: Duck,
  level: MetricRegionLevel,
  parent?: string,
): Promise<string[]> {
  const rows = await db.all(
    `SELECT code FROM regions WHERE level = $level ${parent ? 'AND parent = $parent' : ''} ORDER BY code`,
    parent ? { level, parent } : { level },
  );
  return rows.map((r) => String(r.code));
}
