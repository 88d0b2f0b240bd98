import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { confidentialAggregate } from '../../core/access/disclosure.ts';
import { redactFigures } from '../../services/access/redact.ts';
import { complexityIndustries } from '../../services/complexity/complexity-industries.ts';
import { complexityRegions } from '../../services/complexity/complexity-regions.ts';
import { industrySpace } from '../../services/complexity/industry-space.ts';
import { metricCsv } from '../../services/metrics/metric-csv.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses } from '../schemas.ts';
import {
  matrixInfoSchema,
  matrixOptions,
  matrixQueryProperties,
  warningSchema,
} from '../matrix-schemas.ts';
import type { MatrixQuery } from '../../contract/metrics.ts';

interface Query extends MatrixQuery {
  threshold?: number;
  format?: 'json' | 'csv';
}

const query = {
  ...matrixQueryProperties,
  threshold: {
    type: 'number',
    exclusiveMinimum: 0,
    default: 1,
    description: 'M = RCA ≥ threshold',
  },
  format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
} as const;

const str = { type: ['string', 'null'] } as const;
/** A figure computed from the matrix: from firms' measures it is a confidential aggregate. */
const fig = (description?: string) =>
  confidentialAggregate({ type: 'number', ...(description ? { description } : {}) });
const count = (description: string) => confidentialAggregate({ type: 'integer', description });

/**
 * A CSV of an answer's rows (`key`), after the disclosure rule: CSV is not
 * serialised through the redaction hook, so the rule is applied here with
 * the route's own response schema.
 */
function csv(
  req: FastifyRequest,
  reply: FastifyReply,
  file: string,
  answer: object,
  key: string,
  columns: string[],
) {
  const schema = (req.routeOptions.schema as { response: Record<number, unknown> }).response[200];
  const shown = redactFigures(answer, req.viewer, schema) as Record<string, unknown>;
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file}.csv"`)
    .send(metricCsv(shown[key] as Record<string, unknown>[], columns));
}

/** A table answer: its columns, one object a row, how the matrix was built, warnings. */
const tableAnswer = (row: Record<string, object>) => ({
  200: {
    type: 'object',
    required: ['columns', 'rows', 'matrix', 'warnings'],
    properties: {
      columns: { type: 'array', items: { type: 'string' } },
      rows: { type: 'array', items: { type: 'object', properties: row } },
      matrix: matrixInfoSchema,
      warnings: { type: 'array', items: warningSchema },
    },
  },
  ...errorResponses,
});

const options = (q: Query) => ({ ...matrixOptions(q), threshold: q.threshold });

/** ECI by region, PCI by industry and the industry space, over the atlas's own matrix. */
export function complexityTableRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: Query }>(
    '/api/complexity/regions',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'Every region with its economic complexity (ECI), complexity outlook (COI) and diversity, Stata ecomplexity conventions; format=csv for a file',
        querystring: { type: 'object', additionalProperties: false, properties: query },
        response: tableAnswer({
          region: { type: 'string' },
          nameZh: str,
          nameEn: str,
          eci: fig(),
          coi: fig(),
          diversity: count('industries with RCA ≥ threshold'),
        }),
      },
    },
    async (req, reply) => {
      const r = await complexityRegions(db, options(req.query));
      if (req.query.format === 'csv') return csv(req, reply, 'eci-regions', r, 'rows', r.columns);
      return r;
    },
  );

  app.get<{ Querystring: Query }>(
    '/api/complexity/industries',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'Every industry with its complexity (PCI, on ECI’s scale) and ubiquity, Stata ecomplexity conventions; format=csv for a file',
        querystring: { type: 'object', additionalProperties: false, properties: query },
        response: tableAnswer({
          industry: { type: 'string' },
          nameZh: str,
          nameEn: str,
          pci: fig(),
          ubiquity: count('regions with RCA ≥ threshold'),
        }),
      },
    },
    async (req, reply) => {
      const r = await complexityIndustries(db, options(req.query));
      if (req.query.format === 'csv')
        return csv(req, reply, 'pci-industries', r, 'rows', r.columns);
      return r;
    },
  );

  app.get<{ Querystring: Query & { region?: string; strong?: number; maxExtra?: number } }>(
    '/api/complexity/space',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'The industry space: industries joined by proximity, the maximum spanning tree plus strong links (φ ≥ strong); with region, its RCA, M and density per industry. format=csv gives the links',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...query,
            region: { type: 'string', pattern: '^\\d{6}$' },
            strong: { type: 'number', minimum: 0, maximum: 1, default: 0.55 },
            maxExtra: { type: 'integer', minimum: 0, maximum: 5000 },
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['nodes', 'edges', 'strong', 'matrix', 'warnings'],
            properties: {
              nodes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    industry: { type: 'string' },
                    nameZh: str,
                    nameEn: str,
                    pci: fig(),
                    ubiquity: count('regions with RCA ≥ threshold'),
                    rca: fig('the region’s RCA'),
                    mcp: count('the region’s M: 1 when RCA ≥ threshold'),
                    density: fig('the region’s density'),
                  },
                },
              },
              edges: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    source: { type: 'string' },
                    target: { type: 'string' },
                    proximity: fig('φ, the minimum of the two conditional probabilities'),
                    backbone: { type: 'boolean' },
                  },
                },
              },
              region: str,
              strong: { type: 'number' },
              extraOmitted: { type: 'integer' },
              components: { type: 'integer' },
              matrix: matrixInfoSchema,
              warnings: { type: 'array', items: warningSchema },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const s = await industrySpace(db, {
        ...options(q),
        region: q.region,
        strong: q.strong,
        maxExtra: q.maxExtra,
      });
      if (q.format === 'csv')
        return csv(req, reply, 'industry-space', s, 'edges', [
          'source',
          'target',
          'proximity',
          'backbone',
        ]);
      return s;
    },
  );
}
