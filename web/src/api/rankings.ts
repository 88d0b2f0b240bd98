import { get, query } from '../http.ts';

export interface RankingRow {
  alternative: string;
  name: string;
  score: number;
  rank: number;
  rank_low?: number;
  rank_high?: number;
  synthetic_share: number;
}

export interface Rankings {
  system: {
    id: string;
    name: { zh: string; en: string };
    dimensions: { id: string; name: { zh: string; en: string }; children: string[] }[];
    indicators: { id: string; name: { zh: string; en: string }; direction: string }[];
  };
  rows: RankingRow[];
  weights: { indicator: string; weight: number }[];
  sensitivity: {
    indicator: string;
    baseWeight: number;
    zeroMeanShift: number;
    zeroMaxShift: number;
  }[];
  warnings: { code: string; message: string }[];
}

export interface RankingParams {
  designation: string;
  method: 'wsum' | 'wgeo' | 'topsis';
  runs: number;
  /** A person's weights by indicator; empty: the system's. */
  weights: Record<string, number>;
}

export const rankingsApi = {
  rank: (p: RankingParams) =>
    get<Rankings>(
      `/api/rankings?${query({
        designation: p.designation || undefined,
        method: p.method,
        runs: p.runs,
        w:
          Object.entries(p.weights)
            .map(([k, v]) => `${k}:${v}`)
            .join(',') || undefined,
      })}`,
    ),
};
