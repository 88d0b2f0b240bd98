import { AtlasError } from '../../core/errors.ts';
import type { PoolActionInput, PoolEntry } from '../../contract/matching.ts';
import type { Duck } from '../../store/duck.ts';
import { qualifySupplier, setConsent, shareSupplier } from './shared-pool.ts';

/**
 * One step in the shared supplier pool, acted by `actor`: the leader
 * qualifies a supplier, the supplier grants, refuses or withdraws consent,
 * the leader shares or stops sharing it with its cluster's other leaders.
 */
export async function poolAction(db: Duck, b: PoolActionInput): Promise<PoolEntry> {
  const key = { cluster: b.cluster, leader: b.leader, supplier: b.supplier };
  switch (b.action) {
    case 'qualify':
      if (b.actor !== b.leader)
        throw new AtlasError('ATLAS_E_FORBIDDEN', 'only the leader qualifies its suppliers', {
          ...key,
        });
      return (await qualifySupplier(db, key, { note: b.note })) as PoolEntry;
    case 'consent':
      if (!b.consent)
        throw new AtlasError('ATLAS_E_BAD_REQUEST', 'consent: granted, refused or withdrawn');
      return (await setConsent(db, key, b.consent, { actor: b.actor })) as PoolEntry;
    default:
      return (await shareSupplier(db, key, {
        actor: b.actor,
        shared: b.action === 'share',
      })) as PoolEntry;
  }
}
