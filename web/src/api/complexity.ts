import { get, query } from '../http.ts';
import type { MatrixParams } from './index.ts';
import type {
  ComplexityRegions,
  IndustrySpace,
  Opportunities,
} from '../../../src/contract/complexity.ts';

export type {
  IndustryPosition,
  IndustrySpace,
  Opportunities,
  PswotClass,
  RegionComplexity,
  SpaceNode,
} from '../../../src/contract/complexity.ts';

const matrixQuery = (p: MatrixParams) => ({
  measure: p.measure,
  regionLevel: p.regionLevel,
  industryLevel: p.industryLevel,
});

/** Where the browser downloads a complexity table as CSV. */
export function complexityCsvHref(
  table: 'regions' | 'industries' | 'space' | 'opportunities',
  p: MatrixParams,
  region?: string,
  extra: Record<string, string | number | undefined> = {},
): string {
  return `/api/complexity/${table}?${query({ ...matrixQuery(p), region, ...extra, format: 'csv' })}`;
}

export const complexityApi = {
  space: (region: string, p: MatrixParams) =>
    get<IndustrySpace>(`/api/complexity/space?${query({ ...matrixQuery(p), region })}`),
  regions: (p: MatrixParams) =>
    get<ComplexityRegions>(`/api/complexity/regions?${query(matrixQuery(p))}`),
  opportunities: (region: string, p: MatrixParams, differentiated: boolean) =>
    get<Opportunities>(
      `/api/complexity/opportunities?${query({
        region,
        measure: p.measure,
        regionLevel: p.regionLevel,
        industryLevel: p.industryLevel,
        differentiated: differentiated ? 'true' : undefined,
        limit: 12,
      })}`,
    ),
};
