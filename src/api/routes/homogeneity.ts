import { confidentialAggregate } from '../../core/access/disclosure.ts';
import type { FastifyInstance } from 'fastify';
import { homogeneity } from '../../services/metrics/homogeneity.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';
import {
  matrixInfoSchema,
  matrixOptions,
  matrixQueryProperties,
  namedCodeSchema,
  warningSchema,
} from '../matrix-schemas.ts';
import type { MatrixQuery } from '../../contract/metrics.ts';

interface Query extends MatrixQuery {
  region?: string;
  peers?: string;
  within?: string;
  industries?: string;
  threshold?: number;
  limit?: number;
}

const codeList = (s: string | undefined) =>
  s
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);

const overlapSchema = {
  type: 'object',
  required: ['industry', 'lqA', 'lqB', 'shareA', 'shareB'],
  properties: {
    industry: { type: 'string' },
    nameZh: { type: 'string' },
    nameEn: { type: ['string', 'null'] },
    lqA: confidentialAggregate({ type: 'number' }),
    lqB: confidentialAggregate({ type: 'number' }),
    shareA: confidentialAggregate({ type: 'number' }),
    shareB: confidentialAggregate({ type: 'number' }),
  },
} as const;

const pairSchema = {
  type: 'object',
  required: ['a', 'b', 'similarity', 'similarityAll', 'overlap', 'overlapShare'],
  properties: {
    a: namedCodeSchema,
    b: namedCodeSchema,
    similarity: confidentialAggregate({
      type: 'number',
      description: 'cosine of industry shares over the industries either region prioritises',
    }),
    similarityAll: confidentialAggregate({
      type: 'number',
      description: 'cosine over every industry',
    }),
    overlap: { type: 'array', items: overlapSchema },
    overlapShare: {
      type: 'object',
      properties: {
        a: confidentialAggregate({ type: 'number' }),
        b: confidentialAggregate({ type: 'number' }),
      },
    },
  },
} as const;

export function homogeneityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/homogeneity',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'Homogeneous competition (同质化竞争): regions most similar to a region in the industries they prioritise, and similar pairs of a set of regions',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...matrixQueryProperties,
            regionLevel: {
              type: 'string',
              enum: ['province', 'prefecture'],
              description: 'default: prefecture when any code is a prefecture or within is given',
            },
            region: { type: 'string', pattern: '^\\d{6}$', description: 'the region compared' },
            peers: {
              type: 'string',
              pattern: '^\\d{6}(,\\d{6})*$',
              description: 'comma-separated region codes: pairs above the threshold',
            },
            within: {
              type: 'string',
              pattern: '^\\d{2}0000$',
              description: 'a province: its prefectures are the peers',
            },
            industries: {
              type: 'string',
              maxLength: 2000,
              description: 'comma-separated priority industries instead of LQ ≥ 1',
            },
            threshold: { type: 'number', minimum: 0, maximum: 1, default: 0.8 },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 10 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['basis', 'threshold', 'region', 'priorities', 'similar', 'pairs', 'matrix'],
            properties: {
              basis: { type: 'string', enum: ['lq', 'industries'] },
              threshold: { type: 'number' },
              region: { oneOf: [namedCodeSchema, { type: 'null' }] },
              peers: { type: 'array', items: namedCodeSchema },
              priorities: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    industry: { type: 'string' },
                    nameZh: { type: 'string' },
                    nameEn: { type: ['string', 'null'] },
                    lq: confidentialAggregate({ type: 'number' }),
                    share: confidentialAggregate({ type: 'number' }),
                  },
                },
              },
              structure: {
                type: 'array',
                description: "the region's industries by share",
                items: {
                  type: 'object',
                  properties: {
                    industry: { type: 'string' },
                    nameZh: { type: 'string' },
                    nameEn: { type: ['string', 'null'] },
                    value: confidentialAggregate({ type: 'number' }),
                    share: confidentialAggregate({ type: 'number' }),
                    lq: confidentialAggregate({ type: 'number' }),
                  },
                },
              },
              similar: { type: 'array', items: pairSchema },
              pairs: { type: 'array', items: pairSchema },
              matrix: matrixInfoSchema,
              warnings: { type: 'array', items: warningSchema },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const q = req.query;
      return homogeneity(db, {
        ...matrixOptions(q),
        regionLevel: q.regionLevel,
        region: q.region,
        peers: codeList(q.peers),
        within: q.within,
        industries: codeList(q.industries),
        threshold: q.threshold,
        limit: q.limit,
      });
    },
  );
}
