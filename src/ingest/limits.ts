/**
 * Limits on what one file may hold, the same for every entry path (the CLI's
 * `atlas import`, the web's upload, the readers behind the metric, graph and
 * matching commands). A file beyond one is refused whole, with the limit
 * named (ATLAS_E_FILE_TOO_LARGE), before it can exhaust memory or time.
 */
export const FILE_LIMITS = {
  /**
   * Data rows per file read row by row into objects, in every format (Excel's
   * own sheet holds 1,048,576); also the most rows of a staged file that may
   * need the row-by-row checks.
   */
  maxRows: 1_000_000,
  /**
   * Data rows per plain CSV staged by the database's reader (a row costs a
   * few dozen bytes there, not an object; memory stays bounded by chunking).
   */
  stagedMaxRows: 20_000_000,
  /** Staged files with fewer data rows than this are read row by row (no gain below). */
  stagedMinRows: 10_000,
  /**
   * The database's memory while a staged file is checked and written: beyond
   * it, tables and sorts spill to disk; what cannot (the change history's key)
   * grows with the rows (bytes per row), between a floor and a ceiling.
   */
  stagedMemory: { minBytes: 384e6, bytesPerRow: 150, maxBytes: 1e9 },
  /** XLSX: the sum of the uncompressed sizes of the workbook's parts. */
  xlsxMaxUncompressedBytes: 128 * 1024 * 1024,
  /** XLSX: how many times larger than the whole file its parts may unpack to. */
  xlsxMaxRatio: 100,
  /** XLSX: `<row>` elements in the sheet read (checked before the workbook is parsed). */
  xlsxMaxRows: 200_000,
  /** Parquet: the sum of the column chunks' uncompressed sizes the footer declares. */
  parquetMaxUncompressedBytes: 512 * 1024 * 1024,
  /** JSON: how deeply arrays and objects may nest (rows are at depth 2 or 3). */
  jsonMaxDepth: 64,
} as const;

export type FileLimits = typeof FILE_LIMITS;
