import type { Duck } from '../duck.ts';

/** A located organisation, as spatial detection reads it. Coordinates are as stored, in `crs`. */
export interface FirmPointRow {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** 'WGS84' | 'GCJ02' (null: unknown, read as WGS84 by the caller's choice). */
  crs: string | null;
  region: string | null;
  province: string | null;
  prefecture: string | null;
  industries: string[];
  synthetic: boolean;
  /** The chosen measure in its latest year with a value; null when none. */
  weight: number | null;
}

export interface FirmPointFilter {
  /** GB/T 4754 code prefix on organizations.industries, or a tag (chain_leader, high_tech, …); '' for every industry. */
  industry: string;
  /** GB/T 2260 codes; a firm matches when its province, prefecture or region equals one. Empty: all. */
  regions: string[];
  /** Organisation kinds (default enterprise). */
  kinds?: string[];
  /** Measure for weights: employees | revenue | output | rd_spend | patents. */
  measure?: 'employees' | 'revenue' | 'output' | 'rd_spend' | 'patents';
  excludeSynthetic?: boolean;
}

const MEASURES = new Set(['employees', 'revenue', 'output', 'rd_spend', 'patents']);

/**
 * Located firms of an industry group in some regions, ordered by id (the
 * order fixes DBSCAN's numbering). Industry: any code of the organisation
 * starts with the prefix, or its tags hold the value.
 */
export async function readFirmPoints(db: Duck, f: FirmPointFilter): Promise<FirmPointRow[]> {
  const measure = f.measure && MEASURES.has(f.measure) ? f.measure : null;
  const weightSql = measure
    ? `(SELECT arg_max(m.${measure}, m.year) FILTER (WHERE m.${measure} IS NOT NULL)
         FROM measures m WHERE m.organization = o.id)`
    : 'NULL';
  const rows = await db.all(
    `SELECT o.id, o.name, o.lon, o.lat, o.crs, o.region, o.province, o.prefecture,
            o.industries, o.synthetic, ${weightSql} AS weight
     FROM organizations o
     WHERE o.lon IS NOT NULL AND o.lat IS NOT NULL
       AND list_contains(string_split($kinds, ','), o.kind)
       AND ($industry = '' OR len(list_filter(coalesce(o.industries, []::VARCHAR[]), x -> starts_with(x, $industry))) > 0
            OR list_contains(coalesce(o.tags, []::VARCHAR[]), $industry))
       AND ($regions = ''
            OR list_contains(string_split($regions, ','), o.province)
            OR list_contains(string_split($regions, ','), o.prefecture)
            OR list_contains(string_split($regions, ','), o.region))
       AND (NOT $excludeSynthetic OR NOT o.synthetic)
     ORDER BY o.id`,
    {
      kinds: (f.kinds ?? ['enterprise']).join(','), // codes and kinds hold no commas
      industry: f.industry,
      regions: f.regions.map((r) => r.trim()).join(','),
      excludeSynthetic: Boolean(f.excludeSynthetic),
    },
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    lon: Number(r.lon),
    lat: Number(r.lat),
    crs: (r.crs as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    province: (r.province as string | null) ?? null,
    prefecture: (r.prefecture as string | null) ?? null,
    industries: (r.industries as string[] | null) ?? [],
    synthetic: Boolean(r.synthetic),
    weight: r.weight === null || r.weight === undefined ? null : Number(r.weight),
  }));
}

/** A known cluster (national list or a user's), as matching needs it. */
export interface KnownClusterRow {
  id: string;
  name: string;
  nameEn: string | null;
  designation: string;
  regions: string[];
  industries: string[];
}

export async function readKnownClusters(db: Duck): Promise<KnownClusterRow[]> {
  const rows = await db.all(
    `SELECT id, name, name_en, designation, regions, industries FROM clusters ORDER BY id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    nameEn: (r.name_en as string | null) ?? null,
    designation: String(r.designation),
    regions: (r.regions as string[] | null) ?? [],
    industries: (r.industries as string[] | null) ?? [],
  }));
}
