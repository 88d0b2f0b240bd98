import type { Page } from '../types.ts';
import { get, query, send } from '../http.ts';
import type {
  Dashboard,
  Demand,
  DemandMatches,
  MatchStatus,
  PoolEntry,
  RecordedMatch,
} from '../../../src/contract/matching.ts';
import { MATCH_TRANSITIONS } from '../../../src/contract/match-transitions.ts';
import type {
  PlatformWithServices as Platform,
  ServiceRequest,
  ServiceRequestView,
} from '../../../src/contract/service-platforms.ts';

/**
 * The matchmaking answers are the server's contracts (src/contract/matching.ts,
 * service-platforms.ts): types only, so no schema code reaches the browser;
 * the outcome and request steps are plain data without zod.
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
export type { Platform, ServiceRequestView as ServiceRequest };

/** Next states of a match: no step skipped, decline any time. */
export const NEXT_STATUS = MATCH_TRANSITIONS;

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
    get<Page<ServiceRequestView>>(`/api/services/requests?${query({ page, pageSize })}`),
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
    send<Demand>('POST', '/api/demands', { organization, title }),
  recordMatches: (demand: string, top: number) =>
    send<DemandMatches>('POST', '/api/matches', { demand, top }),
};
