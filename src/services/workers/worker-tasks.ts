import { parseExportTable } from '../export/parse-export-table.ts';
import { tableXlsx, type ExportTable } from '../export/table-xlsx.ts';

/**
 * The jobs a worker thread runs (services/workers/worker-pool.ts): pure
 * functions of structured-clonable input — no store handle, which cannot
 * cross threads — returning structured-clonable output. A Buffer answer is
 * transferred, not copied.
 */
export const WORKER_TASKS = {
  /** An .xlsx workbook from a table (services/export/table-xlsx.ts). */
  'table-xlsx': (t: ExportTable): Promise<Buffer> => tableXlsx(t),
  /** The same from the request's JSON bytes, read and checked in the worker (parse-export-table.ts). */
  'table-xlsx-json': (bytes: Uint8Array): Promise<Buffer> => tableXlsx(parseExportTable(bytes)),
} as const;

export type WorkerTask = keyof typeof WORKER_TASKS;
export type TaskInput<K extends WorkerTask> = Parameters<(typeof WORKER_TASKS)[K]>[0];
export type TaskOutput<K extends WorkerTask> = Awaited<ReturnType<(typeof WORKER_TASKS)[K]>>;
