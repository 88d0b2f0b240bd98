import { get } from '../http.ts';

export type SizeMeasure = 'employees' | 'revenue' | 'output';

export interface SizeCell {
  /** Null: withheld by the disclosure rule, or nobody reported. */
  sum: number | null;
  organizations: number;
  synthetic: number;
  suppressed: boolean;
}

export interface Growth {
  from: number;
  to: number;
  total: number | null;
  samePanel: number | null;
  panel: number;
  suppressed: boolean;
}

export interface ClusterSize {
  cluster: string;
  units: Record<SizeMeasure, string>;
  years: ({ year: number } & Record<SizeMeasure, SizeCell>)[];
  growth: Record<SizeMeasure, Growth | null>;
  disclosure: { minContributors: number; dominance: number; applied: boolean };
}

export const clusterSizeApi = {
  size: (id: string) => get<ClusterSize>(`/api/clusters/${encodeURIComponent(id)}/size`),
};
