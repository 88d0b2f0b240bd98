import type { Page } from '../types.ts';
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
  /** The reasons as data (services/matching/explain.ts MatchReason), largest first. */
  why?: MatchReason[];
  distanceKm: number | null;
  qualifiedBy: string[];
}

export interface MatchReason {
  part: string;
  value: number;
  contribution: number;
  share: number;
  terms?: string[];
  nodes?: string[];
  sameNode?: boolean;
  km?: number;
  size?: string | null;
  tags?: string[];
  pastLinks?: number;
  peers?: string[];
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

export type MatchStatus = 'proposed' | 'contacted' | 'sample_trial' | 'contract' | 'declined';

/** Next states of a match (services/matching/outcomes.ts): no step skipped, decline any time. */
export const NEXT_STATUS: Record<MatchStatus, MatchStatus[]> = {
  proposed: ['contacted', 'declined'],
  contacted: ['sample_trial', 'declined'],
  sample_trial: ['contract', 'declined'],
  contract: [],
  declined: [],
};

export interface RecordedMatch {
  id: string;
  buyer: string;
  supplier: string;
  buyer_name?: string;
  supplier_name?: string;
  score?: number;
  status: MatchStatus;
  updated_at: string;
}

export interface Platform {
  id: string;
  organization?: string;
  name: string;
  category: string;
  region?: string;
  synthetic: boolean;
  provenance: { method?: string; verified?: boolean };
  services: { id: string; name: string; category: string }[];
}

export interface ServiceRequest {
  id: string;
  service: string;
  service_name: string;
  platform_name: string;
  platform_organization?: string;
  requester: string;
  requester_name: string;
  message?: string;
  status: 'requested' | 'accepted' | 'declined' | 'done';
  answer?: string;
  requested_at: string;
}

export const matchingApi = {
  matches: (page = 1, pageSize = 30) =>
    get<Page<RecordedMatch>>(`/api/matches?${query({ page, pageSize })}`),
  moveMatch: (id: string, status: MatchStatus) =>
    send<RecordedMatch>('POST', `/api/matches/${encodeURIComponent(id)}`, { status }),
  platforms: (category?: string, page = 1, pageSize = 24) =>
    get<Page<Platform>>(
      `/api/services?${query({ category: category || undefined, page, pageSize })}`,
    ),
  requests: (page = 1, pageSize = 20) =>
    get<Page<ServiceRequest>>(`/api/services/requests?${query({ page, pageSize })}`),
  requestService: (service: string, requester: string, message?: string) =>
    send<ServiceRequest>('POST', '/api/services', { service, requester, message }),
  answerRequest: (id: string, status: 'accepted' | 'declined' | 'done') =>
    send<ServiceRequest>('POST', `/api/services/requests/${encodeURIComponent(id)}`, { status }),
  pool: (as: string, page = 1, pageSize = 50) =>
    get<Page<PoolEntry>>(`/api/pool?${query({ as, page, pageSize })}`),
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
