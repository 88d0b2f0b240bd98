import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Duck, Tx } from './duck.ts';

export interface ImportLogEntry {
  file: string;
  kind: string;
  rowsRead: number;
  rowsWritten: number;
  report: unknown;
  /** The import's id, when its records already name it (yearly figures' provenance); default: new. */
  id?: string;
}

/** Records an import in the same transaction as its data, so the log never lies. */
export async function logImport(tx: Tx, entry: ImportLogEntry): Promise<string> {
  const id = entry.id ?? randomUUID();
  await tx.exec('INSERT INTO imports VALUES ($1, now(), $2, $3, $4, $5, $6)', [
    id,
    entry.file,
    entry.kind,
    entry.rowsRead,
    entry.rowsWritten,
    JSON.stringify(entry.report),
  ]);
  return id;
}

export interface ImportHistoryRow {
  id: string;
  importedAt: string;
  file: string;
  kind: string;
  rowsRead: number;
  rowsWritten: number;
}

/** The imports made, newest first (their full reports stay in the table). */
export async function readImports(
  db: Duck,
  limit: number,
  offset: number,
): Promise<{ rows: ImportHistoryRow[]; total: number }> {
  const [t] = await db.all(`SELECT count(*) AS n FROM imports`);
  const rows = await db.all(
    `SELECT id, imported_at::VARCHAR AS imported_at, file, kind, rows_read, rows_written FROM imports
     ORDER BY imported_at DESC, id LIMIT $limit OFFSET $offset`,
    { limit, offset },
  );
  return {
    total: Number(t?.n ?? 0),
    rows: rows.map((r) => ({
      id: String(r.id),
      importedAt: String(r.imported_at),
      // Uploads were read from a temporary folder: its name is of no use to anyone.
      file: basename(String(r.file)),
      kind: String(r.kind),
      rowsRead: Number(r.rows_read),
      rowsWritten: Number(r.rows_written),
    })),
  };
}
