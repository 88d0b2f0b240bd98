import type { MetricKind } from './metric-definition.ts';

/** The columns of a metric's rows, by what the rows are about. */
export const METRIC_COLUMNS: Record<MetricKind, string[]> = {
  cell: ['region', 'industry', 'value'],
  region: ['region', 'value'],
  industry: ['industry', 'value'],
  pair: ['a', 'b', 'value'],
};
