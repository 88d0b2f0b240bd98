import type {
  DetectedCluster,
  Detection,
  DetectQuery,
  FirmDensity,
  Hotspots,
  KnownClusterMatch,
} from '../../../src/contract/spatial.ts';
import { get, query } from '../http.ts';

export type { DetectedCluster, Detection, FirmDensity, Hotspots };
export type KnownCluster = KnownClusterMatch;

/** The detection form's part of GET /api/spatial/clusters's query. */
export type DetectParams = Pick<
  DetectQuery,
  'industry' | 'region' | 'method' | 'epsKm' | 'minPoints'
>;

export const spatialApi = {
  density: () => get<FirmDensity>('/api/spatial/density'),
  detect: (p: DetectParams) =>
    get<Detection>(
      `/api/spatial/clusters?${query({
        industry: p.industry,
        region: p.region,
        method: p.method,
        epsKm: p.method === 'dbscan' ? p.epsKm : undefined,
        minPoints: p.minPoints,
      })}`,
    ),
  hotspots: (p: { industry: string; region?: string }) =>
    get<Hotspots>(`/api/spatial/hotspots?${query({ ...p, limit: 30 })}`),
};
