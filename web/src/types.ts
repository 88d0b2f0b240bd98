/** Shapes of the API's answers (see /api/openapi.json); the web app only talks to the API. */
import type {
  ClusterMember,
  ClusterProfile,
  ClusterSummary,
  MemberCount,
} from '../../src/contract/clusters.ts';
import type { MatrixInfo, NamedCode } from '../../src/contract/metrics.ts';
import type { RecordProvenance } from '../../src/contract/record-provenance.ts';
import type { NamedRegion, RegionView } from '../../src/contract/regions.ts';

/** Where a record comes from, as every answer carries it: the server's contract. */
export type { RecordProvenance as Provenance };

/** A region as the API answers it (GET /api/regions) and names it inside other answers: the server's contract. */
export type { NamedRegion, RegionView as Region };

/** A cluster, its members and profile (GET /api/clusters, /api/clusters/:id): the server's contract. */
export type {
  ClusterSummary as Cluster,
  ClusterMember as Member,
  MemberCount as Count,
  ClusterProfile,
};

/** The atlas's counts (GET /api/stats): the server's contract. */
export type { Stats } from '../../src/contract/stats.ts';

export interface GeoJson {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { adcode?: string | number; name?: string } }[];
}

export interface ApiError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * A code with its names, how a region × industry matrix was built, and a
 * metric over it (GET /api/metrics/:name): the server's contract.
 */
export type { MatrixInfo, MetricAnswer, NamedCode } from '../../src/contract/metrics.ts';

export interface ApiWarning {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface NamedIndustryValue {
  industry: string;
  nameZh: string;
  nameEn: string | null;
}

export interface RegionPair {
  a: NamedCode;
  b: NamedCode;
  similarity: number | null;
  similarityAll: number;
  overlap: Array<NamedIndustryValue & { lqA: number; lqB: number; shareA: number; shareB: number }>;
  overlapShare: { a: number; b: number };
}

export interface HomogeneityAnswer {
  basis: 'lq' | 'industries';
  threshold: number;
  region: NamedCode | null;
  /** Figures null where the disclosure rule withholds them. */
  structure: Array<
    NamedIndustryValue & { value: number | null; share: number | null; lq: number | null }
  >;
  priorities: Array<NamedIndustryValue & { lq: number | null; share: number | null }>;
  similar: RegionPair[];
  pairs: RegionPair[];
  matrix: MatrixInfo;
  warnings: ApiWarning[];
}

/** One page of a paginated API list (every list answers this shape). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
