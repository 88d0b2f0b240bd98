import { get, query } from '../http.ts';

/** GET /api/spatial/clusters: clusters found from firm locations (WGS-84). */
export interface DetectedCluster {
  cluster: number;
  size: number;
  syntheticMembers: number;
  /** Weighted by a measure: null where the disclosure rule withholds it (and the weight). */
  centroid: [number, number] | null;
  weight?: number | null;
  outline: [number, number][];
  concaveOutline: [number, number][];
  concaveMethod: 'concave' | 'convex';
  concaveK: number;
  industryMix: { industry: string; firms: number }[];
  provinces: string[];
  prefectures: string[];
  spansSeveralUnits: boolean;
  matches: string[];
  status: 'new' | 'matched';
  surroundings: {
    footprintFirms: number;
    footprintGroupFirms: number;
    surroundingFirms: number;
    surroundingGroupFirms: number;
    lq: number | null;
  };
}

export interface KnownCluster {
  id: string;
  name: string;
  designation: string;
  provinces: string[];
  detected: number[];
  detectedProvinces: string[];
  detectedPrefectures: string[];
  spansSeveralUnits: boolean;
}

export interface Detection {
  crs: 'WGS84';
  points: number;
  converted: number;
  clusters: DetectedCluster[];
  known: KnownCluster[];
}

export interface Hotspots {
  points: number;
  /** density: null where the disclosure rule withholds it (a weighted kernel over too few firms). */
  hotspots: { lon: number; lat: number; density: number | null }[];
}

export interface DetectParams {
  industry: string;
  region?: string;
  method: 'dbscan' | 'hdbscan';
  epsKm: number;
  minPoints: number;
}

export interface FirmDensity {
  cell: number;
  /** [centre lon, centre lat, organisations, of which synthetic] */
  cells: [number, number, number, number][];
  organizations: number;
  synthetic: number;
  max: number;
}

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
