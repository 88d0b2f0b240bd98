import type { FastifyInstance } from 'fastify';
import { metricCsv } from '../../services/metrics/metric-csv.ts';
import { storeOpportunities } from '../../services/complexity/store-opportunities.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';

interface Query {
  region: string;
  measure?: 'employees' | 'revenue' | 'output' | 'count';
  regionLevel?: 'province' | 'prefecture';
  industryLevel?: 1 | 2 | 3 | 4;
  value?: 'cog' | 'pci';
  differentiated?: boolean;
  limit?: number;
  format?: 'json' | 'csv';
}

const CSV_COLUMNS = [
  'industry',
  'class',
  'score',
  'density',
  'peerDensity',
  'cog',
  'pci',
  'rca',
  'neighboursStrong',
];

const open = { type: 'object', additionalProperties: true } as const;

/** Growth opportunities of a region (relatedness and complexity); ECI/PCI themselves are /api/metrics/eci|pci. */
export function complexityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/complexity/opportunities',
    {
      schema: {
        tags: ['reference'],
        summary:
          'A region’s growth opportunities: industries it does not yet specialise in, by density (feasibility) and COG or PCI (value), classed strength / weakness / opportunity / threat / possible entrant (PSWOT idea); differentiated=true leaves out what its neighbours are strong in',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['region'],
          properties: {
            region: { type: 'string', pattern: '^\\d{6}$' },
            measure: {
              type: 'string',
              enum: ['employees', 'revenue', 'output', 'count'],
              description: 'default: employees where any organisation has them, else count',
            },
            regionLevel: {
              type: 'string',
              enum: ['province', 'prefecture'],
              default: 'prefecture',
            },
            industryLevel: { type: 'integer', enum: [1, 2, 3, 4], default: 2 },
            value: { type: 'string', enum: ['cog', 'pci'], default: 'cog' },
            differentiated: { type: 'boolean', default: false },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 20 },
            format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['region', 'eci', 'opportunities', 'positions'],
            properties: {
              region: { type: 'string' },
              eci: { type: 'number' },
              opportunities: { type: 'array', items: open },
              positions: { type: 'array', items: open },
              excluded: { type: 'array', items: { type: 'string' } },
              neighbours: { type: 'array', items: { type: 'string' } },
              neighbourRule: { type: 'string' },
              industryNames: { type: 'array', items: open },
              verified: { type: 'boolean' },
              note: { type: 'string' },
              warnings: { type: 'array', items: open },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const r = await storeOpportunities(db, {
        region: q.region,
        measure: q.measure,
        regionLevel: q.regionLevel ?? 'prefecture',
        industryLevel: q.industryLevel,
        value: q.value,
        differentiated: q.differentiated,
        limit: q.limit,
      });
      if (q.format !== 'csv') return r;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="opportunities-${q.region}.csv"`)
        .send(metricCsv(r.opportunities as unknown as Record<string, unknown>[], CSV_COLUMNS));
    },
  );
}
