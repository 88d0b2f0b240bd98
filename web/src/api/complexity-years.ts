import type { z } from 'zod';
import type {
  CellYear,
  ComplexitySeries,
  ComplexityYear,
  ComplexityYears,
  ComplexityYearsQuery,
} from '../../../src/contract/complexity-years.ts';
import { get, query } from '../http.ts';

/** ECI, PCI and a cell's LQ by year: the server's contract (src/contract/complexity-years.ts). */
export type { CellYear, ComplexitySeries, ComplexityYear, ComplexityYears };

/** How the years are asked for: the contract's query (a peer set's regions are ranked among themselves); the pages always name the region level. */
export type ComplexityYearsParams = Omit<YearsQuery, 'years'> & {
  regionLevel: NonNullable<YearsQuery['regionLevel']>;
};
type YearsQuery = z.input<typeof ComplexityYearsQuery>;

export const complexityYearsApi = {
  years: (p: ComplexityYearsParams) =>
    get<ComplexityYears>(`/api/complexity/years?${query({ ...p })}`),
};
