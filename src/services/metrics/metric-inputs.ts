import type { AtlasWarning } from '../../core/errors.ts';
import { firmTable, type FirmTable } from '../../analytics/matrix/firm-table.ts';
import { matrixFromLong } from '../../analytics/matrix/matrix-from-long.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import { readLongFile } from './read-long-file.ts';

/** `region,industry,value` → the dense matrix (duplicates summed, empties dropped with a warning). */
export async function readMatrixFile(
  file: string,
): Promise<{ matrix: RegionIndustryMatrix; warnings: AtlasWarning[] }> {
  const { labels, values } = await readLongFile(file, ['region', 'industry']);
  return matrixFromLong(
    labels.map(([region, industry], k) => ({ region, industry, value: values[k] })),
  );
}

/** `region,industry,firm,value` → one entry per firm (plant). */
export async function readFirmsFile(file: string): Promise<FirmTable> {
  const { labels, values } = await readLongFile(file, ['region', 'industry', 'firm']);
  return firmTable(
    labels.map(([region, industry, firm], k) => ({ region, industry, firm, value: values[k] })),
  );
}

/** `region,value` → total activity of each region (duplicates summed), in file order. */
export async function readRegionTotalsFile(file: string): Promise<Map<string, number>> {
  const { labels, values } = await readLongFile(file, ['region']);
  const out = new Map<string, number>();
  labels.forEach(([region], k) => out.set(region, (out.get(region) ?? 0) + values[k]));
  return out;
}
