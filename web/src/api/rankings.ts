import type { RankingsQuery, Rankings, Scorecard } from '../../../src/contract/rankings.ts';
import { get, query } from '../http.ts';

/**
 * The clusters ranked (GET /api/rankings), one cluster's row, and a cluster's
 * scorecard (GET /api/clusters/:id/scorecard): the server's contract.
 */
export type { RankingRow, Rankings, Scorecard } from '../../../src/contract/rankings.ts';

export interface RankingParams {
  designation: string;
  method: NonNullable<RankingsQuery['method']>;
  runs: number;
  /** A person's weights by indicator; empty: the system's. */
  weights: Record<string, number>;
  /** A saved peer set: rank exactly its clusters (the designation is then ignored). */
  peerSet?: string;
}

export const rankingsApi = {
  scorecard: (id: string, peerSet = '') =>
    get<Scorecard>(
      `/api/clusters/${encodeURIComponent(id)}/scorecard${peerSet ? `?${query({ peerSet })}` : ''}`,
    ),
  rank: (p: RankingParams) =>
    get<Rankings>(
      `/api/rankings?${query({
        designation: p.peerSet ? undefined : p.designation || undefined,
        peerSet: p.peerSet || undefined,
        method: p.method,
        runs: p.runs,
        w:
          Object.entries(p.weights)
            .map(([k, v]) => `${k}:${v}`)
            .join(',') || undefined,
      })}`,
    ),
};
