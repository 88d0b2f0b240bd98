import type { FastifyInstance } from 'fastify';
import { dataQuality, QUALITY_FLAGS } from '../../services/quality/data-quality.ts';
import { markDistinct, undoDistinct } from '../../services/quality/distinct-decision.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

const named = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

/** Data-quality flags and duplicate candidates (names and completeness only: no figures). */
export function dataQualityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: { reviewed: 'exclude' | 'include' } }>(
    '/api/data-quality',
    {
      schema: {
        tags: ['reference'],
        summary:
          'Data-quality flags over every organisation (no region, industry, coordinates, USCC, measures; stale; unverified; synthetic), links to missing organisations, duplicate candidates (those judged “not a duplicate” only with reviewed=include)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            reviewed: { type: 'string', enum: ['exclude', 'include'], default: 'exclude' },
          },
        },
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
                    reviewed: {
                      type: 'object',
                      properties: {
                        decision: { type: 'string', enum: ['distinct'] },
                        by: { type: ['string', 'null'] },
                        at: { type: 'string' },
                        note: { type: ['string', 'null'] },
                      },
                    },
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
              reviewedHidden: { type: 'integer' },
              rules: { type: 'object', additionalProperties: { type: 'string' } },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => dataQuality(db, { reviewed: req.query.reviewed }),
  );

  const decision = {
    type: 'object',
    required: ['organizations', 'pairs'],
    properties: {
      organizations: { type: 'array', items: { type: 'string' } },
      pairs: { type: 'integer', description: 'pairs of records recorded (or taken back)' },
    },
  } as const;
  const ids = { type: 'array', minItems: 2, maxItems: 50, items: { type: 'string', minLength: 1 } };

  app.post<{ Body: { organizations: string[]; note?: string } }>(
    '/api/data-quality/distinct',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['reference'],
        summary:
          'Record a reviewed duplicate candidate as “not a duplicate”: these organisations are different entities (analysts)',
        body: {
          type: 'object',
          required: ['organizations'],
          additionalProperties: false,
          properties: { organizations: ids, note: { type: 'string', maxLength: 500 } },
        },
        response: { 201: decision, ...errorResponses },
      },
    },
    async (req, reply) => {
      req.auditDetails = { decision: 'distinct', organizations: req.body.organizations };
      return reply.status(201).send(
        await markDistinct(db, req.body.organizations, {
          by: req.viewer.user ?? null,
          note: req.body.note,
        }),
      );
    },
  );

  app.delete<{ Querystring: { organizations: string[] } }>(
    '/api/data-quality/distinct',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['reference'],
        summary:
          'Take a “not a duplicate” decision back: the group is a candidate again (analysts); 404 if none of its pairs was decided',
        querystring: {
          type: 'object',
          required: ['organizations'],
          additionalProperties: false,
          properties: {
            organizations: { ...ids, description: 'the ids, one organizations= each' },
          },
        },
        response: { 200: decision, ...errorResponses },
      },
    },
    async (req) => {
      req.auditDetails = { undo: 'distinct', organizations: req.query.organizations };
      return undoDistinct(db, req.query.organizations);
    },
  );
}
