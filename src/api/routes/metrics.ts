import type { FastifyInstance } from 'fastify';
import { confidentialAggregate } from '../../core/access/disclosure.ts';
import { redactFigures } from '../../services/access/redact.ts';
import { metricCsv } from '../../services/metrics/metric-csv.ts';
import { metricRegistry } from '../../services/metrics/metric-registry.ts';
import { runStoreMetric } from '../../services/metrics/run-store-metric.ts';
import { MATRIX_SOURCES, type StoreMatrixOptions } from '../../services/metrics/store-matrix.ts';
import type { Duck } from '../../store/duck.ts';
import {
  METRIC_MEASURES,
  METRIC_POPULATIONS,
  METRIC_REGION_LEVELS,
  type MetricIndustryLevel,
} from '../../store/queries/metric-matrix.ts';
import { errorResponses } from '../schemas.ts';

/** Query parameters shared by the metric and homogeneity routes: how the matrix is built. */
export const matrixQueryProperties = {
  source: {
    type: 'string',
    enum: [...MATRIX_SOURCES],
    default: 'organizations',
    description:
      'organizations: the atlas’s organisations summed or counted; statistics: the regional statistics loaded with atlas import --kind region-statistics',
  },
  measure: {
    type: 'string',
    enum: [...METRIC_MEASURES],
    description: 'default: employees where any organisation has them, else count',
  },
  year: {
    type: 'integer',
    minimum: 1900,
    maximum: 2100,
    description: 'default: the latest year with data (ignored for count)',
  },
  regionLevel: { type: 'string', enum: [...METRIC_REGION_LEVELS], default: 'province' },
  industryLevel: {
    type: 'string',
    enum: ['1', '2', '3', '4', 'label'],
    default: '2',
    description:
      'GB/T 4754 level (1 section … 4 class) of the primary industry, or its first label',
  },
  synthetic: {
    type: 'string',
    enum: ['include', 'exclude', 'only'],
    default: 'include',
    description: 'synthetic organisations: the response says how much of the total they are',
  },
  kind: { type: 'string', maxLength: 40, description: 'only organisations of this kind' },
  population: {
    type: 'string',
    enum: [...METRIC_POPULATIONS],
    description:
      'all organisations, or listed firms only; default: listed firms for a count in an atlas whose enterprises are mostly listed firms, else all',
  },
} as const;

export interface MatrixQuery {
  source?: StoreMatrixOptions['source'];
  measure?: StoreMatrixOptions['measure'];
  year?: number;
  regionLevel?: StoreMatrixOptions['regionLevel'];
  industryLevel?: string;
  synthetic?: StoreMatrixOptions['synthetic'];
  kind?: string;
  population?: StoreMatrixOptions['population'];
}

export function matrixOptions(q: MatrixQuery): StoreMatrixOptions {
  const level = q.industryLevel ?? '2';
  return {
    source: q.source,
    measure: q.measure,
    year: q.year,
    regionLevel: q.regionLevel,
    industryLevel: (level === 'label' ? 'label' : Number(level)) as MetricIndustryLevel,
    synthetic: q.synthetic,
    kind: q.kind,
    population: q.population,
  };
}

const nullable = (type: string) => ({ type: [type, 'null'] });

export const namedCodeSchema = {
  type: 'object',
  required: ['code', 'nameZh'],
  properties: { code: { type: 'string' }, nameZh: { type: 'string' }, nameEn: nullable('string') },
} as const;

export const warningSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
} as const;

export const matrixInfoSchema = {
  type: 'object',
  description: 'How the region × industry matrix was built, and how much of it is synthetic',
  required: ['measure', 'year', 'regionLevel', 'industryLevel', 'organizations', 'syntheticShare'],
  properties: {
    source: {
      type: 'string',
      enum: [...MATRIX_SOURCES],
      description: 'what the matrix is built from: label it so',
    },
    statistics: {
      type: 'object',
      description: 'with source statistics: rows of the tables used and their sources as cited',
      properties: {
        rows: { type: 'integer' },
        sources: { type: 'array', items: { type: 'string' } },
      },
    },
    measure: { type: 'string' },
    year: nullable('integer'),
    years: { type: 'array', items: { type: 'integer' } },
    regionLevel: { type: 'string' },
    industryLevel: { type: ['integer', 'string'] },
    synthetic: { type: 'string' },
    regions: { type: 'integer' },
    industries: { type: 'integer' },
    organizations: { type: 'integer' },
    syntheticOrganizations: { type: 'integer' },
    population: {
      type: 'string',
      enum: [...METRIC_POPULATIONS],
      description: 'listed: the matrix counts listed firms only (say so beside the result)',
    },
    listedOrganizations: {
      type: 'integer',
      description: 'listed firms among the organisations: all of them means "listed firms only"',
    },
    total: confidentialAggregate({ type: 'number' }),
    syntheticValue: confidentialAggregate({ type: 'number' }),
    syntheticShare: confidentialAggregate({ type: 'number', minimum: 0, maximum: 1 }),
    unplaced: {
      type: 'object',
      properties: { noRegion: { type: 'integer' }, noIndustry: { type: 'integer' } },
    },
  },
} as const;

interface Query extends MatrixQuery {
  n?: number;
  normalized?: boolean;
  format?: 'json' | 'csv';
}

const responseSchema = {
  description:
    'JSON as below; with format=csv, text/csv with the CLI’s columns (region,industry,value | region,value | industry,value | a,b,value)',
  type: 'object',
  required: ['metric', 'kind', 'columns', 'rows', 'matrix', 'regions', 'industries', 'warnings'],
  properties: {
    metric: { type: 'string' },
    kind: { type: 'string', enum: ['cell', 'region', 'industry', 'pair'] },
    columns: { type: 'array', items: { type: 'string' } },
    rows: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          region: { type: 'string' },
          industry: { type: 'string' },
          a: { type: 'string' },
          b: { type: 'string' },
          value: confidentialAggregate({ type: 'number' }),
        },
      },
    },
    matrix: matrixInfoSchema,
    regions: { type: 'array', items: namedCodeSchema },
    industries: { type: 'array', items: namedCodeSchema },
    warnings: { type: 'array', items: warningSchema },
  },
} as const;

export function metricRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Params: { name: string }; Querystring: Query }>(
    '/api/metrics/:name',
    {
      schema: {
        tags: ['metrics'],
        summary:
          'A concentration / specialisation metric over the atlas’s region × industry matrix (JSON, or CSV as `atlas metric`)',
        params: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string', enum: Object.keys(metricRegistry) } },
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...matrixQueryProperties,
            n: { type: 'integer', minimum: 1, maximum: 1000, default: 4, description: 'crn' },
            normalized: {
              type: 'boolean',
              default: false,
              description: 'hhi: (H − 1/n)/(1 − 1/n)',
            },
            format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
          },
        },
        response: {
          200: responseSchema,
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const result = await runStoreMetric(db, req.params.name, {
        ...matrixOptions(q),
        n: q.n,
        normalized: q.normalized,
      });
      if (q.format === 'csv') {
        // Not serialised through the hook: the same disclosure rule, applied here.
        const shown = redactFigures(result, req.viewer, responseSchema);
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
