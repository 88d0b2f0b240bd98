import { AtlasError } from '../../core/errors.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { readTable } from '../../ingest/read-table.ts';

/** One problem in an input file, located to file, row (header = 1) and column. */
export interface InputIssue {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

/**
 * Reads a metric input file (CSV, XLSX, JSON, Parquet: ingest/read-table.ts)
 * and returns, per row, the text of `labels` and the number in `valueColumn`.
 * Headers match case-insensitively; extra columns are ignored. Fails before
 * returning anything: ATLAS_E_FILE_NOT_FOUND / _FILE_EMPTY / _MISSING_COLUMN,
 * or ATLAS_E_INVALID_ROWS listing every row with an empty label, a value that
 * is not a number, or a negative value.
 */
export async function readLongFile(
  file: string,
  labels: readonly string[],
  valueColumn = 'value',
): Promise<{ labels: string[][]; values: number[] }> {
  const table = await readTable(file);
  const byLower = new Map(table.columns.map((c) => [c.trim().toLowerCase(), c]));
  const want = [...labels, valueColumn];
  const missing = want.filter((c) => !byLower.has(c));
  if (missing.length) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${file}: missing column(s) ${missing.join(', ')} (found: ${table.columns.join(', ')})`,
      { file, missing, found: table.columns },
    );
  }
  const labelCols = labels.map((c) => byLower.get(c) as string);
  const valueCol = byLower.get(valueColumn) as string;
  const issues: InputIssue[] = [];
  const outLabels: string[][] = [];
  const values: number[] = [];
  table.rows.forEach((row, k) => {
    const at = table.rowNumbers[k];
    const texts = labelCols.map((c) => (row[c] === null ? '' : String(row[c]).trim()));
    texts.forEach((t, j) => {
      if (t === '')
        issues.push({ file, row: at, column: labelCols[j], value: '', reason: 'empty label' });
    });
    const cell = row[valueCol];
    const parsed = parseNumber(cell);
    const shown = cell === null ? '' : String(cell);
    if (!parsed.ok) {
      issues.push({ file, row: at, column: valueCol, value: shown, reason: 'not a number' });
    } else if (parsed.value === null) {
      issues.push({ file, row: at, column: valueCol, value: shown, reason: 'empty value' });
    } else if (parsed.value < 0) {
      issues.push({ file, row: at, column: valueCol, value: shown, reason: 'negative value' });
    } else {
      outLabels.push(texts);
      values.push(parsed.value);
    }
  });
  if (issues.length) {
    const first = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${file}: ${issues.length} invalid row(s); first at row ${first.row}, column ${first.column}: ${first.reason}`,
      { file, rows: issues },
    );
  }
  return { labels: outLabels, values };
}
