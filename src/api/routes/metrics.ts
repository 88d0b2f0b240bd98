import type { FastifyInstance } from 'fastify';
import { MetricAnswer, MetricQuery, metricParams } from '../../contract/metrics.ts';
import { redactFigures } from '../../services/access/redact.ts';
import { metricCsv } from '../../services/metrics/metric-csv.ts';
import { metricRegistry } from '../../services/metrics/metric-registry.ts';
import { storeMetricAnswer } from '../../services/metrics/run-store-metric.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { matrixOptions } from '../matrix-schemas.ts';
import { errorResponses } from '../schemas.ts';

const names = Object.keys(metricRegistry) as [string, ...string[]];
const answerSchema = wire(MetricAnswer);

/** A metric over the atlas's matrix; every shape is src/contract/metrics.ts. */
export function metricRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { name: string }; Querystring: MetricQuery }>(
    '/api/metrics/:name',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'A concentration / specialisation metric over the atlas’s region × industry matrix (JSON, or CSV as `atlas metric`)',
        params: wire(metricParams(names), 'input'),
        querystring: wire(MetricQuery, 'input'),
        response: { 200: answerSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const result = await storeMetricAnswer(db, req.params.name, {
        ...matrixOptions(q),
        n: q.n,
        normalized: q.normalized,
      });
      if (q.format === 'csv') {
        // Not serialised through the hook: the same disclosure rule, applied here.
        const shown = redactFigures(result, req.viewer, answerSchema);
        const m = shown.matrix;
        const file = `${req.params.name}-${m.measure}-${m.year ?? 'all'}-${m.regionLevel}-${m.industryLevel}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file}"`)
          .header('x-atlas-warnings', String(result.warnings.length))
          .send(metricCsv(shown.rows, shown.columns));
      }
      return result;
    },
  );
}
