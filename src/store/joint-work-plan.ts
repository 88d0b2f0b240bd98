/** SQL of the joint work plan of cross-province clusters (migration joint-work-plan). */
import type { Duck, Row, Tx } from './duck.ts';

export interface WorkItemRow {
  id: string;
  cluster: string;
  kind: string;
  title: string;
  detail: string | null;
  node: string | null;
  leadProvince: string;
  leadOrganization: string | null;
  state: string;
  due: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const opt = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const toRow = (r: Row): WorkItemRow => ({
  id: String(r.id),
  cluster: String(r.cluster),
  kind: String(r.kind),
  title: String(r.title),
  detail: opt(r.detail),
  node: opt(r.node),
  leadProvince: String(r.lead_province),
  leadOrganization: opt(r.lead_organization),
  state: String(r.state),
  due: opt(r.due),
  createdBy: opt(r.created_by),
  createdAt: String(r.created_at),
  updatedAt: String(r.updated_at),
});

const params = (w: WorkItemRow) => ({
  id: w.id,
  cluster: w.cluster,
  kind: w.kind,
  title: w.title,
  detail: w.detail,
  node: w.node,
  lead: w.leadProvince,
  org: w.leadOrganization,
  state: w.state,
  due: w.due,
  by: w.createdBy,
  created: w.createdAt,
  updated: w.updatedAt,
});

export async function insertWorkItem(tx: Tx, w: WorkItemRow): Promise<void> {
  await tx.exec(
    `INSERT INTO joint_work_items VALUES ($id, $cluster, $kind, $title, $detail, $node, $lead, $org,
       $state, $due, $by, $created, $updated)`,
    params(w),
  );
}

/** Replaces an item's editable fields (kind, title, detail, node, leads, state, due) and its update time. */
export async function updateWorkItem(tx: Tx, w: WorkItemRow): Promise<void> {
  await tx.exec(
    `UPDATE joint_work_items SET kind = $kind, title = $title, detail = $detail, node = $node,
       lead_province = $lead, lead_organization = $org, state = $state, due = $due,
       updated_at = $updated
     WHERE id = $id`,
    {
      id: w.id,
      kind: w.kind,
      title: w.title,
      detail: w.detail,
      node: w.node,
      lead: w.leadProvince,
      org: w.leadOrganization,
      state: w.state,
      due: w.due,
      updated: w.updatedAt,
    },
  );
}

export async function deleteWorkItem(tx: Tx, id: string): Promise<void> {
  await tx.exec('DELETE FROM joint_work_items WHERE id = $id', { id });
}

export async function readWorkItem(db: Duck, id: string): Promise<WorkItemRow | undefined> {
  const r = await db.one('SELECT * FROM joint_work_items WHERE id = $id', { id });
  return r ? toRow(r) : undefined;
}

/** A cluster's board: by kind, then creation time. */
export async function readWorkItems(db: Duck, cluster: string): Promise<WorkItemRow[]> {
  const rows = await db.all(
    `SELECT * FROM joint_work_items WHERE cluster = $cluster ORDER BY kind, created_at, id`,
    { cluster },
  );
  return rows.map(toRow);
}
