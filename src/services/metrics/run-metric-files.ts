import type { AtlasWarning } from '../../core/errors.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import { getMetric, type MetricOptions, type MetricResult } from './metric-registry.ts';
import { readFirmsFile, readMatrixFile, readRegionTotalsFile } from './metric-inputs.ts';

export interface MetricFiles {
  matrix?: string;
  firms?: string;
  regionTotals?: string;
  output?: string;
}

/**
 * The use case behind `atlas metric`: reads the input files, computes the
 * metric, and returns its rows with every warning (input and metric). Throws
 * before producing anything if an input is bad, so callers write nothing.
 */
export async function runMetricFiles(
  name: string,
  files: MetricFiles,
  opts: Pick<MetricOptions, 'n' | 'normalized' | 'year'> = {},
): Promise<MetricResult> {
  const def = getMetric(name);
  const warnings: AtlasWarning[] = [];
  let matrix: RegionIndustryMatrix | null = null;
  if (files.matrix) {
    const read = await readMatrixFile(files.matrix);
    matrix = read.matrix;
    warnings.push(...read.warnings);
  }
  const full: MetricOptions = { ...opts };
  if (files.firms) full.firms = await readFirmsFile(files.firms);
  if (files.regionTotals) full.regionTotals = await readRegionTotalsFile(files.regionTotals);
  if (files.output) full.output = (await readMatrixFile(files.output)).matrix;
  const result = def.compute(matrix, full);
  // Assigned, not spread: a spread would build a cell metric's rows (metric-registry.ts).
  result.warnings = [...warnings, ...result.warnings];
  return result;
}
