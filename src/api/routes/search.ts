import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { SearchAnswer, SearchQuery, type SearchType } from '../../contract/search.ts';
import { search } from '../../services/catalog/search.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** The search box of the web app; every shape is src/contract/search.ts. */
export function searchRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: z.output<typeof SearchQuery> }>(
    '/api/search',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Clusters, organisations, regions and industries by name (zh or en), short name, pinyin or initials, id, code or USCC; fuzzy, best first',
        querystring: wire(SearchQuery, 'input'),
        response: { 200: wire(SearchAnswer), ...errorResponses },
      },
    },
    async (req): Promise<SearchAnswer> => ({
      hits: await search(
        db,
        req.query.q,
        req.query.limit,
        req.query.types ? (req.query.types.split(',') as SearchType[]) : undefined,
      ),
    }),
  );
}
