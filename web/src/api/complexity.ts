import { get, query } from '../http.ts';
import type { MatrixParams } from '../api.ts';

export type PswotClass =
  'strength' | 'weakness' | 'opportunity' | 'threat' | 'possible_entrant' | 'absent';

export interface IndustryPosition {
  industry: string;
  rca: number;
  density: number;
  peerDensity: number;
  pci: number;
  cog: number;
  class: PswotClass;
  neighboursStrong: number;
  score?: number;
}

export interface Opportunities {
  region: string;
  eci: number;
  opportunities: (IndustryPosition & { score: number })[];
  positions: IndustryPosition[];
  excluded: string[];
  neighbourRule: string;
  industryNames: { code: string; nameZh: string; nameEn: string | null }[];
  note: string;
}

export interface SpaceNode {
  industry: string;
  nameZh: string | null;
  nameEn: string | null;
  pci: number;
  ubiquity: number;
  rca?: number;
  mcp?: number;
  density?: number;
}

export interface IndustrySpace {
  nodes: SpaceNode[];
  edges: { source: string; target: string; proximity: number; backbone: boolean }[];
  region: string | null;
  strong: number;
  extraOmitted: number;
  components: number;
}

export interface RegionComplexity {
  region: string;
  nameZh: string | null;
  nameEn: string | null;
  eci: number;
  coi: number;
  diversity: number;
}

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
    get<{ rows: RegionComplexity[] }>(`/api/complexity/regions?${query(matrixQuery(p))}`),
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
