import { METRIC_COLUMNS } from './metric-columns.ts';
import type { CellGrid, MetricResult, MetricRow } from './metric-definition.ts';
import { undefinedWarning } from './undefined-warning.ts';

/**
 * A cell metric's result: the grid, the undefined cells named in a warning,
 * and `rows` (region, industry, value; undefined cells left out) built on
 * first access and kept.
 */
export function cellResult(grid: CellGrid, metric: string): MetricResult {
  const { regions, industries, values } = grid;
  const C = industries.length;
  const undefinedUnits: string[] = [];
  for (let k = 0; k < values.length; k++)
    if (Number.isNaN(values[k]))
      undefinedUnits.push(`${regions[Math.floor(k / C)]} × ${industries[k % C]}`);
  const result = {
    kind: 'cell',
    columns: METRIC_COLUMNS.cell,
    warnings: undefinedWarning(metric, undefinedUnits),
  } as Omit<MetricResult, 'rows'> as MetricResult;
  // Not enumerable: a spread, JSON or a redaction walk sees the rows, never 4.2M numbers twice.
  Object.defineProperty(result, 'grid', { value: grid, enumerable: false });
  let rows: MetricRow[] | undefined;
  Object.defineProperty(result, 'rows', {
    enumerable: true,
    configurable: true,
    get: () => (rows ??= gridRows(grid)),
    set: (r: MetricRow[]) => (rows = r),
  });
  return result;
}

/** The grid's defined cells as rows, region by region. */
function gridRows({ regions, industries, values }: CellGrid): MetricRow[] {
  const rows: MetricRow[] = [];
  const C = industries.length;
  for (let r = 0; r < regions.length; r++)
    for (let i = 0; i < C; i++) {
      const value = values[r * C + i];
      if (!Number.isNaN(value)) rows.push({ region: regions[r], industry: industries[i], value });
    }
  return rows;
}
