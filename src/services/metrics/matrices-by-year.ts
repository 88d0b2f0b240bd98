import type { AtlasWarning } from '../../core/errors.ts';
import { matrixFromCodes } from '../../analytics/matrix/matrix-from-codes.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import type { LongColumns } from './read-long-columns.ts';

/**
 * One region × industry matrix per year from a long file read column-wise
 * (labels: region, industry[, year]): what complexityByYear builds from one
 * object per cell, without them. Years sorted as text ('' without a year
 * column); within a year, regions and industries by first appearance among
 * that year's rows, duplicates summed, empties dropped with a warning
 * prefixed by the year (matrix-from-codes.ts).
 * Cost: O(rows) per year over typed arrays.
 */
export function matricesByYear(
  read: LongColumns,
  hasYear: boolean,
): { years: string[]; matrices: Map<string, RegionIndustryMatrix>; warnings: AtlasWarning[] } {
  const [regions, industries, year] = read.labels;
  const matrices = new Map<string, RegionIndustryMatrix>();
  const warnings: AtlasWarning[] = [];
  if (!hasYear) {
    const built = matrixFromCodes(
      regions.names,
      industries.names,
      regions.codes,
      industries.codes,
      read.values,
    );
    matrices.set('', built.matrix);
    return { years: [''], matrices, warnings: built.warnings };
  }
  const years = [...year.names].sort();
  for (const y of years) {
    const yc = year.names.indexOf(y);
    const local = localCodes(read, yc);
    const { matrix, warnings: w } = matrixFromCodes(
      local.regions.map((r) => regions.names[r]),
      local.industries.map((i) => industries.names[i]),
      local.regionCodes,
      local.industryCodes,
      local.values,
    );
    matrices.set(y, matrix);
    warnings.push(...w.map((x) => ({ ...x, message: y ? `${y}: ${x.message}` : x.message })));
  }
  return { years, matrices, warnings };
}

/** The rows of year `yc`, their regions and industries renumbered by first appearance. */
function localCodes(read: LongColumns, yc: number) {
  const [regions, industries, year] = read.labels;
  const rMap = new Int32Array(regions.names.length).fill(-1);
  const iMap = new Int32Array(industries.names.length).fill(-1);
  const localRegions: number[] = [];
  const localIndustries: number[] = [];
  let n = 0;
  for (let k = 0; k < read.values.length; k++) if (year.codes[k] === yc) n++;
  const regionCodes = new Int32Array(n);
  const industryCodes = new Int32Array(n);
  const values = new Float64Array(n);
  for (let k = 0, q = 0; k < read.values.length; k++) {
    if (year.codes[k] !== yc) continue;
    const r = regions.codes[k];
    const i = industries.codes[k];
    if (rMap[r] < 0) rMap[r] = localRegions.push(r) - 1;
    if (iMap[i] < 0) iMap[i] = localIndustries.push(i) - 1;
    regionCodes[q] = rMap[r];
    industryCodes[q] = iMap[i];
    values[q++] = read.values[k];
  }
  return { regions: localRegions, industries: localIndustries, regionCodes, industryCodes, values };
}
