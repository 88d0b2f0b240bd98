import { AtlasError } from '../../core/errors.ts';

/**
 * A dense region × industry matrix: `values[r * cols + i]` is the value
 * (employment, output, firm count…) of industry i in region r. Row-major
 * Float64Array so that kernels walk memory in order; labels are kept beside.
 *
 * 3,000 × 1,400 cells take 34 MB, which is why the matrix is dense: a CSR
 * copy at 30% fill would save little and cost every kernel an indirection.
 */
export interface RegionIndustryMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly regions: readonly string[];
  readonly industries: readonly string[];
  readonly values: Float64Array;
}

/** Wraps values with their labels; checks sizes and that every value is finite and ≥ 0. */
export function regionIndustryMatrix(
  regions: readonly string[],
  industries: readonly string[],
  values: Float64Array,
): RegionIndustryMatrix {
  const rows = regions.length;
  const cols = industries.length;
  if (values.length !== rows * cols) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `matrix has ${values.length} values, expected ${rows} × ${cols}`,
      { rows, cols, length: values.length },
    );
  }
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!(v >= 0) || v === Infinity) {
      const r = Math.floor(k / cols);
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `value ${v} for ${regions[r]} × ${industries[k - r * cols]} must be a finite number ≥ 0`,
        { region: regions[r], industry: industries[k - r * cols], value: v },
      );
    }
  }
  return { rows, cols, regions, industries, values };
}
