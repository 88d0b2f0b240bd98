import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  snappyUncompress,
  type FileMetaData,
} from 'hyparquet';
import { AtlasError } from '../core/errors.ts';
import { FILE_LIMITS } from './limits.ts';
import { isBlankRow, toCell, type Cell, type Table } from './table.ts';

/**
 * Snappy expands at most ~21× (a 3-byte copy of 64 bytes); a page header
 * that claims more is corrupt or hostile, and is refused before its buffer
 * is allocated.
 */
const SNAPPY_MAX_RATIO = 24;
const PAGE_MAX_BYTES = 256 * 1024 * 1024;

function boundedSnappy(input: Uint8Array, outputLength: number): Uint8Array {
  if (
    !Number.isSafeInteger(outputLength) ||
    outputLength < 0 ||
    outputLength > input.length * SNAPPY_MAX_RATIO + 64 ||
    outputLength > PAGE_MAX_BYTES
  )
    throw new Error(
      `a page claims ${outputLength} bytes from ${input.length} compressed: corrupt page header`,
    );
  const out = new Uint8Array(outputLength);
  snappyUncompress(input, out);
  return out;
}

/**
 * Reads a Parquet file with hyparquet (pure JS; snappy built in). Columns are
 * the top-level schema fields in order; BIGINT becomes a number when it fits
 * in 2^53, else text; dates become YYYY-MM-DD.
 *
 * The footer is checked before any page is read (checkFooter): every column
 * chunk belongs to a schema field, lies inside the file, and the declared
 * sizes and rows stay within FILE_LIMITS. hyparquet leaves the read of a
 * chunk whose path is not in the schema unobserved, so a corrupt page there
 * would reject no promise anyone awaits and end the process.
 */
export async function readParquet(file: string): Promise<Table> {
  const buf = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buf);
  const columns = parquetSchema(metadata).children.map((c) => c.element.name);
  checkFooter(file, metadata, columns, buf.byteLength);
  const objects = (await parquetReadObjects({
    file: buf,
    metadata,
    compressors: { SNAPPY: boundedSnappy },
  })) as Record<string, unknown>[];
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

function checkFooter(
  file: string,
  md: FileMetaData,
  columns: readonly string[],
  size: number,
): void {
  const corrupt = (why: string) =>
    new AtlasError('ATLAS_E_FILE_FORMAT', `${file} is not a readable Parquet file: ${why}`, {
      file,
      format: 'parquet',
      reason: why,
    });
  if (new Set(columns).size !== columns.length) throw corrupt('two schema fields share a name');
  const rows = Number(md.num_rows);
  if (!Number.isSafeInteger(rows) || rows < 0)
    throw corrupt(`bad row count ${String(md.num_rows)}`);
  if (rows > FILE_LIMITS.maxRows)
    throw new AtlasError(
      'ATLAS_E_FILE_TOO_LARGE',
      `${file} holds ${rows} rows; at most ${FILE_LIMITS.maxRows} per file`,
      { file, limit: 'maxRows', max: FILE_LIMITS.maxRows, rows },
    );
  const known = new Set(columns);
  let unpacked = 0;
  for (const g of md.row_groups) {
    const seen = new Set<string>();
    for (const chunk of g.columns) {
      const meta = chunk.meta_data;
      if (!meta) throw corrupt('a column chunk without metadata');
      const path = meta.path_in_schema.join('.');
      if (!known.has(meta.path_in_schema[0]))
        throw corrupt(`column chunk "${path}" is not in the schema`);
      if (seen.has(path)) throw corrupt(`column chunk "${path}" twice in a row group`);
      seen.add(path);
      const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      if (!(start >= 0 && end <= size))
        throw corrupt(`column chunk "${path}" lies outside the file`);
      unpacked += Number(meta.total_uncompressed_size);
    }
  }
  if (!(unpacked <= FILE_LIMITS.parquetMaxUncompressedBytes))
    throw new AtlasError(
      'ATLAS_E_FILE_TOO_LARGE',
      `${file} unpacks to ${unpacked} bytes; at most ${FILE_LIMITS.parquetMaxUncompressedBytes}`,
      { file, limit: 'parquetMaxUncompressedBytes', max: FILE_LIMITS.parquetMaxUncompressedBytes },
    );
}
