import { randomUUID } from 'node:crypto';
import type { Tx } from './duck.ts';

export interface ImportLogEntry {
  file: string;
  kind: string;
  rowsRead: number;
  rowsWritten: number;
  report: unknown;
}

/** Records an import in the same transaction as its data, so the log never lies. */
export async function logImport(tx: Tx, entry: ImportLogEntry): Promise<string> {
  const id = randomUUID();
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
