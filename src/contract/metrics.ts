/**
 * A concentration or specialisation metric over the atlas's own region ×
 * industry matrix (GET /api/metrics/:name, `atlas metric NAME --source`),
 * and the pieces every answer built on that matrix shares — how the matrix
 * is asked for (`MatrixQuery`), how it was built (`MatrixInfo`), a code with
 * its names (`NamedCode`) — used by the homogeneity, complexity and chain
 * answers too (docs/architecture.md, "The contract rule"). Figures built
 * from firms' measures are confidential aggregates.
 */
import { z } from 'zod';
import {
  MATRIX_SOURCES,
  METRIC_INDUSTRY_LEVELS,
  METRIC_MEASURES,
  METRIC_POPULATIONS,
  METRIC_REGION_LEVELS,
  SYNTHETIC_FILTERS,
} from '../core/model/metric-matrix.ts';
import { AnswerWarning } from './answer-warning.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';

const whole = z.number().int();

/** How the region × industry matrix is asked for: the query of every answer built on it. */
export const MatrixQuery = z.strictObject({
  source: z
    .enum(MATRIX_SOURCES)
    .default('organizations')
    .describe(
      'organizations: the atlas’s organisations summed or counted; statistics: the regional statistics loaded with atlas import --kind region-statistics',
    ),
  measure: z
    .enum(METRIC_MEASURES)
    .optional()
    .describe('default: employees where any organisation has them, else count'),
  year: whole
    .min(1900)
    .max(2100)
    .optional()
    .describe('default: the latest year with data (ignored for count)'),
  regionLevel: z.enum(METRIC_REGION_LEVELS).default('province'),
  industryLevel: z
    .enum(METRIC_INDUSTRY_LEVELS)
    .default('2')
    .describe('GB/T 4754 level (1 section … 4 class) of the primary industry, or its first label'),
  synthetic: z
    .enum(SYNTHETIC_FILTERS)
    .default('include')
    .describe('synthetic organisations: the response says how much of the total they are'),
  kind: z.string().max(40).optional().describe('only organisations of this kind'),
  population: z
    .enum(METRIC_POPULATIONS)
    .optional()
    .describe(
      'all organisations, or listed firms only; default: listed firms for a count in an atlas whose enterprises are mostly listed firms, else all',
    ),
});
export type MatrixQuery = z.input<typeof MatrixQuery>;

/** A region or an industry by its code, with its names. */
export const NamedCode = z.strictObject({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
});
export type NamedCode = z.infer<typeof NamedCode>;

/** How the region × industry matrix was built, and how much of it is synthetic. */
export const MatrixInfo = z
  .strictObject({
    source: z.enum(MATRIX_SOURCES).describe('what the matrix is built from: label it so'),
    statistics: z
      .strictObject({ rows: whole, sources: z.array(z.string()) })
      .optional()
      .describe('with source statistics: rows of the tables used and their sources as cited'),
    measure: z.enum(METRIC_MEASURES),
    year: whole.nullable(),
    years: z
      .array(whole)
      .describe('years with data for the measure, newest first (empty for count)'),
    regionLevel: z.enum(METRIC_REGION_LEVELS),
    industryLevel: z.union([z.literal([1, 2, 3, 4]), z.literal('label')]),
    synthetic: z.enum(SYNTHETIC_FILTERS),
    population: z
      .enum(METRIC_POPULATIONS)
      .describe('listed: the matrix counts listed firms only (say so beside the result)'),
    regions: whole,
    industries: whole,
    organizations: whole.describe('organisations placed in the matrix'),
    syntheticOrganizations: whole,
    listedOrganizations: whole.describe(
      'listed firms among the organisations: all of them means "listed firms only"',
    ),
    total: confidentialAggregate(),
    syntheticValue: confidentialAggregate(),
    syntheticShare: confidentialAggregate(z.number().min(0).max(1), 'syntheticValue / total'),
    unplaced: z
      .strictObject({ noRegion: whole, noIndustry: whole })
      .describe('organisations with a value but no region / no industry at the requested level'),
  })
  .describe('How the region × industry matrix was built, and how much of it is synthetic');
export type MatrixInfo = z.infer<typeof MatrixInfo>;

/** GET /api/metrics/:name: the metric's name, one of the registry's (given by the service). */
export const metricParams = (names: readonly [string, ...string[]]) =>
  z.strictObject({ name: z.enum(names) });

/** GET /api/metrics/:name's query: the matrix, and the options some metrics take. */
export const MetricQuery = MatrixQuery.extend({
  n: whole.min(1).max(1000).default(4).describe('crn'),
  normalized: z.boolean().default(false).describe('hhi: (H − 1/n)/(1 − 1/n)'),
  format: z.enum(['json', 'csv']).default('json'),
});
export type MetricQuery = z.output<typeof MetricQuery>;

export const METRIC_KINDS = ['cell', 'region', 'industry', 'pair'] as const;

/** One unit's value: a cell (region, industry), a region, an industry or a pair of regions (a, b). */
export const MetricRow = z.strictObject({
  region: z.string().optional(),
  industry: z.string().optional(),
  a: z.string().optional(),
  b: z.string().optional(),
  value: confidentialAggregate(),
});
export type MetricRow = z.infer<typeof MetricRow>;

/** A metric over the atlas's matrix, the matrix's making, and the codes' names. */
export const MetricAnswer = z
  .strictObject({
    metric: z.string(),
    kind: z.enum(METRIC_KINDS),
    columns: z.array(z.string()),
    rows: z.array(MetricRow),
    matrix: MatrixInfo,
    regions: z.array(NamedCode).describe('names of the codes in the rows, in matrix order'),
    industries: z.array(NamedCode),
    warnings: z.array(AnswerWarning),
  })
  .describe(
    'JSON as below; with format=csv, text/csv with the CLI’s columns (region,industry,value | region,value | industry,value | a,b,value)',
  );
export type MetricAnswer = z.infer<typeof MetricAnswer>;

/** GET /api/homogeneity's query: the matrix, the regions compared and how. */
export const HomogeneityQuery = MatrixQuery.extend({
  regionLevel: z
    .enum(METRIC_REGION_LEVELS)
    .optional()
    .describe('default: prefecture when any code is a prefecture or within is given'),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('the region compared'),
  peers: z
    .string()
    .regex(/^\d{6}(,\d{6})*$/)
    .optional()
    .describe('comma-separated region codes: pairs above the threshold'),
  within: z
    .string()
    .regex(/^\d{2}0000$/)
    .optional()
    .describe('a province: its prefectures are the peers'),
  industries: z
    .string()
    .max(2000)
    .optional()
    .describe('comma-separated priority industries instead of LQ ≥ 1'),
  threshold: z.number().min(0).max(1).default(0.8),
  limit: whole.min(1).max(500).default(10),
});
export type HomogeneityQuery = z.input<typeof HomogeneityQuery>;

const industryNames = {
  industry: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
};

/** An industry both regions of a pair prioritise, with its LQ and share in each. */
export const OverlapIndustry = z.strictObject({
  ...industryNames,
  lqA: confidentialAggregate(),
  lqB: confidentialAggregate(),
  shareA: confidentialAggregate(),
  shareB: confidentialAggregate(),
});

/** Two regions and how alike the industries they prioritise are. */
export const RegionPair = z.strictObject({
  a: NamedCode,
  b: NamedCode,
  similarity: confidentialAggregate(
    z.number(),
    'cosine of industry shares over the industries either region prioritises',
  ),
  similarityAll: confidentialAggregate(z.number(), 'cosine over every industry'),
  overlap: z.array(OverlapIndustry),
  overlapShare: z.strictObject({ a: confidentialAggregate(), b: confidentialAggregate() }),
});
export type RegionPair = z.infer<typeof RegionPair>;

/** Homogeneous competition (同质化竞争): a region's structure and priorities, and similar regions. */
export const HomogeneityAnswer = z.strictObject({
  basis: z.enum(['lq', 'industries']),
  threshold: z.number(),
  region: NamedCode.nullable(),
  peers: z.array(NamedCode),
  priorities: z.array(
    z.strictObject({
      ...industryNames,
      lq: confidentialAggregate(),
      share: confidentialAggregate(),
    }),
  ),
  structure: z
    .array(
      z.strictObject({
        ...industryNames,
        value: confidentialAggregate(),
        share: confidentialAggregate(),
        lq: confidentialAggregate(),
      }),
    )
    .describe("the region's industries by share"),
  similar: z.array(RegionPair),
  pairs: z.array(RegionPair),
  matrix: MatrixInfo,
  warnings: z.array(AnswerWarning),
});
export type HomogeneityAnswer = z.infer<typeof HomogeneityAnswer>;
