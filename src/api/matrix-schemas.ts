/**
 * The region × industry matrix's query (src/contract/metrics.ts, MatrixQuery)
 * as the options of the services built on it: the metric, homogeneity and
 * complexity routes read it the same way.
 */
import type { MatrixQuery } from '../contract/metrics.ts';
import type { MetricIndustryLevel } from '../core/model/metric-matrix.ts';
import type { StoreMatrixOptions } from '../services/metrics/store-matrix.ts';

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
