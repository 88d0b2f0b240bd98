import type { Cluster } from '../core/model/cluster.ts';
import type { Provenance } from '../core/model/provenance.ts';
import type { ColumnSpec, Row, Tx } from './duck.ts';

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
export async function writeClusters(tx: Tx, clusters: readonly Cluster[]): Promise<number> {
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
  await tx.exec('DELETE FROM cluster_members WHERE cluster IN (SELECT id FROM stage_clusters)');
  await tx.exec('DELETE FROM clusters WHERE id IN (SELECT id FROM stage_clusters)');
  await tx.exec('INSERT INTO clusters SELECT * FROM stage_clusters');
  await tx.exec('DROP TABLE stage_clusters');
  await addClusterMembers(tx, members);
  return rows.length;
}

export interface MemberRow {
  cluster: string;
  organization: string;
  role?: string;
  provenance?: Provenance;
}

/** Adds members to existing clusters; an existing (cluster, organization) pair keeps one row. */
export async function addClusterMembers(tx: Tx, members: readonly MemberRow[]): Promise<number> {
  if (members.length === 0) return 0;
  await tx.exec(
    'CREATE OR REPLACE TEMP TABLE stage_members AS SELECT * FROM cluster_members LIMIT 0',
  );
  await tx.append('stage_members', MEMBER_COLUMNS, members as unknown as Row[]);
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
