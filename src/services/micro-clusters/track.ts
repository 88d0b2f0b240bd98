import { randomUUID } from 'node:crypto';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { existingOrganizations } from '../../store/matching.ts';
import {
  appendMicroClusterEvent,
  countMicroClusters as countMicroClusterRows,
  insertMicroCluster,
  readMicroClusterEvents,
  readMicroClusters,
  updateMicroCluster,
  type MicroClusterRow,
} from '../../store/micro-clusters.ts';
import { readOrganizationNames } from '../../store/organizations.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import {
  MICRO_CLUSTER_EVENTS,
  type MicroCluster,
  type MicroClusterEventKind,
} from '../../contract/micro-clusters.ts';

export { MICRO_CLUSTER_EVENTS, type MicroClusterEventKind };

/** A micro-cluster with its members, log and names (src/contract/micro-clusters.ts). */
export type MicroClusterWithLog = MicroCluster;

export interface CreateMicroCluster {
  cluster: string;
  problem: string;
  problemKind: 'topic' | 'chain_node';
  label: string;
  members: string[];
  coordinator?: string;
}

async function mustExist(db: Duck, ids: readonly string[]): Promise<void> {
  const known = await existingOrganizations(db, ids);
  const missing = ids.filter((x) => !known.has(x));
  if (missing.length)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${missing.join(', ')}`, {
      organizations: missing,
    });
}

/** Starts a micro-cluster (state active) with its members; refuses a problem an active group already has. */
export async function createMicroCluster(
  db: Duck,
  req: CreateMicroCluster,
  actor: string | null,
  now: Date = new Date(),
): Promise<MicroClusterWithLog> {
  if (!(await readCluster(db, req.cluster)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${req.cluster}`, {
      id: req.cluster,
    });
  const members = [...new Set(req.members)].sort();
  if (members.length < 2)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'a micro-cluster needs at least 2 members', {
      members,
    });
  await mustExist(db, req.coordinator ? [...members, req.coordinator] : members);
  const active = (await readMicroClusters(db, { cluster: req.cluster })).find(
    (m) => m.problem === req.problem && m.state === 'active',
  );
  if (active)
    throw new AtlasError('ATLAS_E_BAD_VALUE', `micro-cluster ${active.id} already works on this`, {
      id: active.id,
      problem: req.problem,
    });
  const at = now.toISOString();
  const id = `mc-${randomUUID().slice(0, 8)}`;
  await db.transaction(async (tx) => {
    await insertMicroCluster(tx, {
      id,
      cluster: req.cluster,
      problem: req.problem,
      problemKind: req.problemKind,
      label: req.label,
      members,
      coordinator: req.coordinator ?? null,
      state: 'active',
      createdBy: actor,
      createdAt: at,
      updatedAt: at,
    });
    await appendMicroClusterEvent(tx, id, {
      kind: 'created',
      note: `${members.length} members`,
      byWhom: actor,
      happenedAt: at,
    });
  });
  return getMicroCluster(db, id);
}

export async function getMicroCluster(db: Duck, id: string): Promise<MicroClusterWithLog> {
  const [m] = await readMicroClusters(db, { id });
  if (!m) throw new AtlasError('ATLAS_E_NOT_FOUND', `no micro-cluster ${id}`, { id });
  return withLog(db, m);
}

async function withLog(db: Duck, m: MicroClusterRow): Promise<MicroClusterWithLog> {
  const ids = m.coordinator ? [...m.members, m.coordinator] : m.members;
  // The store holds only the kinds and states this module writes.
  return {
    ...m,
    problemKind: m.problemKind as MicroCluster['problemKind'],
    state: m.state as MicroCluster['state'],
    events: (await readMicroClusterEvents(db, m.id)) as MicroCluster['events'],
    names: Object.fromEntries(await readOrganizationNames(db, ids)),
  };
}

/**
 * Records what a micro-cluster did: a meeting or a joint project (with a
 * note), a member joining or leaving (with the organisation), closing or
 * reopening it. A closed group takes only `reopened`.
 */
export async function logMicroCluster(
  db: Duck,
  id: string,
  e: { kind: MicroClusterEventKind; note?: string; organization?: string },
  actor: string | null,
  now: Date = new Date(),
): Promise<MicroClusterWithLog> {
  const m = await getMicroCluster(db, id);
  if (!MICRO_CLUSTER_EVENTS.includes(e.kind))
    throw new AtlasError('ATLAS_E_BAD_VALUE', `unknown event ${e.kind}`, {
      allowed: MICRO_CLUSTER_EVENTS,
    });
  if (m.state === 'closed' && e.kind !== 'reopened')
    throw new AtlasError('ATLAS_E_BAD_VALUE', `micro-cluster ${id} is closed; reopen it first`, {
      id,
      kind: e.kind,
    });
  if (m.state === 'active' && e.kind === 'reopened')
    throw new AtlasError('ATLAS_E_BAD_VALUE', `micro-cluster ${id} is active`, { id });
  let members = m.members;
  if (e.kind === 'member_joined' || e.kind === 'member_left') {
    if (!e.organization)
      throw new AtlasError('ATLAS_E_BAD_VALUE', `${e.kind} needs the organisation`, { id });
    await mustExist(db, [e.organization]);
    members =
      e.kind === 'member_joined'
        ? [...new Set([...members, e.organization])].sort()
        : members.filter((x) => x !== e.organization);
  }
  const state = e.kind === 'closed' ? 'closed' : e.kind === 'reopened' ? 'active' : m.state;
  const at = now.toISOString();
  await db.transaction(async (tx) => {
    await updateMicroCluster(tx, id, { state, members, updatedAt: at });
    await appendMicroClusterEvent(tx, id, {
      kind: e.kind,
      note: [e.organization, e.note].filter(Boolean).join(' · ') || null,
      byWhom: actor,
      happenedAt: at,
    });
  });
  return getMicroCluster(db, id);
}

/** The micro-clusters of a cluster with their logs, oldest first: all, or one page (limit, offset). */
export async function listMicroClusters(
  db: Duck,
  cluster: string,
  page: { limit?: number; offset?: number } = {},
): Promise<MicroClusterWithLog[]> {
  const rows = await readMicroClusters(db, { cluster, ...page });
  return Promise.all(rows.map((m) => withLog(db, m)));
}

/** How many micro-clusters listMicroClusters lists without a limit. */
export async function countMicroClusters(db: Duck, cluster: string): Promise<number> {
  return countMicroClusterRows(db, { cluster });
}
