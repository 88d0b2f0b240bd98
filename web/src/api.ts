import type { ApiError, Cluster, ClusterProfile, GeoJson, Region, Stats } from './types.ts';

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
};
