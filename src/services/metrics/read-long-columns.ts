import { AtlasError } from '../../core/errors.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { firstAppearanceLabels } from '../columnar/first-appearance-labels.ts';
import { openColumnarCsv, type ColumnarTable } from '../columnar/open-columnar-csv.ts';
import type { InputIssue } from './read-long-file.ts';

/** One label column: its distinct labels (trimmed, by first appearance) and each row's id. */
export interface LabelColumn {
  names: string[];
  codes: Int32Array;
}

/** A long file read column-wise: the labels asked for, in that order, and the values. */
export interface LongColumns {
  labels: LabelColumn[];
  values: Float64Array;
  /** Which of the optional label columns the file has (they follow the required ones). */
  optional: string[];
}

/**
 * readLongFile's contract (read-long-file.ts: the same columns, checks,
 * error codes and messages naming file, row, column and reason), column-wise:
 * a UTF-8 CSV goes through DuckDB's read_csv into typed arrays
 * (services/columnar), validated over the columns; anything else — another
 * format or encoding, irregular quoting — through readLongFile, coded
 * afterwards. `optional` label columns are read when present.
 * The value column is first read by read_csv as DOUBLE; a file where that
 * read fails, or leaves a kept row without a finite value ≥ 0 or a label, is
 * read again with text cells (the strict path), which names every problem.
 * Cost on the fast path: one read_csv pass, a dictionary per label column
 * and one joined scan; a few thousand strings for a million rows.
 */
export async function readLongColumns(
  file: string,
  labels: readonly string[],
  valueColumn = 'value',
  optional: readonly string[] = [],
): Promise<LongColumns> {
  const doubles = (columns: string[]) => {
    const j = lowerIndex(columns).get(valueColumn);
    return j === undefined ? [] : [j];
  };
  for (const opts of [{ doubles }, {}]) {
    const table = await openColumnarCsv(file, opts);
    if (!table) break;
    try {
      const read = await fromColumns(table, labels, valueColumn, optional);
      if (read) return read;
    } catch (e) {
      // The file's own problems are AtlasErrors; anything else is the fast path's: read row-wise.
      if (e instanceof AtlasError) throw e;
      break;
    } finally {
      table.close();
    }
  }
  return fromRows(file, labels, valueColumn, optional);
}

/** Header index by trimmed lower-case name (the last of repeated names, as before). */
function lowerIndex(columns: string[]): Map<string, number> {
  return new Map(columns.map((c, j) => [c.trim().toLowerCase(), j]));
}

/**
 * The columns of `table`, or null when its value column was read as DOUBLE
 * and a kept row is not clean: the caller then reads the file as text.
 */
async function fromColumns(
  table: ColumnarTable,
  required: readonly string[],
  valueColumn: string,
  optional: readonly string[],
): Promise<LongColumns | null> {
  const { file, csv } = table;
  const byLower = lowerIndex(table.columns);
  const present = optional.filter((c) => byLower.has(c));
  const names = [...required, ...present];
  // As the row-wise path: optional columns are named too when a required one is missing.
  const missing = [...required, ...optional, valueColumn].filter((c) => !byLower.has(c));
  if (missing.some((c) => !optional.includes(c)))
    throw missingColumns(file, missing, table.columns);
  const labelIdx = names.map((c) => byLower.get(c) as number);
  const valueIdx = byLower.get(valueColumn) as number;
  const blank = csv.blank;
  // Labels and values in one scan of DuckDB's table.
  const read = await csv.scan(
    labelIdx.map((j) => [j]),
    [{ column: valueIdx }],
  );
  const columns: LabelColumn[] = read.codes.map(([codes], q) => ({
    names: firstAppearanceLabels(read.dictionaries[q], [codes], blank).labels,
    codes,
  }));
  const { values, others } = read.numbers[0];
  const issues: InputIssue[] = [];
  const codeColumns = columns.map((col) => col.codes);
  for (let r = 0; r < csv.rows; r++) {
    if (blank[r]) continue;
    // NaN is the one value unequal to itself; index loops, no iterator per row.
    let bad = values[r] !== values[r];
    for (let q = 0; q < codeColumns.length; q++) if (codeColumns[q][r] < 0) bad = true;
    if (!bad) continue;
    if (csv.doubles.has(valueIdx)) return null;
    const at = table.lineOf(r);
    columns.forEach((col, q) => {
      if (col.codes[r] < 0)
        issues.push({
          file,
          row: at,
          column: table.columns[labelIdx[q]],
          value: '',
          reason: 'empty label',
        });
    });
    if (!Number.isNaN(values[r])) continue;
    const cell = others.get(r) ?? null;
    const issue = valueIssue(cell);
    if (issue)
      issues.push({
        file,
        row: at,
        column: table.columns[valueIdx],
        value: cell ?? '',
        reason: issue,
      });
    else values[r] = (parseNumber(cell) as { value: number }).value;
  }
  if (issues.length) throw invalidRows(file, issues);
  if (csv.blankCount === 0) return { labels: columns, values, optional: present };
  const kept = csv.rows - csv.blankCount;
  const out = new Float64Array(kept);
  const codes = columns.map(() => new Int32Array(kept));
  for (let r = 0, k = 0; r < csv.rows; r++) {
    if (blank[r]) continue;
    out[k] = values[r];
    columns.forEach((col, q) => (codes[q][k] = col.codes[r]));
    k++;
  }
  return {
    labels: columns.map((col, q) => ({ names: col.names, codes: codes[q] })),
    values: out,
    optional: present,
  };
}

/** readLongFile's reason for a value cell, or null when it is a number ≥ 0. */
function valueIssue(cell: string | null): string | null {
  const parsed = parseNumber(cell);
  if (!parsed.ok) return 'not a number';
  if (parsed.value === null) return 'empty value';
  if (parsed.value < 0) return 'negative value';
  return null;
}

/** The row-wise reader's answer, coded: for files the fast path does not take. */
async function fromRows(
  file: string,
  required: readonly string[],
  valueColumn: string,
  optional: readonly string[],
): Promise<LongColumns> {
  // Loaded on demand: the row-wise readers bring every format's parser (Excel, Parquet).
  const { readLongFile } = await import('./read-long-file.ts');
  let present: string[] = [...optional];
  let read: { labels: string[][]; values: number[] };
  for (;;) {
    try {
      read = await readLongFile(file, [...required, ...present], valueColumn);
      break;
    } catch (e) {
      const lacking =
        e instanceof AtlasError ? (e.details.missing as string[] | undefined) : undefined;
      const drop = present.filter((c) => lacking?.includes(c));
      if (!lacking || drop.length === 0 || drop.length !== lacking.length) throw e;
      present = present.filter((c) => !drop.includes(c));
    }
  }
  const columns = [...required, ...present].map((_, q) => {
    const ids = new Map<string, number>();
    const codes = new Int32Array(read.values.length);
    read.labels.forEach((row, k) => {
      let id = ids.get(row[q]);
      if (id === undefined) ids.set(row[q], (id = ids.size));
      codes[k] = id;
    });
    return { names: [...ids.keys()], codes };
  });
  return { labels: columns, values: Float64Array.from(read.values), optional: present };
}

function missingColumns(file: string, missing: string[], found: string[]): AtlasError {
  return new AtlasError(
    'ATLAS_E_MISSING_COLUMN',
    `${file}: missing column(s) ${missing.join(', ')} (found: ${found.join(', ')})`,
    { file, missing, found },
  );
}

function invalidRows(file: string, issues: InputIssue[]): AtlasError {
  const first = issues[0];
  return new AtlasError(
    'ATLAS_E_INVALID_ROWS',
    `${file}: ${issues.length} invalid row(s); first at row ${first.row}, column ${first.column}: ${first.reason}`,
    { file, rows: issues },
  );
}
