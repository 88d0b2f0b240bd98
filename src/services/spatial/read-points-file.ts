import { AtlasError } from '../../core/errors.ts';
import { gcj02ToWgs84 } from '../../analytics/spatial/gcj02.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { openColumnarCsv } from '../columnar/open-columnar-csv.ts';
import { readPointColumns } from './read-point-columns.ts';
import type { Crs, PointSet } from './point-set.ts';
import { pointsError, type PointIssue } from './points-error.ts';

export type { Crs, PointSet } from './point-set.ts';
export type { PointIssue } from './points-error.ts';
export { pointsError } from './points-error.ts';

/**
 * Reads a points file `id,lon,lat[,weight]` (CSV in UTF-8 or GB18030, or any
 * table ingest/read-table.ts reads; a UTF-8 CSV column-wise through DuckDB,
 * read-point-columns.ts, with the same checks and errors; headers match case-insensitively, extra
 * columns are ignored). Coordinates in degrees; with crs 'gcj02' they are
 * converted to WGS-84 on input (analytics/spatial/gcj02.ts), so every point
 * returned is WGS-84.
 * Fails before returning anything: ATLAS_E_FILE_NOT_FOUND / _FILE_EMPTY,
 * ATLAS_E_MISSING_COLUMN, ATLAS_E_BAD_VALUE (empty id, a coordinate or weight
 * that is not a number, a negative weight) or ATLAS_E_BAD_COORDINATE
 * (lon ∉ [−180, 180], lat ∉ [−90, 90]) — the code of the first bad cell, with
 * every bad cell listed in details.rows.
 */
export async function readPointsFile(file: string, crs: Crs = 'wgs84'): Promise<PointSet> {
  const columnar = await openColumnarCsv(file);
  if (!columnar) return readPointRows(file, crs);
  try {
    return await readPointColumns(columnar, crs);
  } catch (e) {
    // The file's own problems are AtlasErrors; anything else is the fast path's: read row-wise.
    if (e instanceof AtlasError) throw e;
    return readPointRows(file, crs);
  } finally {
    columnar.close();
  }
}

/** The row-wise reader (any format ingest/read-table.ts reads; the columnar one is tested against it). */
export async function readPointRows(file: string, crs: Crs): Promise<PointSet> {
  // Loaded on demand: it brings every format's parser (Excel, Parquet).
  const { readTable } = await import('../../ingest/read-table.ts');
  const table = await readTable(file);
  const byLower = new Map(table.columns.map((c) => [c.trim().toLowerCase(), c]));
  const missing = ['id', 'lon', 'lat'].filter((c) => !byLower.has(c));
  if (missing.length) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${file}: missing column(s) ${missing.join(', ')} (found: ${table.columns.join(', ')}); expected id,lon,lat[,weight]`,
      { file, missing, found: table.columns },
    );
  }
  const idCol = byLower.get('id') as string;
  const lonCol = byLower.get('lon') as string;
  const latCol = byLower.get('lat') as string;
  const weightCol = byLower.get('weight');
  const n = table.rows.length;
  const ids: string[] = [];
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const weights = weightCol ? new Float64Array(n) : undefined;
  const issues: PointIssue[] = [];
  table.rows.forEach((row, k) => {
    const at = table.rowNumbers[k];
    const text = (c: string) =>
      row[c] === null || row[c] === undefined ? '' : String(row[c]).trim();
    const bad = (column: string, reason: string, code: PointIssue['code'] = 'ATLAS_E_BAD_VALUE') =>
      issues.push({ file, row: at, column, value: text(column), reason, code });
    const id = text(idCol);
    if (id === '') bad(idCol, 'empty id');
    ids.push(id);
    const num = (c: string): number | undefined => {
      const p = parseNumber(row[c] as string | number | null);
      if (!p.ok || p.value === null || !Number.isFinite(p.value)) {
        bad(c, p.ok && p.value === null ? 'empty value' : 'not a number');
        return undefined;
      }
      return p.value;
    };
    const x = num(lonCol);
    const y = num(latCol);
    if (x !== undefined && (x < -180 || x > 180))
      bad(lonCol, 'longitude outside [-180, 180]', 'ATLAS_E_BAD_COORDINATE');
    if (y !== undefined && (y < -90 || y > 90))
      bad(latCol, 'latitude outside [-90, 90]', 'ATLAS_E_BAD_COORDINATE');
    if (x !== undefined && y !== undefined) {
      const [wx, wy] = crs === 'gcj02' ? gcj02ToWgs84(x, y) : [x, y];
      lon[k] = wx;
      lat[k] = wy;
    }
    if (weightCol && weights) {
      const w = text(weightCol) === '' ? 1 : num(weightCol);
      if (w !== undefined && w < 0) bad(weightCol, 'negative weight');
      weights[k] = w ?? 0;
    }
  });
  if (issues.length) throw pointsError(file, issues);
  return weights ? { ids, lon, lat, weights } : { ids, lon, lat };
}
