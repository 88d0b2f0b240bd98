/**
 * A pairwise comparison matrix of the AHP: a_ij = how much more important
 * criterion i is than j (Saaty's 1-9 scale), a_ii = 1, a_ji = 1/a_ij.
 *
 * Conventions row-major n × n Float64Array. Judgements written to a few
 *   decimals (0.333 for 1/3) are accepted: a_ij·a_ji must be within 1% of 1.
 * Edge cases a non-positive or non-finite entry, a diagonal ≠ 1, or a pair
 *   that is not reciprocal is refused (ATLAS_E_BAD_VALUE) naming the cell.
 * Cost O(n²).
 */
import { AtlasError } from '../../core/errors.ts';

export interface PairwiseMatrix {
  criteria: string[];
  /** n × n, row-major. */
  values: Float64Array;
}

export function checkPairwise(pm: PairwiseMatrix): void {
  const n = pm.criteria.length;
  if (pm.values.length !== n * n || n === 0) {
    throw new AtlasError('ATLAS_E_BAD_VALUE', `pairwise matrix is not ${n} × ${n}`);
  }
  const at = (i: number, j: number) => pm.values[i * n + j];
  const name = (i: number, j: number) => `${pm.criteria[i]} × ${pm.criteria[j]}`;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = at(i, j);
      if (!Number.isFinite(a) || a <= 0) {
        throw new AtlasError('ATLAS_E_BAD_VALUE', `pairwise ${name(i, j)} = ${a}: must be > 0`, {
          row: pm.criteria[i],
          column: pm.criteria[j],
        });
      }
      if (i === j && Math.abs(a - 1) > 1e-12) {
        throw new AtlasError(
          'ATLAS_E_BAD_VALUE',
          `pairwise ${name(i, j)} = ${a}: diagonal must be 1`,
          {
            row: pm.criteria[i],
            column: pm.criteria[j],
          },
        );
      }
      if (j > i && Math.abs(a * at(j, i) - 1) > 0.01) {
        throw new AtlasError(
          'ATLAS_E_BAD_VALUE',
          `pairwise ${name(i, j)} = ${a} but ${name(j, i)} = ${at(j, i)}: must be reciprocal (a_ji = 1/a_ij)`,
          { row: pm.criteria[i], column: pm.criteria[j] },
        );
      }
    }
  }
}
