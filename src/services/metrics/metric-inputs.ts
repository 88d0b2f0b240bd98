import type { AtlasWarning } from '../../core/errors.ts';
import { firmTable, type FirmTable } from '../../analytics/matrix/firm-table.ts';
import { matrixFromCodes } from '../../analytics/matrix/matrix-from-codes.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import { readLongColumns } from './read-long-columns.ts';

/**
 * `region,industry,value` → the dense matrix (duplicates summed, empties
 * dropped with a warning), read column-wise (read-long-columns.ts).
 */
export async function readMatrixFile(
  file: string,
): Promise<{ matrix: RegionIndustryMatrix; warnings: AtlasWarning[] }> {
  const { labels, values } = await readLongColumns(file, ['region', 'industry']);
  const [regions, industries] = labels;
  return matrixFromCodes(regions.names, industries.names, regions.codes, industries.codes, values);
}

/** `region,industry,firm,value` → one entry per firm (plant). */
export async function readFirmsFile(file: string): Promise<FirmTable> {
  const { readLongFile } = await import('./read-long-file.ts');
  const { labels, values } = await readLongFile(file, ['region', 'industry', 'firm']);
  return firmTable(
    labels.map(([region, industry, firm], k) => ({ region, industry, firm, value: values[k] })),
  );
}

/** `region,value` → total activity of each region (duplicates summed), in file order. */
export async function readRegionTotalsFile(file: string): Promise<Map<string, number>> {
  const { readLongFile } = await import('./read-long-file.ts');
  const { labels, values } = await readLongFile(file, ['region']);
  const out = new Map<string, number>();
  labels.forEach(([region], k) => out.set(region, (out.get(region) ?? 0) + values[k]));
  return out;
}
