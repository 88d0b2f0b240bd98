import type { Cluster } from '../core/model/cluster.ts';
import type { Provenance } from '../core/model/provenance.ts';
import type { ColumnSpec, Row, Tx } from './duck.ts';
import {
  type ChangeContext,
  recordCreates,
  recordDiff,
  recordWrite,
  snapshot,
  TRACKED_MEMBERSHIP,
} from './history.ts';

const CLUSTER_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'varchar' },
  { name: 'name', kind: 'varchar' },
  { name: 'name_en', kind: 'varchar' },
  { name: 'regions', kind: 'varchar[]' },
  { name: 'industries', kind: 'varchar[]' },
  { name: 'field', kind: 'varchar' },
  { name: 'designation', kind: 'varchar' },
  { name: 'round', kind: 'integer' },
  { name: 'chain_templates', kind: 'varchar[]' },
  { name: 'synthetic', kind: 'boolean' },
  { name: 'verified', kind: 'boolean' },
  { name: 'provenance', kind: 'json' },
];

const MEMBER_COLUMNS: readonly ColumnSpec[] = [
  { name: 'cluster', kind: 'varchar' },
  { name: 'organization', kind: 'varchar' },
  { name: 'role', kind: 'varchar' },
  { name: 'provenance', kind: 'json' },
];

/** Writes clusters, replacing by id; members are replaced with the cluster's list. */
export async function writeClusters(
  tx: Tx,
  clusters: readonly Cluster[],
  ctx: ChangeContext = {},
): Promise<number> {
  if (clusters.length === 0) return 0;
  const rows: Row[] = clusters.map((c) => ({
    id: c.id,
    name: c.name,
    name_en: c.nameEn,
    regions: c.regions,
    industries: c.industries,
    field: c.field,
    designation: c.designation,
    round: c.round,
    chain_templates: c.chainTemplates,
    synthetic: c.provenance.synthetic,
    verified: c.provenance.verified,
    provenance: c.provenance,
  }));
  const members: MemberRow[] = clusters.flatMap((c) =>
    c.members.map((m) => ({
      cluster: c.id,
      organization: m.organization,
      role: m.role,
      provenance: m.provenance,
    })),
  );
  await tx.exec('CREATE OR REPLACE TEMP TABLE stage_clusters AS SELECT * FROM clusters LIMIT 0');
  await tx.append('stage_clusters', CLUSTER_COLUMNS, rows);
  const written = 't.cluster IN (SELECT id FROM stage_clusters)';
  await snapshot(
    tx,
    TRACKED_MEMBERSHIP,
    'hist_membership_before',
    'cluster_members',
    written,
    MEMBER_SOURCE,
  );
  await tx.exec('DELETE FROM cluster_members WHERE cluster IN (SELECT id FROM stage_clusters)');
  await tx.exec('DELETE FROM clusters WHERE id IN (SELECT id FROM stage_clusters)');
  await tx.exec('INSERT INTO clusters SELECT * FROM stage_clusters');
  await addClusterMembers(tx, members, ctx, false);
  // The members' history: a cluster's list replaced is compared with the list it replaces.
  await snapshot(
    tx,
    TRACKED_MEMBERSHIP,
    'hist_membership_after',
    'cluster_members',
    written,
    MEMBER_SOURCE,
  );
  const added = `${written} AND (${TRACKED_MEMBERSHIP.key}) NOT IN (SELECT eid FROM hist_membership_before)`;
  await recordCreates(tx, TRACKED_MEMBERSHIP, 'cluster_members', added, ctx, MEMBER_SOURCE);
  await recordDiff(
    tx,
    TRACKED_MEMBERSHIP,
    'hist_membership_before',
    'hist_membership_after',
    ctx,
    true,
  );
  await tx.exec('DROP TABLE stage_clusters');
  return rows.length;
}

/** A membership's source: its own provenance's, else its cluster's. */
const MEMBER_SOURCE = `coalesce(json_extract_string(t.provenance, '$.source'),
  (SELECT json_extract_string(c.provenance, '$.source') FROM clusters c WHERE c.id = t.cluster))`;

export interface MemberRow {
  cluster: string;
  organization: string;
  role?: string;
  provenance?: Provenance;
}

/**
 * Adds members to existing clusters; an existing (cluster, organization) pair
 * keeps one row. Changes go to the history (unless the caller records them).
 */
export async function addClusterMembers(
  tx: Tx,
  members: readonly MemberRow[],
  ctx: ChangeContext = {},
  record = true,
): Promise<number> {
  if (members.length === 0) return 0;
  await tx.exec(
    'CREATE OR REPLACE TEMP TABLE stage_members AS SELECT * FROM cluster_members LIMIT 0',
  );
  await tx.append('stage_members', MEMBER_COLUMNS, members as unknown as Row[]);
  if (record)
    await recordWrite(tx, TRACKED_MEMBERSHIP, 'stage_members', ctx, { source: MEMBER_SOURCE });
  await tx.exec(`DELETE FROM cluster_members WHERE (cluster, organization) IN
                 (SELECT (cluster, organization) FROM stage_members)`);
  await tx.exec(
    'INSERT INTO cluster_members SELECT DISTINCT ON (cluster, organization) * FROM stage_members',
  );
  await tx.exec('DROP TABLE stage_members');
  return members.length;
}

/**
 * Stores the chain templates an analyst chose for a cluster (an empty list
 * returns the cluster to the templates of its chain field). True when the
 * cluster exists.
 */
export async function writeClusterChainTemplates(
  tx: Tx,
  cluster: string,
  templates: readonly string[],
): Promise<boolean> {
  const hit = await tx.all('SELECT id FROM clusters WHERE id = $id', { id: cluster });
  if (hit.length === 0) return false;
  await tx.exec(
    `UPDATE clusters SET chain_templates = from_json($t, '["VARCHAR"]') WHERE id = $id`,
    { id: cluster, t: JSON.stringify(templates) },
  );
  return true;
}
