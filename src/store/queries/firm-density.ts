import type { Duck } from '../duck.ts';

export interface DensityCellRow {
  /** Lower-left corner of the cell, degrees as stored. */
  lon: number;
  lat: number;
  organizations: number;
  synthetic: number;
}

export interface DensityFilter {
  /** Cell side in degrees. */
  cell: number;
  /** GB/T 4754 code prefix or a tag; '' for every industry. */
  industry: string;
  /** Organisation kind; '' for every kind. */
  kind: string;
  excludeSynthetic: boolean;
}

/**
 * Located organisations counted per square cell of `cell` degrees
 * (floor(lon / cell), floor(lat / cell)), in the database: the answer grows
 * with the cells, not with the organisations. Industry as readFirmPoints
 * reads it: a code prefix of any of its industries, or one of its tags.
 */
export async function readFirmDensity(db: Duck, f: DensityFilter): Promise<DensityCellRow[]> {
  const rows = await db.all(
    `SELECT floor(o.lon / $cell) AS i, floor(o.lat / $cell) AS j,
            count(*) AS n, count(*) FILTER (WHERE o.synthetic) AS s
     FROM organizations o
     WHERE o.lon IS NOT NULL AND o.lat IS NOT NULL
       AND ($kind = '' OR o.kind = $kind)
       AND ($industry = ''
            OR len(list_filter(coalesce(o.industries, []::VARCHAR[]), x -> starts_with(x, $industry))) > 0
            OR list_contains(coalesce(o.tags, []::VARCHAR[]), $industry))
       AND (NOT $excludeSynthetic OR NOT o.synthetic)
     GROUP BY 1, 2
     ORDER BY 1, 2`,
    { cell: f.cell, industry: f.industry, kind: f.kind, excludeSynthetic: f.excludeSynthetic },
  );
  return rows.map((r) => ({
    lon: Number(r.i) * f.cell,
    lat: Number(r.j) * f.cell,
    organizations: Number(r.n),
    synthetic: Number(r.s),
  }));
}
