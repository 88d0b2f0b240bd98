import type { FastifyInstance } from 'fastify';
import {
  search,
  SEARCH_MAX_LIMIT,
  PICKER_TYPES,
  type SearchType,
} from '../../services/catalog/search.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

/** The search box of the web app: one query over clusters, organisations, regions, industries. */
export function searchRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: { q: string; limit?: number; types?: string } }>(
    '/api/search',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Clusters, organisations, regions and industries by name (zh or en), short name, pinyin or initials, id, code or USCC; fuzzy, best first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 100 },
            limit: {
              type: 'integer',
              minimum: 1,
              maximum: SEARCH_MAX_LIMIT,
              default: 8,
              description: 'hits per type',
            },
            types: {
              type: 'string',
              pattern: `^(${PICKER_TYPES.join('|')})(,(${PICKER_TYPES.join('|')}))*$`,
              description:
                'only these types, comma-separated (the pickers: types=organization); chain_node (id TEMPLATE/NODE) only when asked',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['hits'],
            properties: {
              hits: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['type', 'id', 'name'],
                  properties: {
                    type: {
                      type: 'string',
                      enum: [...PICKER_TYPES],
                    },
                    id: { type: 'string' },
                    name: { type: 'string' },
                    nameEn: { type: ['string', 'null'] },
                    detail: { type: ['string', 'null'] },
                    synthetic: { type: 'boolean' },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => ({
      hits: await search(
        db,
        req.query.q,
        req.query.limit,
        req.query.types ? (req.query.types.split(',') as SearchType[]) : undefined,
      ),
    }),
  );
}
