/** Shapes of the API's answers (see /api/openapi.json); the web app only talks to the API. */
import type {
  ClusterMember,
  ClusterProfile,
  ClusterSummary,
  MemberCount,
} from '../../src/contract/clusters.ts';
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

export type { GeoFeatureCollection as GeoJson } from '../../src/contract/geo.ts';

/** An error answer (every route's 4xx and 5xx): the server's contract. */
export type { ApiError } from '../../src/contract/api-error.ts';

/**
 * A code with its names, how a region × industry matrix was built, and a
 * metric over it (GET /api/metrics/:name), homogeneous competition (GET
 * /api/homogeneity): the server's contract.
 */
export type {
  HomogeneityAnswer,
  MatrixInfo,
  MetricAnswer,
  NamedCode,
} from '../../src/contract/metrics.ts';

/** One page of a paginated API list (every list answers this shape): the server's contract. */
export type { Page } from '../../src/contract/paging.ts';
