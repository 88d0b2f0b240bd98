import { get, query, send } from '../http.ts';
import type { Page } from '../types.ts';

export interface MicroClusterProposal {
  problem: string;
  label: string;
  kind: 'topic' | 'chain_node';
  members: { id: string; name: string; kind: string; member: boolean; synthetic: boolean }[];
  firms: number;
  research: number;
  score: number;
  omitted: number;
}

export interface MicroClusterGroup {
  id: string;
  cluster: string;
  problem: string;
  problemKind: 'topic' | 'chain_node';
  label: string;
  members: string[];
  state: 'active' | 'closed';
  names: Record<string, string>;
  events: { seq: number; kind: string; note: string | null; happenedAt: string }[];
}

export interface MicroClusters {
  proposals: MicroClusterProposal[];
  taken: string[];
  rule: string;
}

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
