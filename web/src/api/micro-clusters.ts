import type {
  MicroCluster,
  MicroClusterProposal,
  MicroClusterProposals,
} from '../../../src/contract/micro-clusters.ts';
import type { Page } from '../../../src/contract/paging.ts';
import { get, query, send } from '../http.ts';

export type { MicroClusterProposal };
export type MicroClusterGroup = MicroCluster;
export type MicroClusters = MicroClusterProposals;

export const microClusterApi = {
  list: (cluster: string, chain: string) =>
    get<MicroClusters>(
      `/api/clusters/${encodeURIComponent(cluster)}/micro-clusters?${query({ chain })}`,
    ),
  /** The groups started in the cluster, oldest first, one page at a time. */
  groups: (cluster: string, page = 1, pageSize = 20) =>
    get<Page<MicroClusterGroup>>(`/api/micro-clusters?${query({ cluster, page, pageSize })}`),
  start: (cluster: string, p: MicroClusterProposal) =>
    send<MicroClusterGroup>('POST', '/api/micro-clusters', {
      cluster,
      problem: p.problem,
      problemKind: p.kind,
      label: p.label,
      members: p.members.map((m) => m.id),
    }),
  log: (id: string, kind: string, note?: string) =>
    send<MicroClusterGroup>('POST', `/api/micro-clusters/${encodeURIComponent(id)}`, {
      kind,
      note: note || undefined,
    }),
};
