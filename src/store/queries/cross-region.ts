import type { Duck } from '../duck.ts';

/** A cluster member with where it is (province and prefecture codes; null when unknown). */
export interface PlacedMemberRow {
  id: string;
  name: string;
  kind: string;
  province: string | null;
  prefecture: string | null;
  synthetic: boolean;
}

const opt = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export async function readPlacedMembers(db: Duck, cluster: string): Promise<PlacedMemberRow[]> {
  const rows = await db.all(
    `SELECT o.id, o.name, o.kind, o.province, o.prefecture, o.synthetic
     FROM cluster_members m JOIN organizations o ON o.id = m.organization
     WHERE m.cluster = $cluster ORDER BY o.id`,
    { cluster },
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: String(r.kind),
    province: opt(r.province),
    prefecture: opt(r.prefecture),
    synthetic: Boolean(r.synthetic),
  }));
}

/** A link or a match between two members of the cluster. */
export interface MemberTieRow {
  id: string;
  /** The link's type (supply, collaboration, …) or 'match' for a matchmaking match. */
  type: string;
  source: string;
  target: string;
  product: string | null;
  status: string | null;
  synthetic: boolean;
}

/** The links between two members, and the matches between a member buyer and a member supplier. */
export async function readMemberTies(db: Duck, cluster: string): Promise<MemberTieRow[]> {
  const rows = await db.all(
    `WITH m AS (SELECT organization FROM cluster_members WHERE cluster = $cluster)
     SELECT l.id, l.type, l.source, l.target, l.product, NULL AS status, l.synthetic
     FROM links l WHERE l.source IN (SELECT * FROM m) AND l.target IN (SELECT * FROM m)
     UNION ALL
     SELECT x.id, 'match', x.supplier, x.buyer, NULL, x.status, false
     FROM matches x WHERE x.buyer IN (SELECT * FROM m) AND x.supplier IN (SELECT * FROM m)
     ORDER BY 2, 1`,
    { cluster },
  );
  return rows.map((r) => ({
    id: String(r.id),
    type: String(r.type),
    source: String(r.source),
    target: String(r.target),
    product: opt(r.product),
    status: opt(r.status),
    synthetic: Boolean(r.synthetic),
  }));
}

/** Attraction actions scoped to a region (the side that attracts is the region's). */
export interface RegionActionRow {
  id: string;
  template: string;
  node: string;
  region: string;
  province: string | null;
  organization: string;
  state: string;
}

export async function readRegionActions(db: Duck, template: string): Promise<RegionActionRow[]> {
  const rows = await db.all(
    `SELECT a.id, a.template, a.node, a.scope, r.province, a.organization, a.state
     FROM chain_actions a LEFT JOIN regions r ON r.code = a.scope
     WHERE a.scope_type = 'region' AND a.template = $template AND a.state <> 'dropped'
     ORDER BY a.node, a.id`,
    { template },
  );
  return rows.map((r) => ({
    id: String(r.id),
    template: String(r.template),
    node: String(r.node),
    region: String(r.scope),
    province: opt(r.province),
    organization: String(r.organization),
    state: String(r.state),
  }));
}
