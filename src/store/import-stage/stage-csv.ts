import type { Tx } from '../duck.ts';

/** A staged file: a temporary table of text cells c0…c{n-1}, row id 0 the header line. */
export interface StagedCsv {
  table: string;
  columns: string[];
  /** Lines read, the header included. */
  lines: number;
}

/** A SQL string literal. */
export function sqlText(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * Reads a plain CSV (ingest/plain-csv-shape.ts: no quotes, one record per
 * line) into a temporary table with DuckDB's own reader, every cell as text
 * (NULL for an empty cell, a short line padded with NULLs), in file order:
 * rowid r is line r + 1. DuckDB refuses invalid UTF-8 and lines with more
 * cells than the header; the caller then reads the file row by row, which
 * names the lines.
 */
export async function stageCsv(
  tx: Tx,
  path: string,
  width: number,
  delimiter: string,
  table: string,
): Promise<StagedCsv> {
  const columns = Array.from({ length: width }, (_, i) => `c${i}`);
  const spec = columns.map((c) => `${sqlText(c)}: 'VARCHAR'`).join(', ');
  await tx.exec(
    `CREATE TEMP TABLE ${table} AS SELECT * FROM read_csv(${sqlText(path)},
       header = false, auto_detect = false, columns = {${spec}}, delim = ${sqlText(delimiter)},
       quote = '', escape = '', null_padding = true, encoding = 'utf-8')`,
  );
  const n = await tx.all(`SELECT count(*)::BIGINT AS n FROM ${table}`);
  return { table, columns, lines: Number(n[0].n) };
}
