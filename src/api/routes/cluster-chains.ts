import type { FastifyInstance } from 'fastify';
import { bindClusterChains, clusterChains } from '../../services/chain/bind-cluster.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

const params = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

const answer = {
  type: 'object',
  required: ['cluster', 'chainTemplates', 'chainTemplatesBy', 'fields'],
  properties: {
    cluster: { type: 'string' },
    chainTemplates: { type: 'array', items: { type: 'string' } },
    chainTemplatesBy: { type: 'string', enum: ['analyst', 'field', 'none'] },
    fields: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          nameZh: { type: 'string' },
          nameEn: { type: 'string' },
          templates: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;

/** A cluster's chain templates: bound by its field, or chosen by an analyst. */
export function clusterChainRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { id: string } }>(
    '/api/clusters/:id/chains',
    {
      schema: {
        tags: ['chains'],
        summary:
          "A cluster's chain templates (the first is the panorama's default), whether an analyst chose them or the cluster's chain field binds them, and its fields",
        params,
        response: { 200: answer, ...errorResponses },
      },
    },
    async (req) => clusterChains(db, req.params.id),
  );

  app.put<{ Params: { id: string }; Body: { templates: string[] } }>(
    '/api/clusters/:id/chains',
    {
      schema: {
        tags: ['chains'],
        summary:
          "Choose a cluster's chain templates, in order; an empty list returns it to its field's templates. 404 for an unknown cluster or template",
        params,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['templates'],
          properties: {
            templates: {
              type: 'array',
              maxItems: 20,
              items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100 },
            },
          },
        },
        response: { 200: answer, ...errorResponses },
      },
    },
    async (req) => bindClusterChains(db, req.params.id, req.body.templates),
  );
}
