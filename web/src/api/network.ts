import type {
  ClusterNetwork,
  GatheringCheck,
  NetworkExplorer,
  NetworkStatus,
  NetworkSummary,
} from '../../../src/contract/network.ts';
import type { Disruption, NodeShift } from '../../../src/contract/resilience.ts';
import { get } from '../http.ts';

export type { GatheringCheck, NetworkStatus, NetworkSummary, NodeShift };
/** Its synthetic mark: organizations are the members judged, links those among the answer's organisations. */
export type NetworkAnswer = ClusterNetwork;
/** Its synthetic mark is over the supply network it ran on. */
export type DisruptionReport = Disruption;
/** A disruption read on a cluster's chain: its panorama before and after. */
export type ChainDisruptionReport = Disruption & { chain: NonNullable<Disruption['chain']> };
export type ExplorerAnswer = NetworkExplorer;

export const networkApi = {
  explorer: (types: string[]) =>
    get<ExplorerAnswer>(`/api/networks/explorer?types=${encodeURIComponent(types.join(','))}`),
  disruptNode: (cluster: string, chain: string, node: string, bufferDays: number) =>
    get<ChainDisruptionReport>(
      `/api/resilience?${new URLSearchParams({ cluster, chain, node, bufferDays: String(bufferDays) })}`,
    ),
  disrupt: (remove: string, bufferDays: number) =>
    get<DisruptionReport>(
      `/api/resilience?remove=${encodeURIComponent(remove)}&bufferDays=${bufferDays}`,
    ),
  all: () => get<NetworkSummary[]>('/api/networks'),
  cluster: (id: string) => get<NetworkAnswer>(`/api/clusters/${encodeURIComponent(id)}/network`),
};
