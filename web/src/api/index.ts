import type { GeoLevel } from '../../../src/contract/geo.ts';
import type { MatrixQuery } from '../../../src/contract/metrics.ts';
import { get, query } from '../http.ts';
import type {
  Cluster,
  ClusterProfile,
  GeoJson,
  HomogeneityAnswer,
  MetricAnswer,
  Region,
  Stats,
} from '../types.ts';

/** How the region × industry matrix is asked for (GET /api/metrics, /api/homogeneity): the contract's words. */
export interface MatrixParams {
  /** Absent: the server's default (employees where any organisation has them, else count). */
  measure?: MatrixQuery['measure'];
  regionLevel: NonNullable<MatrixQuery['regionLevel']>;
  /** The GB/T 4754 levels (the pages never ask for free labels). */
  industryLevel: Exclude<NonNullable<MatrixQuery['industryLevel']>, 'label'>;
  /** Absent: the organisations; statistics: the regional statistics an office loaded. */
  source?: MatrixQuery['source'];
}

export const api = {
  clusters: () => get<Cluster[]>('/api/clusters'),
  cluster: (id: string) => get<ClusterProfile>(`/api/clusters/${encodeURIComponent(id)}`),
  provinces: () => get<Region[]>('/api/regions?level=province'),
  geo: (level: GeoLevel) => get<GeoJson>(`/api/geo/${level}`),
  stats: () => get<Stats>('/api/stats'),
  metric: (name: string, p: MatrixParams) =>
    get<MetricAnswer>(`/api/metrics/${encodeURIComponent(name)}?${query({ ...p })}`),
  homogeneity: (region: string, p: MatrixParams) =>
    get<HomogeneityAnswer>(`/api/homogeneity?${query({ ...p, region, limit: '8' })}`),
};
