import type {
  ApiError,
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
  measure: 'employees' | 'revenue' | 'output' | 'count';
  regionLevel: 'province' | 'prefecture';
  industryLevel: '1' | '2' | '3' | '4';
}

const query = (p: Record<string, string>) => new URLSearchParams(p).toString();

/** An API error answer ({code, message, details}) as an exception. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(`${body.code}: ${body.message}`);
  }
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as Partial<ApiError>;
    throw new ApiFailure(res.status, {
      code: body.code ?? `HTTP_${res.status}`,
      message: body.message ?? res.statusText,
      details: body.details,
    });
  }
  return (await res.json()) as T;
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
