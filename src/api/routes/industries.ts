import type { FastifyInstance } from 'fastify';
import { listIndustries } from '../../services/catalog/listIndustries.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

interface Query {
  level?: number;
  parent?: string;
}

export function industryRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/industries',
    {
      schema: {
        tags: ['reference'],
        summary: 'GB/T 4754-2017 industries (1 section, 2 division, 3 group, 4 class)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            level: { type: 'integer', minimum: 1, maximum: 4 },
            parent: { type: 'string', pattern: '^[A-Za-z0-9]{1,4}$', description: 'parent code' },
          },
        },
        response: { 200: { type: 'array', items: { $ref: 'Industry#' } }, ...errorResponses },
      },
    },
    async (req) => listIndustries(db, req.query),
  );
}
