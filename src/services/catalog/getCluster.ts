import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import {
  queryCluster,
  queryClusterKindCounts,
  queryClusterMembers,
  queryClusterTagCounts,
  type CountRow,
  type MemberRow,
} from '../../store/queries/clusters.ts';
import { summarise, type ClusterSummary } from './listClusters.ts';

export interface ClusterProfile extends ClusterSummary {
  members: MemberRow[];
  /** True when `members` holds fewer than memberCount (see MEMBER_LIMIT). */
  membersTruncated: boolean;
  byKind: CountRow[];
  byTag: CountRow[];
  /** Share of members that are synthetic, 0..1; null for a cluster without members. */
  syntheticShare: number | null;
}

/** At most this many members travel with a profile; lists page through /organizations. */
export const MEMBER_LIMIT = 1000;

/** One cluster with its regions' names, members, counts by kind and tag, synthetic share. */
export async function getCluster(db: Duck, id: string): Promise<ClusterProfile> {
  const row = await queryCluster(db, id);
  if (!row) throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${id}`, { id });
  const [summary] = await summarise(db, [row]);
  const [members, byKind, byTag] = await Promise.all([
    queryClusterMembers(db, id, MEMBER_LIMIT),
    queryClusterKindCounts(db, id),
    queryClusterTagCounts(db, id),
  ]);
  return {
    ...summary,
    members,
    membersTruncated: members.length < row.memberCount,
    byKind,
    byTag,
    syntheticShare: row.memberCount === 0 ? null : row.syntheticMemberCount / row.memberCount,
  };
}
