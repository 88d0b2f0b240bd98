import type {
  UsClusterList,
  WorldBenchmark,
  WorldClusterList,
} from '../../../src/contract/world.ts';
import { get, query } from '../http.ts';

export type { UsClusterList, WorldBenchmark, WorldClusterList };

export const worldApi = {
  clusters: () => get<WorldClusterList>('/api/world/clusters'),
  usClusters: () => get<UsClusterList>('/api/world/us-clusters'),
  benchmark: (p: { field?: string; cluster?: string }) =>
    get<WorldBenchmark>(`/api/world/benchmark?${query(p)}`),
};
