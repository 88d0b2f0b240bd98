import type { FastifyInstance } from 'fastify';
import { DataQuality, DistinctDecision } from '../../contract/data-quality.ts';
import { dataQuality } from '../../services/quality/data-quality.ts';
import { markDistinct, undoDistinct } from '../../services/quality/distinct-decision.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

/** Data-quality flags and duplicate candidates (names and completeness only: no figures); every answer's shape is src/contract/data-quality.ts. */
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
        response: { 200: wire(DataQuality), ...errorResponses },
      },
    },
    async (req): Promise<DataQuality> => dataQuality(db, { reviewed: req.query.reviewed }),
  );

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
        response: { 201: wire(DistinctDecision), ...errorResponses },
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
        response: { 200: wire(DistinctDecision), ...errorResponses },
      },
    },
    async (req): Promise<DistinctDecision> => {
      req.auditDetails = { undo: 'distinct', organizations: req.query.organizations };
      return undoDistinct(db, req.query.organizations);
    },
  );
}
