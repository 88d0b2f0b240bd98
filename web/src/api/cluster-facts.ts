import { get } from '../http.ts';

/** How a reader cites a source (data/citations/ on the server). */
export interface Citation {
  key: string;
  title: string;
  titleEn?: string;
  authors: string[];
  authorsEn?: string[];
  publisher?: string;
  publisherEn?: string;
  year: number;
  date?: string;
  doi?: string;
  url?: string;
  kind: string;
}

export type FactCoverage =
  | { kind: 'firms'; held: number; of: number; share: number; synthetic: number }
  | {
      kind: 'sum';
      measure: 'employees' | 'revenue' | 'output';
      year: number;
      sum: number | null;
      organizations: number;
      share: number | null;
      suppressed: boolean;
    };

export interface CitedFact {
  indicator: string;
  /** As the source states it (its quotation wins over a stored value it contradicts). */
  value: number;
  /** As stored in the atlas. */
  stored: number;
  quoted: number | null;
  /** '10k yuan' (万元), 'firms', 'share' (a fraction), … */
  unit: string | null;
  year: number | null;
  qualifier: 'over' | 'about' | 'nearly' | null;
  quote: string | null;
  source: string;
  citation: Citation | null;
  verified: boolean;
  coverage: FactCoverage | null;
}

export interface ClusterFacts {
  cluster: string;
  facts: CitedFact[];
  warnings: { code: string; message: string; details?: Record<string, unknown> }[];
}

export const clusterFactsApi = {
  facts: (id: string) => get<ClusterFacts>(`/api/clusters/${encodeURIComponent(id)}/facts`),
};
