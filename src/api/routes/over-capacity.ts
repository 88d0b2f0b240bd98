import type { FastifyInstance } from 'fastify';
import { OverCapacityAnswer, type OverCapacityQuery } from '../../contract/over-capacity.ts';
import { overCapacity } from '../../services/capacity/over-capacity-signals.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
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
        response: { 200: wire(OverCapacityAnswer), ...errorResponses },
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
