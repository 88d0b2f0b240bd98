import type {
  CellYear,
  ComplexitySeries,
  ComplexityYear,
  ComplexityYears,
} from '../../../src/contract/complexity-years.ts';
import { get, query } from '../http.ts';

/** ECI, PCI and a cell's LQ by year: the server's contract (src/contract/complexity-years.ts). */
export type { CellYear, ComplexitySeries, ComplexityYear, ComplexityYears };

export interface ComplexityYearsParams {
  region?: string;
  industry?: string;
  source?: 'organizations' | 'statistics';
  measure?: 'employees' | 'revenue' | 'output';
  regionLevel: 'province' | 'prefecture';
  industryLevel?: number;
  baseYear?: number;
  /** A saved region peer set: its regions ranked among themselves. */
  peerSet?: string;
}

export const complexityYearsApi = {
  years: (p: ComplexityYearsParams) =>
    get<ComplexityYears>(`/api/complexity/years?${query({ ...p })}`),
};
