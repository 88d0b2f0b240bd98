import type { Duck } from '../duck.ts';

/** A cluster member as a yearly count sees it: kind, tags, whether synthetic, first year measured. */
export interface DatedMember {
  cluster: string;
  organization: string;
  kind: string;
  tags: string[];
  synthetic: boolean;
  /** The first year of the organisation's yearly measures; null when it has none. */
  firstYear: number | null;
}

/** Every member of every cluster, dated by its first yearly measure. */
export async function readDatedMembers(db: Duck): Promise<DatedMember[]> {
  const rows = await db.all(
    `SELECT m.cluster, o.id AS organization, o.kind, o.tags, o.synthetic, f.first_year
     FROM cluster_members m JOIN organizations o ON o.id = m.organization
     LEFT JOIN (SELECT organization, min(year) AS first_year FROM measures GROUP BY organization) f
       ON f.organization = o.id
     ORDER BY m.cluster, o.id`,
  );
  return rows.map((r) => ({
    cluster: String(r.cluster),
    organization: String(r.organization),
    kind: String(r.kind),
    tags: Array.isArray(r.tags) ? r.tags.map(String) : [],
    synthetic: Boolean(r.synthetic),
    firstYear: r.first_year === null || r.first_year === undefined ? null : Number(r.first_year),
  }));
}

/** Supply links with their year (null: undated). */
export async function readDatedSupplyLinks(
  db: Duck,
): Promise<{ source: string; target: string; synthetic: boolean; year: number | null }[]> {
  const rows = await db.all(
    "SELECT source, target, synthetic, year FROM links WHERE type = 'supply' ORDER BY id",
  );
  return rows.map((r) => ({
    source: String(r.source),
    target: String(r.target),
    synthetic: Boolean(r.synthetic),
    year: r.year === null || r.year === undefined ? null : Number(r.year),
  }));
}

/** The last year of any organisation's yearly measures; null when there are none. */
export async function lastMeasureYear(db: Duck): Promise<number | null> {
  const r = await db.one('SELECT max(year) AS y FROM measures');
  return r?.y === null || r?.y === undefined ? null : Number(r.y);
}
