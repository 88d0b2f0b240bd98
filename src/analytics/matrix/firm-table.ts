import { AtlasError } from '../../core/errors.ts';

/**
 * Firm-level (plant-level) input: one entry per firm with its region,
 * industry and size (employees, output). Region and industry are indices into
 * the label arrays, in order of first appearance.
 */
export interface FirmTable {
  readonly regions: readonly string[];
  readonly industries: readonly string[];
  readonly firms: readonly string[];
  readonly region: Int32Array;
  readonly industry: Int32Array;
  readonly value: Float64Array;
}

export interface LongFirm {
  region: string;
  industry: string;
  firm: string;
  value: number;
}

/**
 * Builds the table; `regions` may be given first (e.g. from a region-totals
 * file) so that indices line up with another vector. Values must be finite, ≥ 0.
 */
export function firmTable(rows: readonly LongFirm[], regions: readonly string[] = []): FirmTable {
  const regionIndex = new Map<string, number>(regions.map((r, k) => [r, k]));
  const industryIndex = new Map<string, number>();
  const region = new Int32Array(rows.length);
  const industry = new Int32Array(rows.length);
  const value = new Float64Array(rows.length);
  rows.forEach((f, k) => {
    if (!(f.value >= 0) || f.value === Infinity) {
      throw new AtlasError('ATLAS_E_BAD_VALUE', `firm ${f.firm}: value ${f.value} must be ≥ 0`, {
        firm: f.firm,
        value: f.value,
      });
    }
    let r = regionIndex.get(f.region);
    if (r === undefined) regionIndex.set(f.region, (r = regionIndex.size));
    let i = industryIndex.get(f.industry);
    if (i === undefined) industryIndex.set(f.industry, (i = industryIndex.size));
    region[k] = r;
    industry[k] = i;
    value[k] = f.value;
  });
  return {
    regions: [...regionIndex.keys()],
    industries: [...industryIndex.keys()],
    firms: rows.map((f) => f.firm),
    region,
    industry,
    value,
  };
}
