import type { Page } from '../types.ts';
import { get, query, send } from '../http.ts';
import type {
  Dashboard,
  DemandMatches,
  MatchStatus,
  PoolEntry,
  RecordedMatch,
} from '../../../src/contract/matching.ts';
import { MATCH_TRANSITIONS } from '../../../src/contract/match-transitions.ts';

/**
 * The matchmaking answers are the server's contract (src/contract/matching.ts):
 * types only, so no schema code reaches the browser; the outcome steps are
 * plain data (src/contract/match-transitions.ts).
 */
export type {
  Dashboard,
  MatchReason,
  MatchStatus,
  PoolEntry,
  RecordedMatch,
  SupplierMatch,
} from '../../../src/contract/matching.ts';
export type RankAnswer = DemandMatches;

/** Next states of a match: no step skipped, decline any time. */
export const NEXT_STATUS = MATCH_TRANSITIONS;

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
    send<DemandMatches>('POST', '/api/matches', { demand, top }),
};
