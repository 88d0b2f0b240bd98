import { get } from '../http.ts';
import type { CitedFact, ClusterFacts } from '../../../src/contract/clusters.ts';

type FactCoverage = NonNullable<CitedFact['coverage']>;

/** The figures published sources give for a cluster: the server's contract (src/contract/clusters.ts). */
export type { CitedFact, ClusterFacts, FactCoverage };
/** How a reader cites a source (data/citations/ on the server). */
export type Citation = NonNullable<CitedFact['citation']>;

export const clusterFactsApi = {
  facts: (id: string) => get<ClusterFacts>(`/api/clusters/${encodeURIComponent(id)}/facts`),
};
