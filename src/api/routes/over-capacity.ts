import type { FastifyInstance } from 'fastify';
import type { OverCapacityQuery } from '../../contract/over-capacity.ts';
import { confidentialAggregate } from '../../core/access/disclosure.ts';
import { overCapacity } from '../../services/capacity/over-capacity-signals.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

interface Query {
  level?: 'province' | 'prefecture';
  industries?: string;
  from?: number;
  to?: number;
  lq?: number;
  lag?: number;
  minFirms?: number;
  all?: boolean;
}

const text = {
  type: 'object',
  additionalProperties: false,
  properties: { zh: { type: 'string' }, en: { type: 'string' } },
} as const;
const nullableNumber = { type: ['number', 'null'] } as const;

const row = {
  type: 'object',
  additionalProperties: false,
  properties: {
    region: { type: 'string' },
    regionName: { type: 'string' },
    division: { type: 'string', description: 'GB/T 4754-2017 division' },
    divisionName: { type: 'string' },
    divisionNameEn: { type: ['string', 'null'] },
    outputFrom: {
      ...nullableNumber,
      description: 'regional output at the earlier year (the statistics’ unit, 10k yuan)',
    },
    outputTo: { ...nullableNumber, description: 'regional output at the later year (10k yuan)' },
    lq: {
      ...nullableNumber,
      description: 'location quotient of output at the later year, against all loaded regions',
    },
    growth: {
      ...nullableNumber,
      description: 'yearly growth of the region’s output in the division (0.05 = 5 % a year)',
    },
    industryGrowth: {
      ...nullableNumber,
      description: 'yearly growth of the division over all loaded regions',
    },
    firms: confidentialAggregate({
      type: 'integer',
      description: 'firms with output in both years',
    }),
    firmsFalling: confidentialAggregate({
      type: 'integer',
      description: 'of them, firms whose output fell',
    }),
    medianFirmOutput: confidentialAggregate({
      type: 'number',
      description: 'median firm output at the later year',
    }),
    divisionMedianFirmOutput: confidentialAggregate({
      type: 'number',
      description: 'median firm output of the division over all regions',
    }),
    signals: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          code: {
            type: 'string',
            enum: ['specialised-output-falling', 'specialised-lagging', 'many-small-firms-falling'],
          },
          zh: { type: 'string' },
          en: { type: 'string' },
        },
      },
    },
  },
} as const;

/** The query: the level, divisions, years, thresholds, and every cell or the signalled ones. */
const querystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    level: { type: 'string', enum: ['province', 'prefecture'], default: 'province' },
    industries: {
      type: 'string',
      pattern: '^\\d{2}(,\\d{2})*$',
      description: 'divisions, comma-separated (default 17,25,26,30,31,32)',
    },
    from: { type: 'integer', minimum: 1949, maximum: 2100 },
    to: { type: 'integer', minimum: 1949, maximum: 2100 },
    lq: { type: 'number', minimum: 0, maximum: 100, default: 1.25 },
    lag: { type: 'number', minimum: 0, maximum: 1, default: 0.05 },
    minFirms: { type: 'integer', minimum: 1, maximum: 1000, default: 5 },
    all: {
      type: 'boolean',
      default: false,
      description: 'every cell, not only those with a signal',
    },
  },
} as const;

/** The answer: the rows with their signals, the thresholds, the method and its sources. */
const answer = {
  type: 'object',
  additionalProperties: false,
  required: ['level', 'rows', 'method', 'provenance'],
  properties: {
    level: { type: 'string' },
    from: { type: ['integer', 'null'] },
    to: { type: ['integer', 'null'] },
    industries: { type: 'array', items: { type: 'string' } },
    thresholds: {
      type: 'object',
      additionalProperties: false,
      properties: {
        lq: { type: 'number' },
        lag: { type: 'number' },
        minFirms: { type: 'integer' },
      },
    },
    rows: { type: 'array', items: row },
    method: text,
    provenance: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sources: { type: 'array', items: { type: 'string' } },
        note: { type: 'string' },
      },
    },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

/**
 * GET /api/over-capacity: over-capacity signals by region × industry from
 * the regional statistics an office loaded and firms' own output — each a
 * signal with its method, never a capacity figure. Figures built from firms'
 * output are confidential aggregates (null for visitors and members).
 */
export function overCapacityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/over-capacity',
    {
      config: { heavy: true },
      schema: {
        tags: ['metrics'],
        summary:
          'Over-capacity signals by region × GB/T 4754 division (basic industries by default): specialised regions whose output falls or lags the industry, and many small firms with falling output — signals with their method, no capacity figure',
        querystring,
        response: { 200: answer, ...errorResponses },
      },
    },
    async (req) => {
      const q: OverCapacityQuery = {
        level: req.query.level,
        industries: req.query.industries?.split(','),
        from: req.query.from,
        to: req.query.to,
        lq: req.query.lq,
        lag: req.query.lag,
        minFirms: req.query.minFirms,
        signalledOnly: !req.query.all,
      };
      return overCapacity(db, q);
    },
  );
}
