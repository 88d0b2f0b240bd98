import type { FastifyInstance } from 'fastify';
import { confidentialAggregate } from '../../core/access/disclosure.ts';
import { redactFigures } from '../../services/access/redact.ts';
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
const fig = () => confidentialAggregate({ type: 'number' });

/** An industry's position for the region: its figures are confidential aggregates of firms' measures. */
const position = {
  type: 'object',
  additionalProperties: true,
  properties: {
    industry: { type: 'string' },
    class: { type: 'string' },
    rca: fig(),
    mcp: confidentialAggregate({ type: 'integer' }),
    density: fig(),
    peerDensity: fig(),
    pci: fig(),
    cog: fig(),
    score: fig(),
    neighboursStrong: { type: 'integer' },
  },
} as const;

const answerSchema = {
  type: 'object',
  required: ['region', 'eci', 'opportunities', 'positions'],
  properties: {
    region: { type: 'string' },
    eci: fig(),
    opportunities: { type: 'array', items: position },
    positions: { type: 'array', items: position },
    excluded: { type: 'array', items: { type: 'string' } },
    neighbours: { type: 'array', items: { type: 'string' } },
    neighbourRule: { type: 'string' },
    industryNames: { type: 'array', items: open },
    verified: { type: 'boolean' },
    note: { type: 'string' },
    warnings: { type: 'array', items: open },
  },
} as const;

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
        response: { 200: answerSchema, ...errorResponses },
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
      // Not serialised through the hook: the same disclosure rule, applied here.
      const shown = redactFigures(r, req.viewer, answerSchema);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="opportunities-${q.region}.csv"`)
        .send(metricCsv(shown.opportunities as unknown as Record<string, unknown>[], CSV_COLUMNS));
    },
  );
}
