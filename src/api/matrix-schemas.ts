/**
 * The region × industry matrix's pieces as JSON Schema, for the routes built
 * on it that are not yet mounted whole from src/contract (complexity
 * tables, chains, consolidation). Each is generated from the
 * contract (src/contract/metrics.ts), so its confidential aggregates carry
 * the contract's marker; only the warning with open details is written here
 * until those answers map their warnings to the contract's.
 */
import { MatrixInfo, MatrixQuery } from '../contract/metrics.ts';
import type { MetricIndustryLevel } from '../core/model/metric-matrix.ts';
import type { StoreMatrixOptions } from '../services/metrics/store-matrix.ts';
import { wire } from './contract-schema.ts';

/** Query parameters shared by the routes over the matrix: how it is built. */
export const matrixQueryProperties = wire(MatrixQuery, 'input').properties as Record<
  string,
  unknown
>;

export const matrixInfoSchema = wire(MatrixInfo);

export const warningSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
  },
} as const;

/** The service's options from the matrix's query (the industry level as a number, or label). */
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
