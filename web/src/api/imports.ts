import type { UndoImportAnswer } from '../../../src/contract/history.ts';
import type { ImportProgress } from '../../../src/contract/import-progress.ts';
import type { ImportHistory, ImportUploadReport } from '../../../src/contract/imports.ts';
import { get, query, send } from '../http.ts';

export type {
  HeldCandidate,
  ImportResolution,
  ImportRowIssue as RowIssue,
  ImportUploadReport as ImportAnswer,
} from '../../../src/contract/imports.ts';
export type { ImportProgress };
export type ImportKind = ImportUploadReport['kind'];

/** A person's decisions on held rows: row → 'new' or the id of the organisation it is. */
export type Reviewed = Record<number, string>;

export const importsApi = {
  upload: (
    file: File,
    kind: ImportKind,
    mode: 'preview' | 'commit',
    map?: Record<string, string>,
    skipInvalid = false,
    reviewed: Reviewed = {},
    progress?: string,
  ) =>
    send<ImportUploadReport>(
      'POST',
      `/api/imports?${query({
        kind,
        file: file.name,
        mode,
        skipInvalid: skipInvalid ? 'true' : undefined,
        map: map ? JSON.stringify(map) : undefined,
        reviewed: Object.keys(reviewed).length > 0 ? JSON.stringify(reviewed) : undefined,
        progress,
      })}`,
      file,
      'application/octet-stream',
    ),
  history: () => get<ImportHistory>('/api/imports'),
  /** How far the upload sent with this progress token is (its session only). */
  progress: (token: string) =>
    get<ImportProgress>(`/api/imports/progress/${encodeURIComponent(token)}`),
  /** What undoing the import would remove (nothing written); refused as the undo would be. */
  undoPreview: (id: string) => get<UndoImportAnswer>(`/api/imports/${encodeURIComponent(id)}/undo`),
  undo: (id: string) =>
    send<UndoImportAnswer>('POST', `/api/imports/${encodeURIComponent(id)}/undo`),
};
