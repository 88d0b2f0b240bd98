import type { RankingRow, Rankings } from '../../../src/contract/rankings.ts';
import { get, query } from '../http.ts';

/** The clusters ranked (GET /api/rankings) and one cluster's row: the server's contract. */
export type { RankingRow, Rankings } from '../../../src/contract/rankings.ts';

export interface RankingParams {
  designation: string;
  method: 'wsum' | 'wgeo' | 'topsis';
  runs: number;
  /** A person's weights by indicator; empty: the system's. */
  weights: Record<string, number>;
  /** A saved peer set: rank exactly its clusters (the designation is then ignored). */
  peerSet?: string;
}

type Text = { zh: string; en: string };

export interface Scorecard {
  cluster: string;
  name: string;
  /** 'no_member_data': no rank, type, peers or diagnosis (all null or empty). */
  status: 'scored' | 'no_member_data';
  ranking: RankingRow | null;
  typology: null | {
    type: 'basic' | 'key_strategic' | 'frontier' | string;
    decidedBy: string;
    problems: { id: string; name: Text; text: Text; section: string }[];
    path: { id: string; text: Text; section: string }[];
  };
  peers: string[];
  peerChoice: string;
  /** The saved peer set the scorecard is drawn among, if one was chosen. */
  peerSet: { id: string; name: string } | null;
  /** Chosen peers without member data, left out of the comparison. */
  peersLeftOut: string[];
  comparison: {
    indicator: string;
    value: number | null;
    peerMedian: number | null;
    peerBest: number | null;
    rank: number | null;
    of: number;
    position: string;
  }[];
  diagnosis: { problem: string; name: Text; status: string; missing?: string[] }[];
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
