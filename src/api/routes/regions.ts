import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { RegionList, RegionListQuery } from '../../contract/regions.ts';
import { listRegions } from '../../services/catalog/list-regions.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** The administrative divisions; every shape is src/contract/regions.ts. */
export function regionRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: z.output<typeof RegionListQuery> }>(
    '/api/regions',
    {
      schema: {
        tags: ['reference'],
        summary: 'GB/T 2260 administrative divisions',
        querystring: wire(RegionListQuery, 'input'),
        response: { 200: wire(RegionList), ...errorResponses },
      },
    },
    async (req) => listRegions(db, req.query),
  );
}
