import type { Duck } from '../duck.ts';

export interface NetworkOrgRow {
  id: string;
  name: string;
  kind: string;
  tags: string[];
  synthetic: boolean;
  member: boolean;
}

export interface NetworkLinkRow {
  source: string;
  target: string;
  type: string;
  product: string | null;
  value: number | null;
  synthetic: boolean;
}

/**
 * A cluster's members, every link touching one of them, and the
 * organisations at the other ends (partners), for the network diagnostics.
 * Links to ids with no organisation are kept (the graph builder warns).
 */
export async function readClusterNetwork(
  db: Duck,
  cluster: string,
): Promise<{ organizations: NetworkOrgRow[]; links: NetworkLinkRow[] }> {
  const links = await db.all(
    `WITH m AS (SELECT organization AS id FROM cluster_members WHERE cluster = $cluster)
     SELECT source, target, type, product, value, synthetic FROM links
     WHERE source IN (SELECT id FROM m) OR target IN (SELECT id FROM m)
     ORDER BY source, target, type`,
    { cluster },
  );
  const orgs = await db.all(
    `WITH m AS (SELECT organization AS id FROM cluster_members WHERE cluster = $cluster),
          ends AS (
            SELECT source AS id FROM links WHERE target IN (SELECT id FROM m)
            UNION SELECT target FROM links WHERE source IN (SELECT id FROM m)
            UNION SELECT id FROM m)
     SELECT o.id, o.name, o.kind, o.tags, o.synthetic, o.id IN (SELECT id FROM m) AS member
     FROM organizations o WHERE o.id IN (SELECT id FROM ends) ORDER BY o.id`,
    { cluster },
  );
  return {
    organizations: orgs.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      kind: String(r.kind),
      tags: (r.tags as string[] | null) ?? [],
      synthetic: Boolean(r.synthetic),
      member: Boolean(r.member),
    })),
    links: links.map((r) => ({
      source: String(r.source),
      target: String(r.target),
      type: String(r.type),
      product: (r.product as string | null) ?? null,
      value: r.value === null || r.value === undefined ? null : Number(r.value),
      synthetic: Boolean(r.synthetic),
    })),
  };
}
