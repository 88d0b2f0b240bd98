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

export const complexityApi = {
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
