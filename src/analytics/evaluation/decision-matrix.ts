/**
 * The decision matrix of a multi-criteria evaluation: m alternatives
 * (clusters) × n indicators, row-major, NaN = missing.
 *
 * Conventions x_ij sits at values[i * n + j]; direction[j] says whether more
 *           is better ('benefit') or worse ('cost'). Every function of this
 *           folder takes and returns fresh arrays; none mutates its input.
 * Cost      O(m·n) memory.
 */
import { AtlasError } from '../../core/errors.ts';

export type Direction = 'benefit' | 'cost';

export interface DecisionMatrix {
  alternatives: string[];
  indicators: string[];
  /** m × n, row-major; NaN marks a missing value. */
  values: Float64Array;
}

/** Builds a matrix from rows of numbers (null/undefined/NaN = missing); checks the shape. */
export function decisionMatrix(
  alternatives: string[],
  indicators: string[],
  rows: ReadonlyArray<ReadonlyArray<number | null | undefined>>,
): DecisionMatrix {
  const m = alternatives.length;
  const n = indicators.length;
  if (rows.length !== m) {
    throw new AtlasError('ATLAS_E_EVALUATION_INPUT', `${rows.length} rows for ${m} alternatives`);
  }
  const values = new Float64Array(m * n);
  rows.forEach((row, i) => {
    if (row.length !== n) {
      throw new AtlasError(
        'ATLAS_E_EVALUATION_INPUT',
        `row ${alternatives[i]} has ${row.length} values for ${n} indicators`,
      );
    }
    row.forEach((v, j) => {
      values[i * n + j] = v === null || v === undefined ? NaN : v;
    });
  });
  return { alternatives: [...alternatives], indicators: [...indicators], values };
}

/** Column j as a fresh array. */
export function column(dm: DecisionMatrix, j: number): Float64Array {
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) out[i] = dm.values[i * n + j];
  return out;
}

/** True when any cell is missing. */
export function hasMissing(dm: DecisionMatrix): boolean {
  for (const v of dm.values) if (Number.isNaN(v)) return true;
  return false;
}

/** Refuses matrices that no method can score: fewer than 2 alternatives or no indicator. */
export function assertScorable(dm: DecisionMatrix): void {
  if (dm.alternatives.length < 2) {
    throw new AtlasError(
      'ATLAS_E_EVALUATION_INPUT',
      `need at least 2 alternatives to rank, got ${dm.alternatives.length}`,
    );
  }
  if (dm.indicators.length < 1) {
    throw new AtlasError('ATLAS_E_EVALUATION_INPUT', 'no indicator to score on');
  }
}
