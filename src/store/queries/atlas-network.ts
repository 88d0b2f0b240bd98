import { listValue } from '@duckdb/node-api';
import type { Duck } from '../duck.ts';
import type { NetworkLinkRow, NetworkOrgRow } from './cluster-network.ts';

/**
 * Every link of the given types and the organisations at their ends (for the
 * atlas-wide network explorer). Values are not read: link values are
 * confidential and the explorer draws ties only. `member` is false here.
 */
export async function readAtlasNetwork(
  db: Duck,
  types: readonly string[],
): Promise<{ organizations: NetworkOrgRow[]; links: Omit<NetworkLinkRow, 'value' | 'product'>[] }> {
  const links = await db.all(
    `SELECT source, target, type, synthetic FROM links WHERE list_contains($types::VARCHAR[], type)
     ORDER BY source, target, type`,
    { types: listValue([...types]) },
  );
  const orgs = await db.all(
    `WITH ends AS (SELECT source AS id FROM links WHERE list_contains($types::VARCHAR[], type)
                   UNION SELECT target FROM links WHERE list_contains($types::VARCHAR[], type))
     SELECT id, name, kind, tags, synthetic FROM organizations WHERE id IN (SELECT id FROM ends)
     ORDER BY id`,
    { types: listValue([...types]) },
  );
  return {
    organizations: orgs.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      kind: String(r.kind),
      tags: (r.tags as string[] | null) ?? [],
      synthetic: Boolean(r.synthetic),
      member: false,
    })),
    links: links.map((r) => ({
      source: String(r.source),
      target: String(r.target),
      type: String(r.type),
      synthetic: Boolean(r.synthetic),
    })),
  };
}
