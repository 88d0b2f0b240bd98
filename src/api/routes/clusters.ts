import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  ClusterFacts,
  ClusterIdParams,
  ClusterList,
  ClusterProfile,
  ClusterSize,
  NoQuery,
} from '../../contract/clusters.ts';
import { clusterFacts } from '../../services/catalog/cluster-facts.ts';
import { clusterSize } from '../../services/catalog/cluster-size.ts';
import { getCluster } from '../../services/catalog/get-cluster.ts';
import { listClusters } from '../../services/catalog/list-clusters.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['clusters'];
const ok = (schema: z.ZodType) => ({ 200: wire(schema), ...errorResponses });
const params = wire(ClusterIdParams, 'input');
type ById = { Params: z.output<typeof ClusterIdParams> };

/** The clusters: list, profile, size, cited figures; every shape is src/contract/clusters.ts. */
export function clusterRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/clusters',
    {
      schema: {
        tags,
        summary: 'Every cluster with its regions, location and member counts',
        querystring: wire(NoQuery, 'input'),
        response: ok(ClusterList),
      },
    },
    async () => listClusters(db),
  );

  app.get<ById>(
    '/api/clusters/:id',
    {
      schema: {
        tags,
        summary: 'One cluster: regions, members, counts by kind and tag, synthetic share',
        params,
        response: ok(ClusterProfile),
      },
    },
    async (req) => getCluster(db, req.params.id),
  );

  app.get<ById>(
    '/api/clusters/:id/size',
    {
      schema: {
        tags,
        summary:
          'A cluster’s size and growth: members’ employees, revenue and output by year, growth of totals and of the same organisations; sums over fewer than 3 organisations, or one over 85% of the sum, withheld from those who may not see the figures',
        params,
        response: ok(ClusterSize),
      },
    },
    async (req) => clusterSize(db, req.params.id, req.viewer),
  );

  app.get<ById>(
    '/api/clusters/:id/facts',
    {
      schema: {
        tags,
        summary:
          'Figures published sources give for a cluster (output, firms, market share), each with its citation (title, authors, publisher, year), unit and wording (over / about / nearly), and the atlas’s own count or sum beside it only as coverage',
        params,
        response: ok(ClusterFacts),
      },
    },
    async (req) => clusterFacts(db, req.params.id, req.viewer),
  );
}
