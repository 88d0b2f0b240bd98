import { randomUUID } from 'node:crypto';
import {
  NewWorkItem,
  WorkItemChange,
  type WorkItem,
  type WorkPlan,
} from '../../contract/cross-region.ts';
import type { Deleted } from '../../contract/deleted.ts';
import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  deleteWorkItem,
  insertWorkItem,
  readWorkItem,
  readWorkItems,
  updateWorkItem,
  type WorkItemRow,
} from '../../store/joint-work-plan.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readPlacedMembers } from '../../store/queries/cross-region.ts';
import { readRegions } from '../../store/queries/regions.ts';

/**
 * The joint work plan of a cluster that spans provinces: shared targets,
 * shared platforms and actions, each led by one side (a province of the
 * cluster) or by both ('joint'). Everyone sees the board; analysts and
 * admins edit it (the API's default rule for writes). Bad input names the
 * field and writes nothing.
 */
const JOINT = { code: 'joint', nameZh: '双方共同', nameEn: 'Both sides jointly' };

async function leadsOf(db: Duck, cluster: string) {
  const c = await readCluster(db, cluster);
  if (!c)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${cluster}`, { id: cluster });
  const provinces = new Set(c.regions.map((r) => `${r.slice(0, 2)}0000`));
  for (const m of await readPlacedMembers(db, cluster)) if (m.province) provinces.add(m.province);
  const rows = await readRegions(db, { codes: [...provinces] });
  return [
    ...rows
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn ?? r.nameZh })),
    JOINT,
  ];
}

const toItem = (r: WorkItemRow): WorkItem => r as WorkItem;

export async function workPlan(db: Duck, cluster: string): Promise<WorkPlan> {
  const leads = await leadsOf(db, cluster);
  return { cluster, leads, items: (await readWorkItems(db, cluster)).map(toItem) };
}

function invalid(issue: { path: PropertyKey[]; message: string }): AtlasError {
  const field = issue.path.map(String).join('.') || 'body';
  return new AtlasError('ATLAS_E_BAD_VALUE', `work item ${field}: ${issue.message}`, { field });
}

async function checkLead(db: Duck, cluster: string, lead: string): Promise<void> {
  const leads = await leadsOf(db, cluster);
  if (!leads.some((l) => l.code === lead))
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `work item leadProvince: ${lead} is not a side of this cluster (one of ${leads.map((l) => l.code).join(', ')})`,
      { field: 'leadProvince', value: lead },
    );
}

export async function addWorkItem(
  db: Duck,
  cluster: string,
  input: unknown,
  viewer: Viewer,
): Promise<WorkItem> {
  const parsed = NewWorkItem.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!);
  const v = parsed.data;
  await checkLead(db, cluster, v.leadProvince);
  const now = new Date().toISOString();
  const row: WorkItemRow = {
    id: `wp-${randomUUID().slice(0, 8)}`,
    cluster,
    kind: v.kind,
    title: v.title,
    detail: v.detail ?? null,
    node: v.node ?? null,
    leadProvince: v.leadProvince,
    leadOrganization: v.leadOrganization ?? null,
    state: v.state,
    due: v.due ?? null,
    createdBy: viewer.user ?? null,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction((tx) => insertWorkItem(tx, row));
  return toItem(row);
}

async function existing(db: Duck, id: string): Promise<WorkItemRow> {
  const row = await readWorkItem(db, id);
  if (!row) throw new AtlasError('ATLAS_E_NOT_FOUND', `no work item with id ${id}`, { id });
  return row;
}

export async function changeWorkItem(db: Duck, id: string, input: unknown): Promise<WorkItem> {
  const parsed = WorkItemChange.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!);
  const row = await existing(db, id);
  const c = parsed.data;
  if (c.leadProvince !== undefined) await checkLead(db, row.cluster, c.leadProvince);
  const next: WorkItemRow = {
    ...row,
    kind: c.kind ?? row.kind,
    title: c.title ?? row.title,
    detail: c.detail === undefined ? row.detail : c.detail,
    node: c.node === undefined ? row.node : c.node,
    leadProvince: c.leadProvince ?? row.leadProvince,
    leadOrganization: c.leadOrganization === undefined ? row.leadOrganization : c.leadOrganization,
    state: c.state ?? row.state,
    due: c.due === undefined ? row.due : c.due,
    updatedAt: new Date().toISOString(),
  };
  await db.transaction((tx) => updateWorkItem(tx, next));
  return toItem(next);
}

export async function removeWorkItem(db: Duck, id: string): Promise<Deleted> {
  await existing(db, id);
  await db.transaction((tx) => deleteWorkItem(tx, id));
  return { deleted: id };
}
