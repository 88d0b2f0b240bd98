import type { AtlasWarning } from '../../core/errors.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import {
  COMPLEXITY_METRICS,
  complexityOfYears,
  complexityMetric,
  complexityRows,
  type ComplexityKind,
  type ComplexityOptions,
  type ComplexityValues,
} from '../../analytics/complexity/complexity-metric.ts';

/** Whether a metric's name is one of the complexity family's (the CLI asks before it reads a file). */
export { isComplexityMetric } from '../../analytics/complexity/complexity-metric.ts';
import { cellResult } from '../metrics/cell-result.ts';
import type {
  MetricDefinition,
  MetricKind,
  MetricOptions,
  MetricResult,
} from '../metrics/metric-definition.ts';
import { matricesByYear } from '../metrics/matrices-by-year.ts';
import { readLongColumns } from '../metrics/read-long-columns.ts';

/** Options of the complexity metrics on top of MetricOptions (CLI: --threshold, --method, --convention, --reference-year). */
export type ComplexityMetricOptions = ComplexityOptions & { referenceYear?: string };

const metricKind = (k: ComplexityKind): MetricKind =>
  k === 'industry_pair' || k === 'region_pair' ? 'pair' : k;

function result(
  name: string,
  kind: ComplexityKind,
  parts: { columns: string[]; rows: Record<string, string | number>[]; warnings: AtlasWarning[] }[],
  warnings: AtlasWarning[],
): MetricResult {
  return {
    kind: metricKind(kind),
    columns: parts[0]?.columns ?? [],
    rows: parts.flatMap((p) => p.rows),
    warnings: [...warnings, ...parts.flatMap((p) => p.warnings)],
  };
}

/**
 * One matrix's result. A cell metric (density, COG, RCA, …) keeps its grid, so
 * the CLI streams it (emit-grid.ts) instead of building one object per cell:
 * at 3,000 × 1,400, `atlas metric density` took 7.7 s CPU and 1.7 GB through
 * 4.2M row objects (measured 2026-12-07, bench/cli.bench.ts's matrix).
 */
function oneMatrix(name: string, v: ComplexityValues, warnings: AtlasWarning[]): MetricResult {
  if (v.kind !== 'cell') return result(name, v.kind, [complexityRows(name, v)], warnings);
  const r = cellResult(v, name);
  r.warnings = [...warnings, ...r.warnings];
  return r;
}

/** Registry entries for the complexity metrics (spread into metric-registry.ts's defs). */
export const complexityMetricDefs: Record<string, (name: string) => MetricDefinition> =
  Object.fromEntries(
    Object.entries(COMPLEXITY_METRICS).map(([metric, def]) => [
      metric,
      (name: string): MetricDefinition => ({
        kind: metricKind(def.kind),
        description: def.description,
        input: 'matrix',
        compute: (matrix: RegionIndustryMatrix | null, opts: MetricOptions) => {
          if (!matrix) return { kind: metricKind(def.kind), columns: [], rows: [], warnings: [] };
          const v = complexityMetric(name, matrix, opts as MetricOptions & ComplexityOptions);
          return oneMatrix(name, v, v.warnings);
        },
      }),
    ]),
  );

/**
 * `atlas metric <complexity metric> --matrix FILE`: region,industry,value
 * with an optional year column; with a year, each year is computed on its own
 * and rows start with the year.
 */
export async function runComplexityFile(
  name: string,
  file: string,
  opts: ComplexityMetricOptions = {},
): Promise<MetricResult> {
  const read = await readLongColumns(file, ['region', 'industry'], 'value', ['year']);
  const hasYear = read.optional.includes('year');
  const { years, matrices, warnings: built } = matricesByYear(read, hasYear);
  const { results, warnings } = complexityOfYears(name, years, matrices, built, opts);
  const kind = COMPLEXITY_METRICS[name].kind;
  if (!hasYear && years.length === 1) return oneMatrix(name, results.get(years[0])!, warnings);
  return result(
    name,
    kind,
    years.map((y) => complexityRows(name, results.get(y)!, hasYear ? y : undefined)),
    warnings,
  );
}
