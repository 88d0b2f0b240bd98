import { listValue } from '@duckdb/node-api';
import type { Duck, Row } from '../duck.ts';
import { industryPrefixes } from './industries.ts';

/**
 * An organisation as lists show it: public fields only. Yearly measures
 * (revenue, employees, R&D) are confidential to members and analysts and
 * are not part of list queries.
 */
export interface OrganizationRow {
  id: string;
  uscc: string | null;
  name: string;
  nameEn: string | null;
  kind: string;
  region: string | null;
  regionNameZh: string | null;
  regionNameEn: string | null;
  province: string | null;
  prefecture: string | null;
  lon: number | null;
  lat: number | null;
  /** How precise lon/lat are (site, address, county, prefecture, province centre); null: not stated. */
  locationPrecision: string | null;
  industries: string[];
  industryLabels: string[];
  tags: string[];
  synthetic: boolean;
  verified: boolean;
  provenance: Record<string, unknown>;
}

export interface OrganizationQuery {
  /** A region code of any level: matches the organisation's region, prefecture or province. */
  region?: string;
  /** A GB/T 4754 code (prefix), a GB/T 4754 name, or a free label. */
  industry?: string;
  kind?: string;
  tag?: string;
  /** Substring of the name (zh or en), case-insensitive. */
  q?: string;
  /** Only members of this cluster. */
  cluster?: string;
  limit: number;
  offset: number;
}

export const ORG_COLUMNS = `o.id, o.uscc, o.name, o.name_en, o.kind, o.region, o.province, o.prefecture,
  o.lon, o.lat, o.location_precision, o.industries, o.industry_labels, o.tags, o.synthetic, o.verified,
  o.provenance::VARCHAR AS provenance, r.name_zh AS region_name_zh, r.name_en AS region_name_en`;

export function parseJson(v: unknown): Record<string, unknown> {
  if (v === null || v === undefined) return {};
  if (typeof v === 'string') return JSON.parse(v) as Record<string, unknown>;
  return v as Record<string, unknown>;
}

export function toOrganization(r: Row): OrganizationRow {
  return {
    id: String(r.id),
    uscc: (r.uscc as string | null) ?? null,
    name: String(r.name),
    nameEn: (r.name_en as string | null) ?? null,
    kind: String(r.kind),
    region: (r.region as string | null) ?? null,
    regionNameZh: (r.region_name_zh as string | null) ?? null,
    regionNameEn: (r.region_name_en as string | null) ?? null,
    province: (r.province as string | null) ?? null,
    prefecture: (r.prefecture as string | null) ?? null,
    lon: (r.lon as number | null) ?? null,
    lat: (r.lat as number | null) ?? null,
    locationPrecision: (r.location_precision as string | null) ?? null,
    industries: (r.industries as string[] | null) ?? [],
    industryLabels: (r.industry_labels as string[] | null) ?? [],
    tags: (r.tags as string[] | null) ?? [],
    synthetic: Boolean(r.synthetic),
    verified: Boolean(r.verified),
    provenance: parseJson(r.provenance),
  };
}

/**
 * Organisations matching every given filter, by name, one page of them, and
 * the total count. The WHERE clause is assembled from constant fragments;
 * every value the user gave is a bound parameter.
 */
export async function readOrganizations(
  db: Duck,
  q: OrganizationQuery,
): Promise<{ rows: OrganizationRow[]; total: number }> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.region) {
    where.push('(o.region = $region OR o.prefecture = $region OR o.province = $region)');
    params.region = q.region;
  }
  if (q.industry) {
    const prefixes = await industryPrefixes(db, q.industry);
    const byLabel = `len(list_filter(coalesce(o.industry_labels, []),
                       x -> contains(lower(x), lower($industry)))) > 0`;
    params.industry = q.industry;
    if (prefixes.length > 0) {
      // Codes may be stored bare ('3976') or with their section letter ('C3976').
      where.push(`(len(list_filter(coalesce(o.industries, []), x -> list_bool_or(list_transform(
                     $prefixes::VARCHAR[], p -> starts_with(x, p)
                       OR starts_with(regexp_replace(x, '^[A-Z]', ''), p))))) > 0 OR ${byLabel})`);
      params.prefixes = listValue(prefixes);
    } else {
      where.push(`(${byLabel} OR list_contains(coalesce(o.industries, []), $industry))`);
    }
  }
  if (q.kind) {
    where.push('o.kind = $kind');
    params.kind = q.kind;
  }
  if (q.tag) {
    where.push('list_contains(coalesce(o.tags, []), $tag)');
    params.tag = q.tag;
  }
  if (q.q) {
    where.push(
      "(contains(lower(o.name), lower($q)) OR contains(lower(coalesce(o.name_en, '')), lower($q)))",
    );
    params.q = q.q;
  }
  if (q.cluster) {
    where.push('o.id IN (SELECT organization FROM cluster_members WHERE cluster = $cluster)');
    params.cluster = q.cluster;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const from = 'FROM organizations o LEFT JOIN regions r ON r.code = o.region';
  const totalRow = await db.one(`SELECT count(*) AS n ${from} ${whereSql}`, params as never);
  const rows = await db.all(
    `SELECT ${ORG_COLUMNS} ${from} ${whereSql} ORDER BY o.name, o.id LIMIT $limit OFFSET $offset`,
    { ...params, limit: q.limit, offset: q.offset } as never,
  );
  return { rows: rows.map(toOrganization), total: Number(totalRow?.n ?? 0) };
}
