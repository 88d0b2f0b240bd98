import type { FastifyInstance } from 'fastify';
import {
  type OrganizationRow,
  type ResolutionOptions,
  resolveOrganizations,
} from '../../services/resolution/resolve-organizations.ts';
import { errorResponses } from '../schemas.ts';

/** Rows per side: the import's own file limit is larger; a request body must stay small. */
export const MAX_RESOLVE_ROWS = 20_000;

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;

const row = {
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200 },
    name: { type: 'string', minLength: 1, maxLength: 300 },
    region: { ...text(100), description: 'GB/T 2260 code or a region name (any level)' },
    province: text(50),
    city: text(50),
    industry: { ...text(100), description: 'any industry code; agreement is equality' },
    uscc: { ...text(30), description: '统一社会信用代码; one failing its checksum is not used' },
    stockCode: text(20),
  },
} as const;

const side = { type: 'array', minItems: 1, maxItems: MAX_RESOLVE_ROWS, items: row } as const;
const unit = { type: 'number', minimum: 0, maximum: 1 } as const;

interface ResolveBody {
  left: OrganizationRow[];
  right: OrganizationRow[];
  options?: Partial<Pick<ResolutionOptions, 'matchAt' | 'reviewAt' | 'margin' | 'oneToOne'>>;
  all?: boolean;
}

/**
 * POST /api/resolve: entity resolution between two lists of organisations
 * sent in the body, for analysts (a long computation over data that is not
 * the atlas's: no viewer needs it). Nothing is written.
 */
export function resolutionRoutes(app: FastifyInstance): void {
  app.post<{ Body: ResolveBody }>(
    '/api/resolve',
    {
      // CPU-bound over lists of up to 20,000 rows a side: under the heavy-route queue.
      config: { access: 'analyst', heavy: true },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags: ['organizations'],
        summary:
          'Which organisations of one list are those of another (names, places, industry, USCC): pairs with a score, a decision (match, review, distinct) and reasons (analysts; nothing is written)',
        body: {
          type: 'object',
          required: ['left', 'right'],
          additionalProperties: false,
          properties: {
            left: side,
            right: side,
            options: {
              type: 'object',
              additionalProperties: false,
              properties: {
                matchAt: {
                  ...unit,
                  description: 'score at or above which a pair is a match (0.85)',
                },
                reviewAt: {
                  ...unit,
                  description: 'score at or above which a pair goes to review (0.6)',
                },
                margin: {
                  ...unit,
                  description: 'a best candidate this close to the next is ambiguous (0.04)',
                },
                oneToOne: { type: 'boolean', description: 'each right record matched once (true)' },
              },
            },
            all: {
              type: 'boolean',
              default: false,
              description: 'also list each left record’s best distinct candidate',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['pairs', 'counts', 'warnings'],
            properties: {
              pairs: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['leftId', 'rightId', 'score', 'decision', 'reasons'],
                  properties: {
                    leftId: { type: 'string' },
                    rightId: { type: 'string' },
                    score: { type: 'number' },
                    decision: { type: 'string', enum: ['match', 'review', 'distinct'] },
                    reasons: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
              counts: {
                type: 'object',
                properties: {
                  left: { type: 'integer' },
                  right: { type: 'integer' },
                  match: { type: 'integer' },
                  review: { type: 'integer' },
                  distinct: { type: 'integer' },
                  comparisons: { type: 'integer' },
                },
              },
              warnings: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    code: { type: 'string' },
                    message: { type: 'string' },
                    details: { type: 'object', additionalProperties: true },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const { left, right, options = {}, all = false } = req.body;
      const outcome = resolveOrganizations(left, right, options);
      return {
        pairs: all ? outcome.pairs : outcome.pairs.filter((p) => p.decision !== 'distinct'),
        counts: outcome.counts,
        warnings: outcome.warnings,
      };
    },
  );
}
