/**
 * Normalises every column of a decision matrix (normalise-column.ts), each
 * with its own method, direction and optional fixed parameters.
 *
 * Conventions the result is benefit-oriented (larger is better) except that
 *   TOPSIS calls the vector normalisation itself, without inversion.
 * Cost O(m·n).
 */
import { column, type DecisionMatrix, type Direction } from './decision-matrix.ts';
import {
  normaliseColumn,
  type Normalisation,
  type NormalisationParams,
} from './normalise-column.ts';

export interface ColumnSpec {
  direction: Direction;
  normalisation: Normalisation;
  params?: NormalisationParams;
}

export function normaliseMatrix(dm: DecisionMatrix, specs: readonly ColumnSpec[]): Float64Array {
  const m = dm.alternatives.length;
  const n = dm.indicators.length;
  const out = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    const s = specs[j];
    const r = normaliseColumn(column(dm, j), s.normalisation, s.direction, s.params);
    for (let i = 0; i < m; i++) out[i * n + j] = r[i];
  }
  return out;
}
