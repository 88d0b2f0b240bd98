import { directCoefficients } from '../../analytics/io/direct-coefficients.ts';
import { ghoshInverse } from '../../analytics/io/ghosh-inverse.ts';
import { leontiefInverse } from '../../analytics/io/leontief-inverse.ts';
import { linkages, type Linkages } from '../../analytics/io/linkages.ts';
import { outputCoefficients } from '../../analytics/io/output-coefficients.ts';
import { squareFromRows, type SquareMatrix } from '../../analytics/io/square-matrix.ts';
import { AtlasError } from '../../core/errors.ts';
import type { IoIndexEntry, IoTableFile } from './io-table.ts';
import { ioTable } from './tables.ts';

/** A table with its coefficients and inverses, computed once per table and kept. */
export interface IoModel {
  entry: IoIndexEntry;
  table: IoTableFile;
  z: SquareMatrix;
  /** Direct input coefficients a_ij = z_ij / x_j. */
  a: SquareMatrix;
  /** Direct output coefficients b_ij = z_ij / x_i. */
  b: SquareMatrix;
  /** Leontief inverse (I − A)⁻¹. */
  l: SquareMatrix;
  /** Ghosh inverse (I − B)⁻¹. */
  g: SquareMatrix;
  linkages: Linkages;
}

const models = new Map<string, IoModel>();

export function ioModel(entry: IoIndexEntry): IoModel {
  const hit = models.get(entry.id);
  if (hit) return hit;
  const table = ioTable(entry.id);
  const z = squareFromRows(table.z);
  const a = directCoefficients(z, table.totalInput);
  const b = outputCoefficients(z, table.totalOutput);
  let l: SquareMatrix;
  let g: SquareMatrix;
  try {
    l = leontiefInverse(a);
    g = ghoshInverse(b);
  } catch (e) {
    throw new AtlasError('ATLAS_E_DATA_INTEGRITY', `table ${entry.id}: ${(e as Error).message}`, {
      table: entry.id,
    });
  }
  const model = { entry, table, z, a, b, l, g, linkages: linkages(l, g) };
  models.set(entry.id, model);
  return model;
}
