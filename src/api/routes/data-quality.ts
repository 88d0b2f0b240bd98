import type { FastifyInstance } from 'fastify';
import { dataQuality, QUALITY_FLAGS } from '../../services/quality/data-quality.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

const named = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

/** Data-quality flags and duplicate candidates (names and completeness only: no figures). */
export function dataQualityRoutes(app: FastifyInstance, db: Duck): void {
  app.get(
    '/api/data-quality',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Data-quality flags over every organisation (no region, industry, coordinates, USCC, measures; stale; unverified; synthetic), links to missing organisations, duplicate candidates',
        response: {
          200: {
            type: 'object',
            properties: {
              organizations: { type: 'integer' },
              newestMeasureYear: { type: ['integer', 'null'] },
              flags: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    flag: { type: 'string', enum: [...QUALITY_FLAGS] },
                    count: { type: 'integer' },
                    examples: { type: 'array', items: named },
                  },
                },
              },
              danglingLinks: { type: 'integer' },
              duplicates: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    reason: { type: 'string' },
                    key: { type: 'string' },
                    organizations: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          id: { type: 'string' },
                          name: { type: 'string' },
                          region: { type: ['string', 'null'] },
                          synthetic: { type: 'boolean' },
                        },
                      },
                    },
                  },
                },
              },
              rules: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
          ...errorResponses,
        },
      },
    },
    async () => dataQuality(db),
  );
}
