import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AtlasError } from '../core/errors.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { readParquet } from './read-parquet.ts';
import { readXlsx } from './read-xlsx.ts';
import type { Table } from './table.ts';

export interface ReadTableOptions {
  /** XLSX: sheet name or 1-based number (default: the first sheet). */
  sheet?: string;
}

const TEXT = new Set(['.csv', '.tsv', '.txt']);

/**
 * Reads a CSV/TSV, XLSX, JSON (or JSON Lines) or Parquet file, chosen by its
 * extension. Fails with ATLAS_E_FILE_NOT_FOUND, ATLAS_E_FILE_FORMAT (unknown
 * extension, unreadable content) or ATLAS_E_FILE_EMPTY (no data rows).
 */
export async function readTable(path: string, opts: ReadTableOptions = {}): Promise<Table> {
  const st = await stat(path).catch(() => null);
  if (!st || !st.isFile()) {
    throw new AtlasError('ATLAS_E_FILE_NOT_FOUND', `No such file: ${path}`, { file: path });
  }
  const ext = extname(path).toLowerCase();
  let table: Table;
  if (TEXT.has(ext)) table = readCsv(path, await readFile(path), ext === '.tsv' ? '\t' : undefined);
  else if (ext === '.xlsx' || ext === '.xlsm') table = await readXlsx(path, opts.sheet);
  else if (ext === '.json') table = readJson(path, await readFile(path));
  else if (ext === '.jsonl' || ext === '.ndjson')
    table = readJson(path, await readFile(path), true);
  else if (ext === '.parquet' || ext === '.pq') table = await readParquet(path);
  else {
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
  if (table.rows.length === 0) {
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${path} has a header but no data rows`, {
      file: path,
    });
  }
  return table;
}
