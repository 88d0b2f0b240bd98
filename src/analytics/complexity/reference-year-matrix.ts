import { AtlasError } from '../../core/errors.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

/**
 * The matrix of `--reference-year` (undefined when none is asked), whose
 * scales every year's ECI, PCI, COI and COG then share; a year not in the
 * data is a usage error listing the years there are.
 */
export function referenceYearMatrix(
  referenceYear: string | undefined,
  years: string[],
  matrices: Map<string, RegionIndustryMatrix>,
): RegionIndustryMatrix | undefined {
  if (referenceYear === undefined) return undefined;
  const ref = matrices.get(referenceYear);
  if (!ref)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--reference-year ${referenceYear} is not in the data (years: ${years.join(', ')})`,
      { years },
    );
  return ref;
}
