import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { AtlasError } from '../../core/errors.ts';
import { ALIASES, REQUIRED_FIELDS, type ImportKind } from '../../ingest/aliases.ts';
import type { OnProgress } from '../../ingest/progress.ts';
import { readTable } from '../../ingest/read-table.ts';
import type { TextEncoding } from '../../ingest/table.ts';
import type { Duck } from '../../store/duck.ts';
import { importFile } from './import-file.ts';
import type { ImportReport } from './import-report.ts';

export const UPLOAD_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.json', '.jsonl', '.parquet'];
export const PREVIEW_ROWS = 5;

export interface UploadOptions {
  /** The file's name as the user's machine knows it: its extension says the format. */
  fileName: string;
  kind: ImportKind;
  /** field → header, as the person confirmed the mapping. */
  map?: Record<string, string>;
  /** Commit only: load the valid rows, leave the invalid ones out (they are listed). */
  skipInvalid?: boolean;
  /** CSV and JSON: the text encoding, instead of detecting it. */
  encoding?: TextEncoding;
  /** Take text that looks garbled as written. */
  acceptGarbled?: boolean;
  /** The year the data describe (provenance). */
  year?: number;
  /** Organisations: write rows with an uncertain atlas candidate as new, not hold them. */
  queuedAsNew?: boolean;
  /** Organisations: a person's decisions on held rows (row → 'new' or an organisation's id). */
  reviewed?: Readonly<Record<number, string>>;
  /** Who sends it, for the change history. */
  by?: string | null;
  /** The import's progress (rows read, checked, written), for the web's progress bar. */
  onProgress?: OnProgress;
}

export interface UploadPreview extends Omit<ImportReport, 'file' | 'rejectsFile'> {
  file: string;
  columns: string[];
  /** The first rows as read, for the person to check the columns. */
  sample: Record<string, unknown>[];
  /** Every field of this kind a column can map to, and those required. */
  fields: string[];
  required: readonly string[];
}

/**
 * An import of a file sent over HTTP (the web app's import wizard). The bytes
 * go to a private temporary folder under the file's own name, through the
 * same importFile as `atlas import`, and the folder is removed afterwards.
 * `preview` writes nothing and lists every invalid row; `commit` refuses the
 * whole file if a row is invalid, unless skipInvalid. Answers name the file
 * by its own name, never the server's paths.
 */
export async function importUpload(
  db: Duck,
  bytes: Buffer,
  mode: 'preview' | 'commit',
  o: UploadOptions,
): Promise<UploadPreview> {
  const name = basename(o.fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'upload.csv';
  const ext = extname(name).toLowerCase();
  if (!UPLOAD_EXTENSIONS.includes(ext))
    throw new AtlasError(
      'ATLAS_E_FILE_FORMAT',
      `${o.fileName}: send CSV, TSV, XLSX, JSON or Parquet`,
      {
        file: o.fileName,
      },
    );
  if (bytes.length === 0)
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${o.fileName} is empty`, { file: o.fileName });
  const dir = await mkdtemp(join(tmpdir(), 'atlas-upload-'));
  try {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const table = await readTable(path, { encoding: o.encoding });
    o.onProgress?.(table.rows.length, table.rows.length, 'read');
    const report = await importFile(db, path, {
      kind: o.kind,
      map: o.map,
      encoding: o.encoding,
      acceptGarbled: o.acceptGarbled,
      dryRun: mode === 'preview',
      skipInvalid: mode === 'preview' || o.skipInvalid ? join(dir, 'rejects.csv') : undefined,
      provenance: { source: name, ...(o.year ? { year: o.year } : {}) },
      by: o.by,
      queuedAsNew: o.queuedAsNew,
      reviewed: o.reviewed,
      onProgress: o.onProgress,
    });
    const { rejectsFile: _r, file: _f, ...rest } = report;
    const hide = (s: string) =>
      s
        .split(dir + '/')
        .join('')
        .split(dir)
        .join('');
    return {
      ...rest,
      file: name,
      issues: report.issues.map((i) => ({ ...i, file: name })),
      warnings: report.warnings.map((w) => ({
        ...w,
        message: hide(w.message),
        details: undefined,
      })),
      columns: table.columns,
      sample: table.rows.slice(0, PREVIEW_ROWS),
      fields: Object.keys(ALIASES[o.kind]),
      required: REQUIRED_FIELDS[o.kind],
    };
  } catch (e) {
    if (e instanceof AtlasError) {
      const text = JSON.stringify({ message: e.message, details: e.details })
        .split(dir + '/')
        .join('');
      const clean = JSON.parse(text) as { message: string; details: Record<string, unknown> };
      throw new AtlasError(e.code, clean.message, clean.details);
    }
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
