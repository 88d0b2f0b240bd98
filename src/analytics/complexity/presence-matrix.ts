import { warning, type AtlasWarning } from '../../core/errors.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';
import { diversity } from './diversity.ts';
import { rcaPresence } from './rca-presence.ts';
import { ubiquity } from './ubiquity.ts';

/**
 * M with everything the complexity kernels need: dense 0/1 values, the ones
 * of each row as compressed sparse rows (the kernels walk only the ones: at
 * RCA ≥ 1 about a sixth of the cells), diversity and ubiquity. Regions and
 * industries with no one are not in it: ECI divides by d_r and u_i.
 */
export interface PresenceMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly regions: readonly string[];
  readonly industries: readonly string[];
  readonly values: Float64Array;
  readonly rowPtr: Int32Array;
  readonly colIndex: Int32Array;
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
}

export interface PresenceOptions {
  /** M = RCA ≥ threshold (default 1). */
  threshold?: number;
  /**
   * true: the values are M already; 'auto' (default): when every value is 0
   * or 1 and both occur (Stata's binary detection: min 0 and max 1).
   */
  binary?: boolean | 'auto';
}

function isBinary(v: Float64Array): boolean {
  let zero = false;
  let one = false;
  for (let k = 0; k < v.length; k++) {
    if (v[k] === 0) zero = true;
    else if (v[k] === 1) one = true;
    else return false;
  }
  return zero && one;
}

/** A PresenceMatrix from 0/1 values; rows/cols without a one are dropped with ATLAS_W_EMPTY_DROPPED. */
export function presenceFromBinary(
  regions: readonly string[],
  industries: readonly string[],
  values: Float64Array,
  why = 'no specialisation',
  counts?: {
    diversity: Float64Array;
    ubiquity: Float64Array;
    /** M's ones by row (CSR) when the caller listed them already (rca-presence.ts). */
    rowPtr?: Int32Array;
    colIndex?: Int32Array;
  },
): {
  presence: PresenceMatrix;
  kept: { rows: Int32Array; cols: Int32Array };
  warnings: AtlasWarning[];
} {
  const R = regions.length;
  const I = industries.length;
  const d = counts?.diversity ?? diversity(values, R, I);
  const u = counts?.ubiquity ?? ubiquity(values, R, I);
  const keepR: number[] = [];
  const keepC: number[] = [];
  for (let r = 0; r < R; r++) if (d[r] > 0) keepR.push(r);
  for (let i = 0; i < I; i++) if (u[i] > 0) keepC.push(i);
  const warnings: AtlasWarning[] = [];
  let v = values;
  if (keepR.length < R || keepC.length < I) {
    const dr = regions.filter((_, r) => !(d[r] > 0));
    const di = industries.filter((_, i) => !(u[i] > 0));
    warnings.push(
      warning(
        'ATLAS_W_EMPTY_DROPPED',
        `Dropped ${dr.length} region(s) and ${di.length} industr(y/ies) with ${why}`,
        { regions: dr, industries: di },
      ),
    );
    v = new Float64Array(keepR.length * keepC.length);
    let k = 0;
    for (const r of keepR) for (const i of keepC) v[k++] = values[r * I + i];
  }
  const rows = keepR.length;
  const cols = keepC.length;
  const dropped = v !== values;
  const dk = dropped ? diversity(v, rows, cols) : d;
  const uk = dropped ? ubiquity(v, rows, cols) : u;
  const given = !dropped && counts?.rowPtr && counts.colIndex ? counts : null;
  const { rowPtr, colIndex } = given
    ? { rowPtr: given.rowPtr as Int32Array, colIndex: given.colIndex as Int32Array }
    : onesByRow(v, rows, cols, dk);
  return {
    presence: {
      rows,
      cols,
      regions: keepR.map((r) => regions[r]),
      industries: keepC.map((i) => industries[i]),
      values: v,
      rowPtr,
      colIndex,
      diversity: dk,
      ubiquity: uk,
    },
    kept: { rows: Int32Array.from(keepR), cols: Int32Array.from(keepC) },
    warnings,
  };
}

/** The ones of a dense 0/1 matrix by row (CSR). */
function onesByRow(v: Float64Array, rows: number, cols: number, d: Float64Array) {
  const rowPtr = new Int32Array(rows + 1);
  let nnz = 0;
  for (let r = 0; r < rows; r++) nnz += d[r];
  const colIndex = new Int32Array(nnz);
  let p = 0;
  for (let r = 0; r < rows; r++) {
    for (let i = 0, b = r * cols; i < cols; i++) if (v[b + i] !== 0) colIndex[p++] = i;
    rowPtr[r + 1] = p;
  }
  return { rowPtr, colIndex };
}

/**
 * RCA (unless the input is binary) → M → PresenceMatrix. The input matrix
 * has no empty row or column (matrixFromLong drops them before M is built,
 * as Stata drops zero totals); a threshold above 1 can still leave a region
 * with no specialisation, which is then dropped here with a warning (Stata
 * would divide by zero).
 */
export function presenceMatrix(
  m: RegionIndustryMatrix,
  opts: PresenceOptions = {},
): { presence: PresenceMatrix; rca: Float64Array | null; warnings: AtlasWarning[] } {
  const binary = opts.binary ?? 'auto';
  const asBinary = binary === true || (binary === 'auto' && isBinary(m.values));
  // RCA, M and M's margins in one pass (rca-presence.ts; its slow twin is mcp(rca(m))).
  const fused = asBinary ? null : rcaPresence(m, opts.threshold ?? 1);
  const values = fused ? fused.presence : Float64Array.from(m.values, (x) => (x !== 0 ? 1 : 0));
  const { presence, warnings } = presenceFromBinary(
    m.regions,
    m.industries,
    values,
    `no RCA ≥ ${opts.threshold ?? 1}`,
    fused ?? undefined,
  );
  return { presence, rca: fused ? fused.rca : null, warnings };
}
