import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { loadNationalEmployment } from '../../store/reference.ts';

/** The national side of a location quotient, laid out on a matrix's industries. */
export interface NationalReference {
  /** National employment (万人) per industry, aligned with the industries asked; NaN: none. */
  values: Float64Array;
  /** The year of the national series used. */
  year: number;
  /** The year asked (the matrix's), or null when none was. */
  requestedYear: number | null;
  /** Years the series covers. */
  years: { first: number; last: number };
  source: string;
  /** Industries asked that the series does not hold (not a section letter or division code). */
  unmatched: string[];
  warnings: AtlasWarning[];
}

/**
 * National employment by GB/T 4754-2017 section (A-T) or division (2 digits)
 * in one year, for the industries of a matrix. The year is the one asked when
 * the series has it; before 1990 or after 2018 the nearest year, with
 * ATLAS_W_REFERENCE_YEAR; without a year, the latest. Fails with
 * ATLAS_E_BAD_VALUE when no industry is a section or division (a matrix by
 * group, class or label has no national reference here).
 */
export function nationalEmploymentReference(
  industries: readonly string[],
  year?: number | null,
): NationalReference {
  const data = loadNationalEmployment();
  const first = data.years[0];
  const last = data.years[data.years.length - 1];
  const requestedYear = year ?? null;
  const used = requestedYear === null ? last : Math.min(last, Math.max(first, requestedYear));
  const k = data.years.indexOf(used);
  const byCode = new Map<string, number | null>();
  for (const s of data.sections) byCode.set(s.code, s.values[k]);
  for (const d of data.divisions) byCode.set(d.code, d.values[k]);
  const unmatched: string[] = [];
  const values = Float64Array.from(industries, (code) => {
    const v = byCode.get(code);
    if (v === undefined) unmatched.push(code);
    return v ?? NaN;
  });
  if (unmatched.length === industries.length) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'The national employment reference is by GB/T 4754 section (A-T) or division (2 digits): build the matrix at industry level 1 or 2',
      { industries: industries.slice(0, 10) },
    );
  }
  const warnings: AtlasWarning[] = [];
  if (requestedYear !== null && requestedYear !== used) {
    warnings.push(
      warning(
        'ATLAS_W_REFERENCE_YEAR',
        `National employment by division covers ${first}-${last}: the matrix's year ${requestedYear} is compared with ${used}`,
        { requestedYear, year: used, first, last },
      ),
    );
  }
  return {
    values,
    year: used,
    requestedYear,
    years: { first, last },
    source: data.provenance.source,
    unmatched,
    warnings,
  };
}
