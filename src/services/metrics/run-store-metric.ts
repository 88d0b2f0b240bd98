import type { Duck } from '../../store/duck.ts';
import type { NamedCode } from '../../store/queries/metric-matrix.ts';
import { getMetric, type MetricOptions, type MetricResult } from './metric-registry.ts';
import { storeMatrix, type StoreMatrixInfo, type StoreMatrixOptions } from './store-matrix.ts';

export type StoreMetricOptions = StoreMatrixOptions & Pick<MetricOptions, 'n' | 'normalized'>;

export interface StoreMetricResult extends MetricResult {
  metric: string;
  /** How the matrix was built: measure, year, levels, synthetic share. */
  matrix: StoreMatrixInfo;
  /** Names of the codes in the rows, in matrix order. */
  regions: NamedCode[];
  industries: NamedCode[];
}

/**
 * The use case behind `GET /api/metrics/:name`: one metric of the registry
 * over the atlas's own region × industry matrix. The organisations are also
 * passed as firms, so crn is the share of the n largest organisations, eg/ms
 * work from them, and strong_cluster checks establishment counts.
 */
export async function runStoreMetric(
  db: Duck,
  name: string,
  opts: StoreMetricOptions = {},
): Promise<StoreMetricResult> {
  const def = getMetric(name);
  const built = await storeMatrix(db, opts);
  const result = def.compute(built.matrix, {
    n: opts.n,
    normalized: opts.normalized,
    firms: built.firms,
    year: built.info.year,
    measure: built.info.measure,
  });
  return {
    metric: name,
    ...result,
    warnings: [...built.warnings, ...result.warnings],
    matrix: built.info,
    regions: built.regionNames,
    industries: built.industryNames,
  };
}
