import type { FastifyInstance } from 'fastify';
import { IndustryList, IndustryListQuery } from '../../contract/industries.ts';
import { listIndustries } from '../../services/catalog/list-industries.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** The GB/T 4754-2017 industries; every shape is src/contract/industries.ts. */
export function industryRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: IndustryListQuery }>(
    '/api/industries',
    {
      schema: {
        tags: ['reference'],
        summary: 'GB/T 4754-2017 industries (1 section, 2 division, 3 group, 4 class)',
        querystring: wire(IndustryListQuery, 'input'),
        response: { 200: wire(IndustryList), ...errorResponses },
      },
    },
    async (req): Promise<IndustryList> => listIndustries(db, req.query),
  );
}
