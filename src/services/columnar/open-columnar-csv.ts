import { readFile, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AtlasError } from '../../core/errors.ts';
import { sniffDelimiter } from '../../ingest/read-csv.ts';
import { uniqueHeaders } from '../../ingest/table.ts';
import { ColumnarCsv } from '../../store/columnar/columnar-csv.ts';
import { scanCsvLayout } from '../../store/columnar/scan-csv-layout.ts';

/**
 * Data rows a columnar read accepts. The row-wise readers stop at
 * FILE_LIMITS.maxRows (1M) because each row costs an object; here a row costs
 * a few bytes in typed arrays, so the bound is the one memory sets: 20M rows
 * of three columns are about 0.5 GB inside DuckDB.
 */
export const COLUMNAR_MAX_ROWS = 20_000_000;

/** A CSV file open column-wise: its header, its rows in DuckDB, and where each row sits. */
export interface ColumnarTable {
  file: string;
  /** Headers as the row-wise reader names them (trimmed, made unique). */
  columns: string[];
  csv: ColumnarCsv;
  /** The 1-based line of data row `row` (the header being line 1). */
  lineOf(row: number): number;
  close(): void;
}

const TEXT = new Set(['.csv', '.tsv', '.txt']);

/**
 * Opens `file` column-wise when the fast path reads exactly what the
 * row-wise reader (ingest/read-table.ts) would: a UTF-8 text table with
 * regular quoting and at least one data row. Returns null otherwise — other
 * formats and encodings, irregular quotes, an empty file, any surprise from
 * DuckDB — and the caller then uses the row-wise reader, which also names
 * every problem the same way as before. Too many rows is
 * ATLAS_E_FILE_TOO_LARGE.
 * `doubles` picks, from the header, columns to read as DOUBLE (see
 * ColumnarCsv): tried only when the file holds no underscore, which
 * read_csv's parser takes as a digit separator and parseNumber refuses; when
 * that read fails on a cell, the file is read again as text.
 */
export async function openColumnarCsv(
  file: string,
  opts: { doubles?: (columns: string[]) => number[] } = {},
): Promise<ColumnarTable | null> {
  const ext = extname(file).toLowerCase();
  if (!TEXT.has(ext)) return null;
  // read_csv reads a path as a glob pattern: such names go the row-wise way.
  if (/[*?[\]{}]/.test(file)) return null;
  const st = await stat(file).catch(() => null);
  if (!st || !st.isFile()) return null;
  const bytes = await readFile(file);
  if (!isUtf8(bytes)) return null;
  const head = headerOf(bytes, ext);
  if (!head) return null;
  const layout = scanCsvLayout(bytes, head.delimiter.charCodeAt(0));
  if (!layout.regular || layout.records < 2) return null;
  const open = (doubles: number[]) =>
    ColumnarCsv.open(file, {
      delimiter: head.delimiter,
      columnCount: head.columns.length,
      parallel: !layout.multiline,
      doubles,
    });
  const doubles = bytes.includes(0x5f) ? [] : (opts.doubles?.(head.columns) ?? []);
  let csv: ColumnarCsv;
  try {
    csv = await open(doubles).catch((e: unknown) => {
      if (doubles.length === 0) throw e;
      return open([]);
    });
  } catch {
    return null;
  }
  if (csv.rows !== layout.records - 1 || csv.rows === csv.blankCount) {
    csv.close();
    return null;
  }
  if (csv.rows - csv.blankCount > COLUMNAR_MAX_ROWS) {
    csv.close();
    throw new AtlasError(
      'ATLAS_E_FILE_TOO_LARGE',
      `${file} holds ${csv.rows - csv.blankCount} rows; at most ${COLUMNAR_MAX_ROWS} per file`,
      { file, limit: 'maxRows', max: COLUMNAR_MAX_ROWS, rows: csv.rows - csv.blankCount },
    );
  }
  let starts: Int32Array | undefined;
  return {
    file,
    columns: head.columns,
    csv,
    lineOf: (row) => {
      starts ??= scanCsvLayout(bytes, head.delimiter.charCodeAt(0), true).startLines;
      return starts ? starts[row + 1] : row + 2;
    },
    close: () => csv.close(),
  };
}

/** The delimiter (tab for .tsv, else sniffed from the first line) and the header's cells. */
function headerOf(bytes: Buffer, ext: string): { delimiter: string; columns: string[] } | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[start] === 0x0a || bytes[start] === 0x0d) return null;
  const first = bytes.subarray(start, Math.min(bytes.length, start + (1 << 16))).toString('utf8');
  const delimiter = ext === '.tsv' ? '\t' : sniffDelimiter(first);
  try {
    const records = parse(first, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      to: 1,
    }) as string[][];
    if (records.length === 0 || first.indexOf('\n') < 0) return null;
    return { delimiter, columns: uniqueHeaders(records[0]) };
  } catch {
    return null;
  }
}
