import type { Duck } from '../duck.ts';

/** Members of each cluster counted by GB/T 4754 division (the first two digits of their codes). */
export async function readClusterDivisionCounts(
  db: Duck,
): Promise<{ cluster: string; division: string; members: number }[]> {
  const rows = await db.all(
    `SELECT cluster, division, count(DISTINCT organization) AS members
     FROM (SELECT m.cluster, m.organization, left(unnest(o.industries), 2) AS division
           FROM cluster_members m JOIN organizations o ON o.id = m.organization)
     WHERE regexp_matches(division, '^[0-9]{2}$')
     GROUP BY cluster, division ORDER BY cluster, division`,
  );
  return rows.map((r) => ({
    cluster: String(r.cluster),
    division: String(r.division),
    members: Number(r.members),
  }));
}
