import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  clusterLeaders,
  readPoolEntry,
  readPool,
  organizationExists,
  upsertRows,
  type PoolRow,
} from '../../store/matching.ts';
import { invalidateMatching } from './matching-cache.ts';
import { stamp } from './now.ts';

/**
 * The shared supplier pool (主配协同: Changsha's main-machine makers share
 * their suppliers, as 《产业集群|跨省域电子信息先进制造业集群如何共建?》, Chan Cheng magazine, May 2023). Rules:
 * 1. Only a chain leader of the cluster may qualify a supplier there, and a
 *    leader only its own entries may share or unshare.
 * 2. A qualified supplier is shared with the other leaders of that cluster
 *    only after the supplier itself consented; without consent sharing is
 *    refused (ATLAS_E_POOL_CONSENT). Refusing or withdrawing consent unshares.
 * 3. A shared entry is visible to the other chain leaders of the same cluster
 *    and to nobody else; they see the supplier in matches as "qualified by a
 *    peer". The qualifying leader sees its own entries, never as a peer's.
 */
export interface PoolKey {
  cluster: string;
  leader: string;
  supplier: string;
}

async function mustBeLeader(db: Duck, cluster: string, leader: string): Promise<void> {
  if (!(await clusterLeaders(db, cluster)).includes(leader))
    throw new AtlasError(
      'ATLAS_E_FORBIDDEN',
      `${leader} is not a chain leader of cluster ${cluster}; only its leaders keep a supplier pool`,
      { cluster, leader },
    );
}

async function entry(db: Duck, key: PoolKey): Promise<PoolRow> {
  const e = await readPoolEntry(db, key);
  if (!e)
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `${key.supplier} is not qualified by ${key.leader} in ${key.cluster}`,
      { ...key },
    );
  return e;
}

async function save(db: Duck, row: PoolRow): Promise<PoolRow> {
  await db.transaction((tx) => upsertRows(tx, 'supplier_pool', [row]));
  invalidateMatching(db);
  return row;
}

/** A leader records a supplier it has qualified; consent starts pending. */
export async function qualifySupplier(
  db: Duck,
  key: PoolKey,
  opts: { note?: string; now?: Date | string } = {},
): Promise<PoolRow> {
  await mustBeLeader(db, key.cluster, key.leader);
  if (key.supplier === key.leader)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'a leader cannot qualify itself', { ...key });
  if (!(await organizationExists(db, key.supplier)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation ${key.supplier}`, { ...key });
  const old = await readPoolEntry(db, key);
  if (old) return old;
  return save(db, {
    ...key,
    consent: 'pending',
    shared: false,
    qualified_at: stamp(opts.now),
    note: opts.note,
  });
}

/** The supplier (and only it: `actor`) grants, refuses or withdraws consent. */
export async function setConsent(
  db: Duck,
  key: PoolKey,
  consent: 'granted' | 'refused' | 'withdrawn',
  opts: { actor: string; now?: Date | string },
): Promise<PoolRow> {
  if (opts.actor !== key.supplier)
    throw new AtlasError(
      'ATLAS_E_FORBIDDEN',
      `only the supplier ${key.supplier} may give or withdraw its consent`,
      { ...key, actor: opts.actor },
    );
  const e = await entry(db, key);
  if (consent === 'withdrawn' && e.consent !== 'granted')
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'only a granted consent can be withdrawn', {
      ...key,
      consent: e.consent,
    });
  return save(db, {
    ...e,
    consent,
    consent_at: stamp(opts.now),
    shared: consent === 'granted' ? e.shared : false,
  });
}

/** The qualifying leader shares the supplier with its cluster's other leaders. */
export async function shareSupplier(
  db: Duck,
  key: PoolKey,
  opts: { actor: string; shared?: boolean; now?: Date | string },
): Promise<PoolRow> {
  if (opts.actor !== key.leader)
    throw new AtlasError('ATLAS_E_FORBIDDEN', `only ${key.leader} may share its own entry`, {
      ...key,
      actor: opts.actor,
    });
  await mustBeLeader(db, key.cluster, key.leader);
  const e = await entry(db, key);
  const share = opts.shared ?? true;
  if (share && e.consent !== 'granted')
    throw new AtlasError(
      'ATLAS_E_POOL_CONSENT',
      `${key.supplier} has not consented to be shared (consent: ${e.consent})`,
      { ...key, consent: e.consent },
    );
  return save(db, { ...e, shared: share, shared_at: share ? stamp(opts.now) : e.shared_at });
}

/** Pool entries a viewer may see as a peer's: supplier → the leaders that qualified it. */
export async function poolVisibleTo(db: Duck, viewer: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const shared = (await readPool(db)).filter((e) => e.shared && e.consent === 'granted');
  const leadersOf = new Map<string, string[]>();
  for (const e of shared) {
    if (e.leader === viewer) continue;
    let leaders = leadersOf.get(e.cluster);
    if (!leaders) leadersOf.set(e.cluster, (leaders = await clusterLeaders(db, e.cluster)));
    if (!leaders.includes(viewer)) continue;
    out.set(e.supplier, [...(out.get(e.supplier) ?? []), e.leader]);
  }
  return out;
}

/** The pool as a viewer may list it: its own entries, and peers' shared ones. */
export async function listPoolFor(
  db: Duck,
  viewer: string,
): Promise<Array<PoolRow & { peer: boolean }>> {
  const visible = await poolVisibleTo(db, viewer);
  return (await readPool(db))
    .filter((e) => e.leader === viewer || (visible.get(e.supplier)?.includes(e.leader) ?? false))
    .map((e) => ({ ...e, peer: e.leader !== viewer }));
}

/** The other way round: buyers that see `supplier` as a peer's, with those peers. */
export async function buyersSeeingSupplier(
  db: Duck,
  supplier: string,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const e of await readPool(db, { supplier })) {
    if (!e.shared || e.consent !== 'granted') continue;
    for (const viewer of await clusterLeaders(db, e.cluster))
      if (viewer !== e.leader) out.set(viewer, [...(out.get(viewer) ?? []), e.leader]);
  }
  return out;
}
