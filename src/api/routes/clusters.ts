import type { FastifyInstance } from 'fastify';
import { getCluster } from '../../services/catalog/getCluster.ts';
import { listClusters } from '../../services/catalog/listClusters.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

export function clusterRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/clusters',
    {
      schema: {
        tags: ['clusters'],
        summary: 'Every cluster with its regions, location and member counts',
        querystring: { type: 'object', additionalProperties: false, properties: {} },
        response: { 200: { type: 'array', items: { $ref: 'Cluster#' } }, ...errorResponses },
      },
    },
    async () => listClusters(db),
  );

  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id',
    {
      schema: {
        tags: ['clusters'],
        summary: 'One cluster: regions, members, counts by kind and tag, synthetic share',
        params: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: { 200: { $ref: 'ClusterProfile#' }, ...errorResponses },
      },
    },
    async (req) => getCluster(db, req.params.id),
  );
}
