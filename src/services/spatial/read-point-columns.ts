import { AtlasError } from '../../core/errors.ts';
import { gcj02ToWgs84 } from '../../analytics/spatial/gcj02.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import type { ColumnarTable } from '../columnar/open-columnar-csv.ts';
import type { Crs, PointSet } from './point-set.ts';
import { pointsError, type PointIssue } from './points-error.ts';

type Numbers = { values: Float64Array; others: Map<number, string | null> };

/**
 * readPointsFile's checks (read-points-file.ts) over a CSV opened column-wise
 * (services/columnar): ids as texts, coordinates and weights as typed arrays
 * from DuckDB; a cell DuckDB does not read as a plain decimal goes through
 * parseNumber, so the values, the issues (file, line, column, trimmed value,
 * reason, code) and their order are those of the row-wise reader.
 * Cost: one read_csv pass, one table scan per column, O(rows) here.
 */
export async function readPointColumns(table: ColumnarTable, crs: Crs): Promise<PointSet> {
  const { file, csv, columns } = table;
  const byLower = new Map(columns.map((c, j) => [c.trim().toLowerCase(), j]));
  const missing = ['id', 'lon', 'lat'].filter((c) => !byLower.has(c));
  if (missing.length) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${file}: missing column(s) ${missing.join(', ')} (found: ${columns.join(', ')}); expected id,lon,lat[,weight]`,
      { file, missing, found: columns },
    );
  }
  const [idJ, lonJ, latJ] = ['id', 'lon', 'lat'].map((c) => byLower.get(c) as number);
  const weightJ = byLower.get('weight');
  const rawIds = await csv.texts(idJ);
  // Coordinates and weights in one scan of DuckDB's table.
  const read = await csv.scan(
    [],
    [lonJ, latJ, ...(weightJ === undefined ? [] : [weightJ])].map((column) => ({
      column,
      signed: true,
    })),
  );
  const [lonN, latN] = read.numbers;
  const weightN = weightJ === undefined ? null : read.numbers[2];
  const n = csv.rows - csv.blankCount;
  const ids: string[] = new Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const weights = weightN ? new Float64Array(n) : undefined;
  const issues: PointIssue[] = [];
  const at: { r: number; j: number }[] = [];
  let r = 0;
  const bad = (j: number, reason: string, code: PointIssue['code'] = 'ATLAS_E_BAD_VALUE') => {
    issues.push({ file, row: table.lineOf(r), column: columns[j], value: '', reason, code });
    at.push({ r, j });
  };
  for (let k = 0; r < csv.rows; r++) {
    if (csv.blank[r]) continue;
    const id = rawIds[r] === null ? '' : (rawIds[r] as string).trim();
    if (id === '') bad(idJ, 'empty id');
    ids[k] = id;
    const x = finite(lonN, r, lonJ, bad);
    const y = finite(latN, r, latJ, bad);
    if (x !== undefined && (x < -180 || x > 180))
      bad(lonJ, 'longitude outside [-180, 180]', 'ATLAS_E_BAD_COORDINATE');
    if (y !== undefined && (y < -90 || y > 90))
      bad(latJ, 'latitude outside [-90, 90]', 'ATLAS_E_BAD_COORDINATE');
    if (x !== undefined && y !== undefined) {
      const [wx, wy] = crs === 'gcj02' ? gcj02ToWgs84(x, y) : [x, y];
      lon[k] = wx;
      lat[k] = wy;
    }
    if (weightN && weights) {
      const wj = weightJ as number;
      const w = emptyCell(weightN, r) ? 1 : finite(weightN, r, wj, bad);
      if (w !== undefined && w < 0) bad(wj, 'negative weight');
      weights[k] = w ?? 0;
    }
    k++;
  }
  if (issues.length) {
    await fillValues(table, issues, at, rawIds);
    throw pointsError(file, issues);
  }
  return weights ? { ids, lon, lat, weights } : { ids, lon, lat };
}

/** Each issue's value: the trimmed raw text of its cell, as the row-wise reader shows it. */
async function fillValues(
  table: ColumnarTable,
  issues: PointIssue[],
  at: { r: number; j: number }[],
  rawIds: (string | null)[],
): Promise<void> {
  const byColumn = new Map<number, number[]>();
  for (const { r, j } of at) byColumn.set(j, [...(byColumn.get(j) ?? []), r]);
  const texts = new Map<number, Map<number, string | null>>();
  for (const [j, rows] of byColumn) texts.set(j, await table.csv.cells(j, rows));
  issues.forEach((issue, q) => {
    const { r, j } = at[q];
    const raw = j === -1 ? rawIds[r] : (texts.get(j)?.get(r) ?? null);
    issue.value = raw === null ? '' : raw.trim();
  });
}

/** True when a number cell is empty or white space (a weight then defaults to 1). */
function emptyCell(nums: Numbers, row: number): boolean {
  if (!Number.isNaN(nums.values[row])) return false;
  const raw = nums.others.get(row) ?? null;
  return raw === null || raw.trim() === '';
}

/** A finite number from the cell, or undefined after naming the problem (as the row-wise `num`). */
function finite(
  nums: Numbers,
  row: number,
  j: number,
  bad: (j: number, reason: string) => void,
): number | undefined {
  const v = nums.values[row];
  if (!Number.isNaN(v)) return v;
  const p = parseNumber(nums.others.get(row) ?? null);
  if (!p.ok || p.value === null || !Number.isFinite(p.value)) {
    bad(j, p.ok && p.value === null ? 'empty value' : 'not a number');
    return undefined;
  }
  return p.value;
}
