/**
 * Location quotient against a national reference structure (simple location
 * quotient, SLQ): a region's own row measured against the nation's industry
 * shares, not against the other rows of the matrix.
 *
 * Formula    LQᴺ_ri = (x_ri / X_r) / (E_i / E)
 * Symbols    x_ri value of industry i in region r (the matrix); E_i the national
 *            reference value of industry i (e.g. employment by GB/T 4754
 *            division); K the industries of the matrix that have a reference
 *            value; X_r = Σ_{i∈K} x_ri; E = Σ_{i∈K} E_i.
 * Conventions
 *            - Both shares are taken over the same industries K: a region's
 *              file that holds only manufacturing divisions is compared with
 *              the nation's manufacturing structure, not with all employment
 *              (which would inflate every quotient by E_all / E_manufacturing).
 *              When the matrix holds every division, E is the national total
 *              up to the source's rounding.
 *            - Each row on its own: a matrix of one region (an office's own
 *              yearbook table) is enough; other rows change nothing.
 *            - reference[i] NaN (no national value, e.g. a label or a class
 *              the reference does not have) → LQᴺ_ri = NaN for every r, and i
 *              is left out of K.
 *            - x_ri = 0 → 0; X_r = 0 → 0 for the whole row (as `lq`).
 *            - E_i = 0 with x_ri > 0 → NaN (the region holds what the nation
 *              reports none of: undefined, reported, not infinite).
 * Edge cases a region whose shares equal the nation's has LQᴺ = 1 everywhere;
 *            a reference proportional to the matrix's column sums gives the
 *            ordinary `lq`; E = 0 (no reference value > 0 in K) → all NaN.
 * Cost       O(R·I): one pass for E, one per row for X_r and the quotients.
 * References Isard (1960) Methods of Regional Analysis, ch. 7; Miller & Blair
 *            (2009) Input-Output Analysis, 2nd ed., §8.2 (SLQ_i =
 *            (x_i^r/x^r)/(x_i^n/x^n)); Florence (1939) Report on the Location
 *            of Industry.
 */
import { AtlasError } from '../../core/errors.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

/**
 * @param reference national value per industry, aligned with m.industries;
 *   NaN where the reference has none. Values must be finite and ≥ 0 otherwise.
 */
export function locationQuotientNational(
  m: RegionIndustryMatrix,
  reference: Float64Array,
): Float64Array {
  if (reference.length !== m.cols) {
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `the national reference has ${reference.length} values for ${m.cols} industries`,
      { industries: m.cols, reference: reference.length },
    );
  }
  for (let i = 0; i < m.cols; i++) {
    const e = reference[i];
    if (!Number.isNaN(e) && !(e >= 0 && e < Infinity)) {
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `national reference value ${e} for ${m.industries[i]} must be a finite number ≥ 0 (NaN: none)`,
        { industry: m.industries[i], value: e },
      );
    }
  }
  return kernel(m.rows, m.cols, m.values, reference);
}

function kernel(
  rows: number,
  cols: number,
  values: Float64Array,
  reference: Float64Array,
): Float64Array {
  let total = 0;
  for (let i = 0; i < cols; i++) if (!Number.isNaN(reference[i])) total += reference[i];
  const out = new Float64Array(rows * cols);
  if (!(total > 0)) return out.fill(NaN);
  // national share's inverse E / E_i per industry; NaN for no reference, Infinity for E_i = 0
  const inv = new Float64Array(cols);
  for (let i = 0; i < cols; i++) inv[i] = total / reference[i];
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let xr = 0;
    for (let i = 0; i < cols; i++) if (!Number.isNaN(reference[i])) xr += values[base + i];
    for (let i = 0; i < cols; i++) {
      const f = inv[i];
      const x = values[base + i];
      if (Number.isNaN(f)) out[base + i] = NaN;
      else if (x === 0 || xr === 0) out[base + i] = 0;
      else if (f === Infinity) out[base + i] = NaN;
      else out[base + i] = (x / xr) * f;
    }
  }
  return out;
}
