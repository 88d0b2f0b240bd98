import { csvCell as cell } from '../../core/text/csv-cell.ts';

/**
 * Metric rows as CSV with the given columns, header first: the same layout
 * as `atlas metric` (region,industry,value / region,value / industry,value /
 * a,b,value), so that an API export and a CLI run can be diffed. Numbers are
 * written unrounded (JavaScript's shortest round-trip form).
 */
export function metricCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return lines.join('\n') + '\n';
}
