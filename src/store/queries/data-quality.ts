import type { Duck } from '../duck.ts';

export interface QualityRow {
  id: string;
  name: string;
  kind: string;
  uscc: string | null;
  region: string | null;
  province: string | null;
  hasCoordinates: boolean;
  industries: number;
  synthetic: boolean;
  verified: boolean;
  lastMeasureYear: number | null;
}

/** One row per organisation with what the data-quality flags look at. */
export async function readQualityRows(db: Duck): Promise<QualityRow[]> {
  const rows = await db.all(
    `WITH m AS (SELECT organization, max(year) AS last FROM measures GROUP BY organization)
     SELECT o.id, o.name, o.kind, o.uscc, o.region, o.province,
            o.lon IS NOT NULL AND o.lat IS NOT NULL AS has_xy,
            coalesce(len(o.industries), 0) AS industries, o.synthetic, o.verified, m.last
     FROM organizations o LEFT JOIN m ON m.organization = o.id ORDER BY o.id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: String(r.kind),
    uscc: (r.uscc as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    province: (r.province as string | null) ?? null,
    hasCoordinates: Boolean(r.has_xy),
    industries: Number(r.industries),
    synthetic: Boolean(r.synthetic),
    verified: Boolean(r.verified),
    lastMeasureYear: r.last === null || r.last === undefined ? null : Number(r.last),
  }));
}

/** Links whose source or target is not an organisation of the atlas. */
export async function countDanglingLinks(db: Duck): Promise<number> {
  const r = await db.one(
    `SELECT count(*) AS n FROM links l
     WHERE l.source NOT IN (SELECT id FROM organizations) OR l.target NOT IN (SELECT id FROM organizations)`,
  );
  return Number(r?.n ?? 0);
}
