import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
} from 'hyparquet';
import { AtlasError } from '../core/errors.ts';
import { isBlankRow, toCell, type Cell, type Table } from './table.ts';

/**
 * Reads a Parquet file with hyparquet (pure JS; snappy built in). Columns are
 * the top-level schema fields in order; BIGINT becomes a number when it fits
 * in 2^53, else text; dates become YYYY-MM-DD.
 */
export async function readParquet(file: string): Promise<Table> {
  let objects: Record<string, unknown>[];
  let columns: string[];
  try {
    const buf = await asyncBufferFromFile(file);
    const metadata = await parquetMetadataAsync(buf);
    columns = parquetSchema(metadata).children.map((c) => c.element.name);
    objects = await parquetReadObjects({ file: buf, metadata });
  } catch (e) {
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${file} is not a readable Parquet file: ${(e as Error).message}`,
      {
        file,
      },
    );
  }
  const rows: Record<string, Cell>[] = [];
  const rowNumbers: number[] = [];
  objects.forEach((o, i) => {
    const row: Record<string, Cell> = {};
    for (const c of columns) row[c] = toCell(o[c]);
    if (isBlankRow(row)) return;
    rows.push(row);
    rowNumbers.push(i + 2);
  });
  return { file, format: 'parquet', columns, rows, rowNumbers };
}
