import type { z } from 'zod';
import type {
  PeerSet,
  PeerSetInput,
  PeerSetList,
  PeerSuggestion,
  PeerSuggestionList,
  YearsRanking,
} from '../../../src/contract/evaluation.ts';
import type { Deleted } from '../../../src/contract/deleted.ts';
import { get, query, send } from '../http.ts';

export type { PeerSet, PeerSuggestion, YearsRanking };

export interface YearsParams {
  designation: string;
  years: string;
  baseYear: number | undefined;
  runs: number;
  peerSet?: string;
}

/** The horse race over years and named peer sets (src/contract/evaluation.ts). */
export const peersApi = {
  years: (p: YearsParams) =>
    get<YearsRanking>(
      `/api/rankings/years?${query({
        designation: p.peerSet ? undefined : p.designation || undefined,
        years: p.years || undefined,
        baseYear: p.baseYear,
        runs: p.runs,
        peerSet: p.peerSet,
      })}`,
    ),
  list: (subject?: string) =>
    get<z.output<typeof PeerSetList>>(`/api/peer-sets?${query({ subject })}`),
  save: (body: Omit<PeerSetInput, 'subjectType'>) =>
    send<PeerSet>('POST', '/api/peer-sets', { ...body, subjectType: 'cluster' }),
  /** A region's peers (subject and members: GB/T 2260 codes or names). */
  saveRegions: (body: Omit<PeerSetInput, 'subjectType'> & { subject: string }) =>
    send<PeerSet>('POST', '/api/peer-sets', { ...body, subjectType: 'region' }),
  remove: (id: string) => send<Deleted>('DELETE', `/api/peer-sets/${encodeURIComponent(id)}`),
  suggest: (cluster: string) =>
    get<z.output<typeof PeerSuggestionList>>(
      `/api/clusters/${encodeURIComponent(cluster)}/peer-suggestions?limit=5`,
    ),
};
