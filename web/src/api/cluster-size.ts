import { get } from '../http.ts';
import type { ClusterSize, Growth, SizeCell, SizeMeasure } from '../../../src/contract/clusters.ts';

/** A cluster's size and growth: the server's contract (src/contract/clusters.ts). */
export type { ClusterSize, Growth, SizeCell, SizeMeasure };

export const clusterSizeApi = {
  size: (id: string) => get<ClusterSize>(`/api/clusters/${encodeURIComponent(id)}/size`),
};
