import type { FastifyInstance } from 'fastify';
import { Opportunities, OpportunitiesQuery } from '../../contract/complexity.ts';
import { redactFigures } from '../../services/access/redact.ts';
import { metricCsv } from '../../services/metrics/metric-csv.ts';
import { storeOpportunities } from '../../services/complexity/store-opportunities.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

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

const answerSchema = wire(Opportunities);

/**
 * Growth opportunities of a region (relatedness and complexity); ECI/PCI
 * themselves are /api/metrics/eci|pci. Every shape is src/contract/complexity.ts.
 */
export function complexityRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: OpportunitiesQuery }>(
    '/api/complexity/opportunities',
    {
      schema: {
        tags: ['reference'],
        summary:
          'A region’s growth opportunities: industries it does not yet specialise in, by density (feasibility) and COG or PCI (value), classed strength / weakness / opportunity / threat / possible entrant (PSWOT idea); differentiated=true leaves out what its neighbours are strong in',
        querystring: wire(OpportunitiesQuery, 'input'),
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
