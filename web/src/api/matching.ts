import { get, query, send } from '../http.ts';

export interface MatchRow {
  rank: number;
  capability: string;
  title: string;
  supplier: {
    id: string;
    name: string;
    region: string | null;
    size: string | null;
    tags: string[];
    synthetic: boolean;
  };
  score: number;
  reasons: string[];
  distanceKm: number | null;
  qualifiedBy: string[];
}

export interface RankAnswer {
  candidates: number;
  matches: MatchRow[];
}

export interface Dashboard {
  period: string;
  totals: {
    smesWithLeaders: number;
    leaders: number;
    matches: number;
    byStatus: Record<string, number>;
  };
  byLeader: { leader: string; leaderName?: string; smes: number; matches: number }[];
}

export interface PoolEntry {
  cluster: string;
  leader: string;
  supplier: string;
  consent: string;
  shared: boolean;
  /** Shared by another leader of the cluster (qualified by a peer). */
  peer: boolean;
}

export const matchingApi = {
  pool: (as: string) => get<PoolEntry[]>(`/api/pool?${query({ as })}`),
  rank: (q: string, buyer?: string, region?: string) =>
    get<RankAnswer>(
      `/api/matches/rank?${query({ q, buyer: buyer || undefined, region: region || undefined, top: 10 })}`,
    ),
  dashboard: () => get<Dashboard>('/api/matches/dashboard?period=year'),
  postDemand: (organization: string, title: string) =>
    send<{ id: string }>('POST', '/api/demands', { organization, title }),
  recordMatches: (demand: string, top: number) =>
    send<unknown>('POST', '/api/matches', { demand, top }),
};
