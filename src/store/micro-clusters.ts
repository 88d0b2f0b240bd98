/** SQL of micro-clusters (migration 005): the groups and their history. */
import { listValue } from '@duckdb/node-api';
import type { Duck, Row, Tx } from './duck.ts';

export interface MicroClusterRow {
  id: string;
  cluster: string;
  problem: string;
  problemKind: string;
  label: string;
  members: string[];
  coordinator: string | null;
  state: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MicroClusterEventRow {
  seq: number;
  kind: string;
  note: string | null;
  byWhom: string | null;
  happenedAt: string;
}

const toRow = (r: Row): MicroClusterRow => ({
  id: String(r.id),
  cluster: String(r.cluster),
  problem: String(r.problem),
  problemKind: String(r.problem_kind),
  label: String(r.label),
  members: ((r.members as string[] | null) ?? []).map(String),
  coordinator: (r.coordinator as string | null) ?? null,
  state: String(r.state),
  createdBy: (r.created_by as string | null) ?? null,
  createdAt: String(r.created_at),
  updatedAt: String(r.updated_at),
});

export async function insertMicroCluster(tx: Tx, m: MicroClusterRow): Promise<void> {
  await tx.exec(
    `INSERT INTO micro_clusters VALUES ($id, $cluster, $problem, $kind, $label, $members::VARCHAR[],
       $coordinator, $state, $by, $created, $updated)`,
    {
      id: m.id,
      cluster: m.cluster,
      problem: m.problem,
      kind: m.problemKind,
      label: m.label,
      members: listValue(m.members),
      coordinator: m.coordinator,
      state: m.state,
      by: m.createdBy,
      created: m.createdAt,
      updated: m.updatedAt,
    },
  );
}

export async function updateMicroCluster(
  tx: Tx,
  id: string,
  patch: { state: string; members: string[]; updatedAt: string },
): Promise<void> {
  await tx.exec(
    `UPDATE micro_clusters SET state = $state, members = $members::VARCHAR[], updated_at = $at WHERE id = $id`,
    { id, state: patch.state, members: listValue(patch.members), at: patch.updatedAt },
  );
}

export async function appendMicroClusterEvent(
  tx: Tx,
  id: string,
  e: Omit<MicroClusterEventRow, 'seq'>,
): Promise<number> {
  const r = await tx.all(
    'SELECT coalesce(max(seq), 0) + 1 AS seq FROM micro_cluster_events WHERE micro_cluster = $id',
    { id },
  );
  const seq = Number(r[0].seq);
  await tx.exec('INSERT INTO micro_cluster_events VALUES ($id, $seq, $kind, $note, $by, $at)', {
    id,
    seq,
    kind: e.kind,
    note: e.note,
    by: e.byWhom,
    at: e.happenedAt,
  });
  return seq;
}

const MICRO_WHERE = 'WHERE ($cluster IS NULL OR cluster = $cluster) AND ($id IS NULL OR id = $id)';

/** Micro-clusters, oldest first (ties by id, so pages never overlap); all unless limit is given. */
export async function readMicroClusters(
  db: Duck | Tx,
  q: { cluster?: string; id?: string; limit?: number; offset?: number } = {},
): Promise<MicroClusterRow[]> {
  const rows = await db.all(
    `SELECT * FROM micro_clusters ${MICRO_WHERE} ORDER BY created_at, id LIMIT $limit OFFSET $offset`,
    { cluster: q.cluster ?? null, id: q.id ?? null, limit: q.limit ?? null, offset: q.offset ?? 0 },
  );
  return rows.map(toRow);
}

/** How many micro-clusters readMicroClusters lists without a limit. */
export async function countMicroClusters(
  db: Duck | Tx,
  q: { cluster?: string } = {},
): Promise<number> {
  const rows = await db.all(`SELECT count(*) AS n FROM micro_clusters ${MICRO_WHERE}`, {
    cluster: q.cluster ?? null,
    id: null,
  });
  return Number(rows[0]?.n ?? 0);
}

export async function readMicroClusterEvents(
  db: Duck | Tx,
  id: string,
): Promise<MicroClusterEventRow[]> {
  const rows = await db.all(
    'SELECT * FROM micro_cluster_events WHERE micro_cluster = $id ORDER BY seq',
    { id },
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    kind: String(r.kind),
    note: (r.note as string | null) ?? null,
    byWhom: (r.by_whom as string | null) ?? null,
    happenedAt: String(r.happened_at),
  }));
}
