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
 * Reads a plain CSV (ingest/plain-csv-shape.ts: one record per line, quotes
 * only as RFC 4180 puts them) into a temporary table with DuckDB's own
 * reader, every cell as text (NULL for an empty cell, quoted or not, as the
 * row-by-row reader has it; a short line padded with NULLs), in file order:
 * rowid r is line r + 1. DuckDB refuses invalid UTF-8 and lines with more
 * cells than the header; the caller then reads the file row by row, which
 * names the lines.
 */
export async function stageCsv(
  tx: Tx,
  path: string,
  shape: { width: number; delimiter: string; quoted: boolean },
  table: string,
): Promise<StagedCsv> {
  const columns = Array.from({ length: shape.width }, (_, i) => `c${i}`);
  const spec = columns.map((c) => `${sqlText(c)}: 'VARCHAR'`).join(', ');
  // A quoted empty cell is '' to DuckDB, NULL to the row-by-row reader.
  const cells = shape.quoted ? columns.map((c) => `nullif(${c}, '') AS ${c}`).join(', ') : '*';
  const quote = shape.quoted ? `'"'` : `''`;
  await tx.exec(
    `CREATE TEMP TABLE ${table} AS SELECT ${cells} FROM read_csv(${sqlText(path)},
       header = false, auto_detect = false, columns = {${spec}}, delim = ${sqlText(shape.delimiter)},
       quote = ${quote}, escape = ${quote}, null_padding = true, encoding = 'utf-8')`,
  );
  const n = await tx.all(`SELECT count(*)::BIGINT AS n FROM ${table}`);
  return { table, columns, lines: Number(n[0].n) };
}

/**
 * Caps the database's memory (its buffer pool: tables, indexes, sorts) at
 * `limit` while a staged import runs, so that a file of any size is held in
 * bounded memory, the rest spilled to the database's temporary directory.
 * Returns the setting to restore; a lower cap already set is kept.
 */
export async function capMemory(tx: Tx, limit: string): Promise<string | undefined> {
  const r = await tx.all(`SELECT current_setting('memory_limit') AS now`);
  const now = String(r[0]?.now ?? '');
  if (toBytes(now) <= toBytes(limit)) return undefined;
  await tx.exec(`SET memory_limit = ${sqlText(limit)}`);
  return now;
}

/** Sets the database's memory cap (within an import that capMemory capped; restoreMemory undoes it). */
export async function setMemory(tx: Tx, limit: string): Promise<void> {
  await tx.exec(`SET memory_limit = ${sqlText(limit)}`);
}

/** Puts back the memory setting capMemory replaced. */
export async function restoreMemory(tx: Tx, previous: string | undefined): Promise<void> {
  if (previous !== undefined) await tx.exec(`SET memory_limit = ${sqlText(previous)}`);
}

/** "18.8 GiB", "512MB" → bytes (DuckDB's units: KB/MB/GB are 1000s, KiB/MiB/GiB 1024s). */
function toBytes(s: string): number {
  const m = /^([\d.]+)\s*([KMGT]?)(i?)B?$/i.exec(s.trim());
  if (!m) return Infinity;
  const k = m[3] ? 1024 : 1000;
  const e = { '': 0, K: 1, M: 2, G: 3, T: 4 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G' | 'T'];
  return Number(m[1]) * k ** e;
}
