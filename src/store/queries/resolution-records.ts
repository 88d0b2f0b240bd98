import type { Duck } from '../duck.ts';

export interface AtlasRecord {
  id: string;
  name: string;
  region: string | null;
  /** The first GB/T 4754 code, if any. */
  industry: string | null;
  uscc: string | null;
  /** external_ids as JSON text ({scheme: id}). */
  externalIds: string | null;
}

/** What entity resolution compares of every organisation in the atlas. */
export async function atlasRecords(db: Duck): Promise<AtlasRecord[]> {
  const rows = await db.all(
    `SELECT id, name, region, industries[1] AS industry, uscc,
            CAST(external_ids AS VARCHAR) AS external_ids
     FROM organizations ORDER BY id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    region: r.region === null ? null : String(r.region),
    industry: r.industry === null || r.industry === undefined ? null : String(r.industry),
    uscc: r.uscc === null ? null : String(r.uscc),
    externalIds: r.external_ids === null ? null : String(r.external_ids),
  }));
}
