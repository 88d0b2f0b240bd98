import {
  declareAggregates,
  declaredAggregates,
  type Contribution,
} from '../../core/access/disclosure.ts';
import type { MetricAnswer } from '../../contract/metrics.ts';
import type { FirmTable } from '../../analytics/matrix/firm-table.ts';
import type { Duck } from '../../store/duck.ts';
import type { NamedCode } from '../../store/queries/metric-matrix.ts';
import { answerWarnings } from '../answer-warnings.ts';
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
  const answer: StoreMetricResult = {
    metric: name,
    ...result,
    warnings: [...built.warnings, ...result.warnings],
    matrix: built.info,
    regions: built.regionNames,
    industries: built.industryNames,
  };
  const firms = built.info.measure === 'count' ? undefined : built.firms;
  return declareAggregates(
    answer,
    answer.rows.map((row, i) => ({
      path: ['rows', i, 'value'],
      sets: firms ? revealedSets(row, result.kind, firms, def.input !== 'matrix') : [],
    })),
  );
}

/**
 * GET /api/metrics/:name's answer (src/contract/metrics.ts): the metric with
 * its warnings as the wire carries them, its figures still declared as
 * confidential aggregates.
 */
export async function storeMetricAnswer(
  db: Duck,
  name: string,
  opts: StoreMetricOptions = {},
): Promise<MetricAnswer> {
  const r = await runStoreMetric(db, name, opts);
  const answer: MetricAnswer = {
    metric: r.metric,
    kind: r.kind,
    columns: r.columns,
    // The kernels' rows: the unit's labels and a number (NaN made null on the way out).
    rows: r.rows as MetricAnswer['rows'],
    matrix: r.matrix,
    regions: r.regions,
    industries: r.industries,
    warnings: answerWarnings(r.warnings),
  };
  return declareAggregates(answer, declaredAggregates(r) ?? []);
}

/**
 * What a metric's value over a unit reveals of the firms' measures: a cell's
 * value its cell's sum; a region's (an industry's) value the distribution
 * of its cells, so each cell of the row (column); a pair's, the cells of
 * both regions; a firm-level metric (crn over firms, eg, ms) the shares of
 * single firms, so each firm of the industry.
 */
export function revealedSets(
  row: Record<string, string | number>,
  kind: StoreMetricResult['kind'],
  firms: FirmTable,
  firmLevel: boolean,
): Contribution[][] {
  const cells = new Map<string, Contribution[]>();
  for (let k = 0; k < firms.firms.length; k++) {
    const region = firms.regions[firms.region[k]];
    const industry = firms.industries[firms.industry[k]];
    const inside =
      kind === 'cell'
        ? region === row.region && industry === row.industry
        : kind === 'region'
          ? region === row.region
          : kind === 'industry'
            ? industry === row.industry
            : region === row.a || region === row.b;
    if (!inside) continue;
    const key = firmLevel ? firms.firms[k] : `${region}\u0000${industry}`;
    const c = { id: firms.firms[k], value: firms.value[k] };
    const list = cells.get(key);
    if (list) list.push(c);
    else cells.set(key, [c]);
  }
  return [...cells.values()];
}
