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
            required: [...NAMED, 'syntheticShare'],
            properties: {
              ...Object.fromEntries(NAMED.map((n) => [n, { type: 'integer' }])),
              syntheticShare: {
                type: 'number',
                minimum: 0,
                maximum: 1,
                description:
                  'synthetic_organizations / organizations (0 for an empty atlas): the share of generated organisations, shown in a banner on every page',
              },
            },
            additionalProperties: { type: 'integer' },
          },
          ...errorResponses,
        },
      },
    },
    async () => stats(db),
  );
}
