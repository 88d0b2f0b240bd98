import type { FastifyInstance } from 'fastify';
import { clusterSize } from '../../services/catalog/cluster-size.ts';
import { getCluster } from '../../services/catalog/getCluster.ts';
import { listClusters } from '../../services/catalog/listClusters.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses, idParams } from '../schemas.ts';

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
        params: idParams,
        response: { 200: { $ref: 'ClusterProfile#' }, ...errorResponses },
      },
    },
    async (req) => getCluster(db, req.params.id),
  );

  const sizeCell = {
    type: 'object',
    required: ['sum', 'organizations', 'synthetic', 'suppressed'],
    properties: {
      sum: { type: ['number', 'null'], description: 'null: withheld (disclosure rule) or none' },
      organizations: { type: 'integer' },
      synthetic: { type: 'integer' },
      suppressed: { type: 'boolean' },
    },
  } as const;
  const growth = {
    type: ['object', 'null'],
    properties: {
      from: { type: 'integer' },
      to: { type: 'integer' },
      total: { type: ['number', 'null'], description: 'CAGR of the totals' },
      samePanel: { type: ['number', 'null'], description: 'CAGR of organisations in both years' },
      panel: { type: 'integer' },
      suppressed: { type: 'boolean' },
    },
  } as const;

  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/size',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'A cluster’s size and growth: members’ employees, revenue and output by year, growth of totals and of the same organisations; sums over fewer than 3 organisations, or one over 85% of the sum, withheld from those who may not see the figures',
        params: idParams,
        response: {
          200: {
            type: 'object',
            required: ['cluster', 'units', 'years', 'growth', 'disclosure'],
            properties: {
              cluster: { type: 'string' },
              units: { type: 'object', additionalProperties: { type: 'string' } },
              years: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    year: { type: 'integer' },
                    employees: sizeCell,
                    revenue: sizeCell,
                    output: sizeCell,
                  },
                },
              },
              growth: {
                type: 'object',
                properties: { employees: growth, revenue: growth, output: growth },
              },
              disclosure: {
                type: 'object',
                properties: {
                  minContributors: { type: 'integer' },
                  dominance: { type: 'number' },
                  applied: { type: 'boolean' },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => clusterSize(db, req.params.id, req.viewer),
  );
}
