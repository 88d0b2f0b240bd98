import type { FastifyInstance } from 'fastify';
import type { Duck } from '../../store/duck.ts';
import { stats } from '../../services/stats.ts';
import { errorResponses } from '../schemas.ts';

/** Counts the screens rely on; every other entity's count comes along as an integer too. */
const NAMED = [
  'regions',
  'industries',
  'organizations',
  'links',
  'clusters',
  'cluster_members',
  'synthetic_organizations',
  'synthetic_links',
];

export function statsRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['system'],
        summary: 'The number of records of every entity, synthetic ones counted apart',
        response: {
          200: {
            type: 'object',
            required: NAMED,
            properties: Object.fromEntries(NAMED.map((n) => [n, { type: 'integer' }])),
            additionalProperties: { type: 'integer' },
          },
          ...errorResponses,
        },
      },
    },
    async () => stats(db),
  );
}
