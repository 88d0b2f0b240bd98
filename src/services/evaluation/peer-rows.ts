import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { getPeerSet } from './peer-sets.ts';

/**
 * A metric's rows kept to a saved peer set of regions (its subject and its
 * peers): a row by region (`region`) or a pair (`a`, `b`) is kept when its
 * regions are all in the set. The metric itself is computed over the whole
 * matrix (an LQ's national reference stays the nation's); only what is
 * shown is the set.
 */
export async function keepPeerRows<T extends object>(
  db: Duck,
  peerSet: string,
  rows: readonly T[],
): Promise<{ rows: T[]; regions: string[]; name: string }> {
  const set = await getPeerSet(db, peerSet);
  if (set.subjectType !== 'region')
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `peer set ${set.name} holds clusters; a metric by region takes a set of regions (atlas peers save --type region)`,
      { peerSet },
    );
  const regions = [...(set.subject ? [set.subject] : []), ...set.members.map((m) => m.id)];
  const keep = new Set(regions);
  const inSet = (r: Record<string, unknown>) => {
    const units = ['region', 'a', 'b'].filter((k) => k in r).map((k) => String(r[k]));
    return units.length > 0 && units.every((u) => keep.has(u));
  };
  return {
    rows: rows.filter((r) => inSet(r as Record<string, unknown>)),
    regions,
    name: set.name,
  };
}
