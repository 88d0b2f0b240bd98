import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AtlasError, isAtlasError } from '../core/errors.ts';
import { FILE_LIMITS } from './limits.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { readParquet } from './read-parquet.ts';
import { readXlsx } from './read-xlsx.ts';
import type { Table, TableFormat, TextEncoding } from './table.ts';

export interface ReadTableOptions {
  /** XLSX: sheet name or 1-based number (default: the first sheet). */
  sheet?: string;
  /** Text files (CSV, JSON): the encoding, instead of detecting it. */
  encoding?: TextEncoding;
}

const TEXT = new Set(['.csv', '.tsv', '.txt']);

/** The format a file's extension names, or undefined. */
function formatOf(ext: string): TableFormat | undefined {
  if (TEXT.has(ext)) return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return 'json';
  if (ext === '.parquet' || ext === '.pq') return 'parquet';
  return undefined;
}

/**
 * Reads a CSV/TSV, XLSX, JSON (or JSON Lines) or Parquet file, chosen by its
 * extension. Fails with ATLAS_E_FILE_NOT_FOUND, ATLAS_E_FILE_FORMAT (unknown
 * extension, unreadable content), ATLAS_E_FILE_ENCODING (bytes not valid in
 * the text's encoding, rows named), ATLAS_E_FILE_TOO_LARGE (beyond
 * FILE_LIMITS) or ATLAS_E_FILE_EMPTY (no data rows).
 *
 * Every reader runs behind one boundary (readGuarded): whatever a parser
 * throws — a RangeError from a corrupt page, a stack overflow, a library's
 * own message — comes out as ATLAS_E_FILE_FORMAT naming the file and the
 * format, never as an internal error.
 */
export async function readTable(path: string, opts: ReadTableOptions = {}): Promise<Table> {
  const st = await stat(path).catch(() => null);
  if (!st || !st.isFile()) {
    throw new AtlasError('ATLAS_E_FILE_NOT_FOUND', `No such file: ${path}`, { file: path });
  }
  const ext = extname(path).toLowerCase();
  const format = formatOf(ext);
  if (!format) {
    const why = ext === '.xls' ? ' (old binary Excel: save it as .xlsx)' : '';
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `Unsupported file type "${ext || '(none)'}"${why}: ${path}`,
      {
        file: path,
        extension: ext,
      },
    );
  }
  const table = await readGuarded(path, format, async () => {
    switch (format) {
      case 'csv':
        return readCsv(
          path,
          await readFile(path),
          ext === '.tsv' ? '\t' : undefined,
          opts.encoding,
        );
      case 'xlsx':
        return readXlsx(path, opts.sheet);
      case 'json':
        return readJson(path, await readFile(path), ext !== '.json', opts.encoding);
      case 'parquet':
        return readParquet(path);
    }
  });
  if (table.rows.length === 0) {
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${path} has a header but no data rows`, {
      file: path,
    });
  }
  if (table.rows.length > FILE_LIMITS.maxRows) {
    throw new AtlasError(
      'ATLAS_E_FILE_TOO_LARGE',
      `${path} holds ${table.rows.length} rows; at most ${FILE_LIMITS.maxRows} per file`,
      { file: path, limit: 'maxRows', max: FILE_LIMITS.maxRows, rows: table.rows.length },
    );
  }
  return table;
}

const FORMAT_NAMES: Record<TableFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX workbook',
  json: 'JSON',
  parquet: 'Parquet file',
};

/**
 * The boundary every reader runs behind: an AtlasError passes as it is;
 * anything else thrown or rejected becomes ATLAS_E_FILE_FORMAT naming the
 * file, the format and the parser's reason (the first line of its message).
 */
export async function readGuarded<T>(
  file: string,
  format: TableFormat,
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (isAtlasError(e)) throw e;
    const reason =
      e instanceof RangeError && /call stack/i.test(e.message)
        ? 'nested too deeply to read'
        : String(e instanceof Error ? e.message : e)
            .split('\n')[0]
            .slice(0, 300);
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file} is not a readable ${FORMAT_NAMES[format]}: ${reason}`,
      { file, format, reason },
    );
  }
}
