import type { FastifyInstance } from 'fastify';
import { Stats } from '../../contract/stats.ts';
import { stats } from '../../services/stats.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** The atlas's counts; every shape is src/contract/stats.ts. */
export function statsRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['system'],
        summary: 'The number of records of every entity, synthetic ones counted apart',
        response: { 200: wire(Stats), ...errorResponses },
      },
    },
    async () => stats(db),
  );
}
