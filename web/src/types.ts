/** Shapes of the API's answers (see /api/openapi.json); the web app only talks to the API. */

export interface Provenance {
  source?: string;
  year?: number;
  method?: string;
  confidence?: number;
  verified?: boolean;
  synthetic?: boolean;
  note?: string;
}

export interface NamedRegion {
  code: string;
  level: string;
  nameZh: string;
  nameEn: string | null;
  province: string;
}

export interface Region extends NamedRegion {
  parent: string | null;
  prefecture: string | null;
  lon: number | null;
  lat: number | null;
}

export interface Cluster {
  id: string;
  name: string;
  nameEn: string | null;
  regions: string[];
  regionNames: NamedRegion[];
  provinces: NamedRegion[];
  location: [number, number] | null;
  industries: string[];
  field: string | null;
  designation: string;
  round: number | null;
  synthetic: boolean;
  verified: boolean;
  provenance: Provenance;
  memberCount: number;
  syntheticMemberCount: number;
}

export interface Member {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
  regionNameZh: string | null;
  regionNameEn: string | null;
  tags: string[];
  role: string | null;
  synthetic: boolean;
  verified: boolean;
  provenance: Provenance;
}

export interface Count {
  key: string;
  count: number;
  synthetic: number;
}

export interface ClusterProfile extends Cluster {
  members: Member[];
  membersTruncated: boolean;
  byKind: Count[];
  byTag: Count[];
  syntheticShare: number | null;
}

export interface Stats {
  clusters: number;
  organizations: number;
  synthetic_organizations: number;
  links: number;
  synthetic_links: number;
  [k: string]: number;
}

export interface GeoJson {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { adcode?: string | number; name?: string } }[];
}

export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}
