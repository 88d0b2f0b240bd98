import { AtlasError } from '../../core/errors.ts';
import type { ClusterMember, ClusterProfile } from '../../contract/clusters.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readCluster,
  readClusterKindCounts,
  readClusterMembers,
  readClusterTagCounts,
} from '../../store/queries/clusters.ts';
import { summarise } from './list-clusters.ts';

/** At most this many members travel with a profile; lists page through /organizations. */
export const MEMBER_LIMIT = 1000;

/** One cluster with its regions' names, members, counts by kind and tag, synthetic share. */
export async function getCluster(db: Duck, id: string): Promise<ClusterProfile> {
  const row = await readCluster(db, id);
  if (!row) throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${id}`, { id });
  const [summary] = await summarise(db, [row]);
  const [members, byKind, byTag] = await Promise.all([
    readClusterMembers(db, id, MEMBER_LIMIT),
    readClusterKindCounts(db, id),
    readClusterTagCounts(db, id),
  ]);
  return {
    ...summary,
    // The store holds what the core's provenance model parsed.
    members: members as ClusterMember[],
    membersTruncated: members.length < row.memberCount,
    byKind,
    byTag,
    syntheticShare: row.memberCount === 0 ? null : row.syntheticMemberCount / row.memberCount,
  };
}
