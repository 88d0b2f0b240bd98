import type { FastifyInstance } from 'fastify';
import { COUNTED_TABLES } from '../../store/counts.ts';
import type { Duck } from '../../store/duck.ts';
import { stats } from '../../services/stats.ts';
import { errorResponses } from '../schemas.ts';

export function statsRoutes(app: FastifyInstance, db: Duck): void {
  const names = [...COUNTED_TABLES, 'synthetic_organizations', 'synthetic_links'];
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['system'],
        summary: 'The number of records of every entity, synthetic ones counted apart',
        response: {
          200: {
            type: 'object',
            required: names,
            properties: Object.fromEntries(names.map((n) => [n, { type: 'integer' }])),
          },
          ...errorResponses,
        },
      },
    },
    async () => stats(db),
  );
}
