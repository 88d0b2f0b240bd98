import { chainBindingOf } from '../chain-bindings.ts';
import type { Duck, Row } from '../duck.ts';
import { ORG_COLUMNS, parseJson, toOrganization, type OrganizationRow } from './organizations.ts';

/** A cluster as lists show it, with its member counts. */
export interface ClusterRow {
  id: string;
  name: string;
  nameEn: string | null;
  regions: string[];
  industries: string[];
  field: string | null;
  designation: string;
  round: number | null;
  /** The analyst's choice stored in the atlas, else the templates of the cluster's chain field. */
  chainTemplates: string[];
  /** Where chainTemplates come from: chosen by an analyst, bound by the field, or none. */
  chainTemplatesBy: 'analyst' | 'field' | 'none';
  synthetic: boolean;
  verified: boolean;
  provenance: Record<string, unknown>;
  memberCount: number;
  syntheticMemberCount: number;
  /** Every tag any member carries (专精特新, 链主 …), sorted: what the map filters clusters by. */
  memberTags: string[];
}

const CLUSTER_SELECT = `SELECT c.id, c.name, c.name_en, c.regions, c.industries, c.field,
  c.designation, c.round, c.chain_templates, c.synthetic, c.verified,
  c.provenance::VARCHAR AS provenance,
  count(m.organization) AS member_count,
  count(m.organization) FILTER (WHERE o.synthetic) AS synthetic_member_count,
  list_sort(list_distinct(flatten(list(o.tags) FILTER (WHERE o.tags IS NOT NULL)))) AS member_tags
FROM clusters c
LEFT JOIN cluster_members m ON m.cluster = c.id
LEFT JOIN organizations o ON o.id = m.organization`;

const CLUSTER_GROUP = `GROUP BY c.id, c.name, c.name_en, c.regions, c.industries, c.field,
  c.designation, c.round, c.chain_templates, c.synthetic, c.verified, c.provenance::VARCHAR`;

function toCluster(r: Row): ClusterRow {
  const stored = (r.chain_templates as string[] | null) ?? [];
  const bound = stored.length ? null : chainBindingOf(String(r.id));
  return {
    id: String(r.id),
    name: String(r.name),
    nameEn: (r.name_en as string | null) ?? null,
    regions: (r.regions as string[] | null) ?? [],
    industries: (r.industries as string[] | null) ?? [],
    field: (r.field as string | null) ?? null,
    designation: String(r.designation),
    round: (r.round as number | null) ?? null,
    chainTemplates: stored.length ? stored : (bound?.templates ?? []),
    chainTemplatesBy: stored.length ? 'analyst' : bound ? 'field' : 'none',
    synthetic: Boolean(r.synthetic),
    verified: Boolean(r.verified),
    provenance: parseJson(r.provenance),
    memberCount: Number(r.member_count ?? 0),
    syntheticMemberCount: Number(r.synthetic_member_count ?? 0),
    memberTags: (r.member_tags as string[] | null) ?? [],
  };
}

/** Every cluster, national ones first, then by name. */
export async function readClusters(db: Duck): Promise<ClusterRow[]> {
  const rows = await db.all(
    `${CLUSTER_SELECT} ${CLUSTER_GROUP}
     ORDER BY (c.designation = 'national') DESC, c.round NULLS LAST, c.name, c.id`,
  );
  return rows.map(toCluster);
}

/** One cluster by id, or undefined. */
export async function readCluster(db: Duck, id: string): Promise<ClusterRow | undefined> {
  const row = await db.one(`${CLUSTER_SELECT} WHERE c.id = $id ${CLUSTER_GROUP}`, { id });
  return row ? toCluster(row) : undefined;
}

export interface MemberRow extends OrganizationRow {
  role: string | null;
  /** The membership's own provenance (seed statement, inference rule); null: not stated. */
  membership: Record<string, unknown> | null;
}

/** Members of a cluster with their role, by name; at most `limit` of them. */
export async function readClusterMembers(
  db: Duck,
  id: string,
  limit: number,
): Promise<MemberRow[]> {
  const rows = await db.all(
    `SELECT ${ORG_COLUMNS}, m.role, m.provenance::VARCHAR AS membership
     FROM cluster_members m
     JOIN organizations o ON o.id = m.organization
     LEFT JOIN regions r ON r.code = o.region
     WHERE m.cluster = $id
     ORDER BY (m.role IS NULL), o.synthetic,
       coalesce(json_extract_string(m.provenance, '$.method') = 'inferred', false),
       -coalesce(json_extract(m.provenance, '$.confidence')::DOUBLE, 1), o.name, o.id
     LIMIT $limit`,
    { id, limit },
  );
  return rows.map((r) => ({
    ...toOrganization(r),
    role: (r.role as string | null) ?? null,
    membership:
      r.membership === null || r.membership === undefined ? null : parseJson(r.membership),
  }));
}

export interface CountRow {
  key: string;
  count: number;
  synthetic: number;
}

/** Members of a cluster counted by kind, real and synthetic apart. */
export async function readClusterKindCounts(db: Duck, id: string): Promise<CountRow[]> {
  const rows = await db.all(
    `SELECT o.kind AS key, count(*) AS count, count(*) FILTER (WHERE o.synthetic) AS synthetic
     FROM cluster_members m JOIN organizations o ON o.id = m.organization
     WHERE m.cluster = $id GROUP BY o.kind ORDER BY count DESC, key`,
    { id },
  );
  return rows.map(toCount);
}

/** Members of a cluster counted by tag (an organisation counts once per tag it has). */
export async function readClusterTagCounts(db: Duck, id: string): Promise<CountRow[]> {
  const rows = await db.all(
    `SELECT t.tag AS key, count(*) AS count, count(*) FILTER (WHERE t.synthetic) AS synthetic
     FROM (SELECT unnest(o.tags) AS tag, o.synthetic
           FROM cluster_members m JOIN organizations o ON o.id = m.organization
           WHERE m.cluster = $id) t
     GROUP BY t.tag ORDER BY count DESC, key`,
    { id },
  );
  return rows.map(toCount);
}

function toCount(r: Row): CountRow {
  return { key: String(r.key), count: Number(r.count), synthetic: Number(r.synthetic) };
}
