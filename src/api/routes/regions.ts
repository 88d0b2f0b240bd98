import type { FastifyInstance } from 'fastify';
import { listRegions } from '../../services/catalog/listRegions.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

interface Query {
  level?: 'province' | 'prefecture' | 'county';
  parent?: string;
}

export function regionRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/regions',
    {
      schema: {
        tags: ['reference'],
        summary: 'GB/T 2260 administrative divisions',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            level: { type: 'string', enum: ['province', 'prefecture', 'county'] },
            parent: { type: 'string', pattern: '^\\d{6}$', description: 'parent region code' },
          },
        },
        response: { 200: { type: 'array', items: { $ref: 'Region#' } }, ...errorResponses },
      },
    },
    async (req) => listRegions(db, req.query),
  );
}
