import type { AtlasWarning } from '../../core/errors.ts';
import { complexityScales } from '../../analytics/complexity/complexity-metric.ts';
import { referenceYearMatrix } from '../../analytics/complexity/reference-year-matrix.ts';
import {
  complexitySuite,
  type ComplexitySuite,
} from '../../analytics/complexity/complexity-suite.ts';
import type { ComplexityMetricOptions } from './complexity-metrics.ts';
import { matricesByYear } from '../metrics/matrices-by-year.ts';
import { readLongColumns } from '../metrics/read-long-columns.ts';

export type { ComplexitySuite };

/** The suite of each year of a file ('' when it has no year column), years sorted. */
export interface ComplexitySuiteFile {
  hasYear: boolean;
  years: string[];
  suites: ComplexitySuite[];
  warnings: AtlasWarning[];
}

/**
 * `atlas metric complexity --matrix FILE`: region,industry,value (optional
 * year column) read once, column-wise (read-long-columns.ts: errors name
 * file, row, column and reason), then the whole suite per year
 * (analytics/complexity/complexity-suite.ts). With `referenceYear`, ECI, PCI,
 * COI and COG of every year are on that year's scale, as the single metrics.
 */
export async function complexitySuiteFile(
  file: string,
  opts: ComplexityMetricOptions = {},
): Promise<ComplexitySuiteFile> {
  const read = await readLongColumns(file, ['region', 'industry'], 'value', ['year']);
  const hasYear = read.optional.includes('year');
  const { years, matrices, warnings } = matricesByYear(read, hasYear);
  const ref = referenceYearMatrix(opts.referenceYear, years, matrices);
  const scales = ref && complexityScales(ref, opts);
  const suites = years.map((y) => {
    const s = complexitySuite(matrices.get(y)!, opts, scales);
    warnings.push(
      ...s.warnings.map((x) => ({ ...x, message: y ? `${y}: ${x.message}` : x.message })),
    );
    return s;
  });
  return { hasYear, years, suites, warnings };
}
