import { get, query } from './http.ts';
import type {
  Cluster,
  ClusterProfile,
  GeoJson,
  HomogeneityAnswer,
  MetricAnswer,
  Region,
  Stats,
} from './types.ts';

/** How the region × industry matrix is built (GET /api/metrics, /api/homogeneity). */
export interface MatrixParams {
  /** Absent: the server's default (employees where any organisation has them, else count). */
  measure?: 'employees' | 'revenue' | 'output' | 'count';
  regionLevel: 'province' | 'prefecture';
  industryLevel: '1' | '2' | '3' | '4';
  /** Absent: the organisations; statistics: the regional statistics an office loaded. */
  source?: 'organizations' | 'statistics';
}

export const api = {
  clusters: () => get<Cluster[]>('/api/clusters'),
  cluster: (id: string) => get<ClusterProfile>(`/api/clusters/${encodeURIComponent(id)}`),
  provinces: () => get<Region[]>('/api/regions?level=province'),
  geo: (level: 'province' | 'prefecture') => get<GeoJson>(`/api/geo/${level}`),
  stats: () => get<Stats>('/api/stats'),
  metric: (name: string, p: MatrixParams) =>
    get<MetricAnswer>(`/api/metrics/${encodeURIComponent(name)}?${query({ ...p })}`),
  homogeneity: (region: string, p: MatrixParams) =>
    get<HomogeneityAnswer>(`/api/homogeneity?${query({ ...p, region, limit: '8' })}`),
};

export { ApiFailure } from './http.ts';
