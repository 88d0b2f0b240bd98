import type { AtlasWarning } from '../../core/errors.ts';
import { dropEmpty } from './drop-empty.ts';
import { regionIndustryMatrix, type RegionIndustryMatrix } from './region-industry-matrix.ts';

export interface LongCell {
  region: string;
  industry: string;
  value: number;
}

/**
 * Builds the dense matrix from long rows `region,industry,value`: duplicate
 * pairs are summed, missing pairs are 0, labels keep their order of first
 * appearance, and empty regions/industries are dropped with a warning
 * (drop-empty.ts). Values must be finite and ≥ 0 (checked by the matrix).
 */
export function matrixFromLong(cells: Iterable<LongCell>): {
  matrix: RegionIndustryMatrix;
  warnings: AtlasWarning[];
} {
  const regionIndex = new Map<string, number>();
  const industryIndex = new Map<string, number>();
  const triples: number[] = [];
  for (const c of cells) {
    let r = regionIndex.get(c.region);
    if (r === undefined) regionIndex.set(c.region, (r = regionIndex.size));
    let i = industryIndex.get(c.industry);
    if (i === undefined) industryIndex.set(c.industry, (i = industryIndex.size));
    triples.push(r, i, c.value);
  }
  const cols = industryIndex.size;
  const values = new Float64Array(regionIndex.size * cols);
  for (let k = 0; k < triples.length; k += 3)
    values[triples[k] * cols + triples[k + 1]] += triples[k + 2];
  return dropEmpty(
    regionIndustryMatrix([...regionIndex.keys()], [...industryIndex.keys()], values),
  );
}
