import { get, query, send } from '../http.ts';

export type ImportKind =
  'organizations' | 'links' | 'clusters' | 'indicators' | 'region-statistics';

export interface RowIssue {
  row: number;
  column: string;
  value: string;
  reason: string;
  code: string;
}

export interface ImportAnswer {
  file: string;
  kind: ImportKind;
  format: string;
  encoding?: string;
  dryRun: boolean;
  rowsRead: number;
  records: number;
  written: number;
  updated: number;
  invalidRows: number;
  mapping: Record<string, string>;
  unmappedColumns: string[];
  issues: RowIssue[];
  warnings: { code: string; message: string }[];
  unresolvedIndustryLabels: { label: string; count: number }[];
  columns: string[];
  sample: Record<string, unknown>[];
  fields: string[];
  required: string[];
}

export const importsApi = {
  upload: (
    file: File,
    kind: ImportKind,
    mode: 'preview' | 'commit',
    map?: Record<string, string>,
    skipInvalid = false,
  ) =>
    send<ImportAnswer>(
      'POST',
      `/api/imports?${query({
        kind,
        file: file.name,
        mode,
        skipInvalid: skipInvalid ? 'true' : undefined,
        map: map ? JSON.stringify(map) : undefined,
      })}`,
      file,
      'application/octet-stream',
    ),
  history: () =>
    get<{
      items: {
        id: string;
        importedAt: string;
        file: string;
        kind: string;
        rowsRead: number;
        rowsWritten: number;
      }[];
    }>('/api/imports'),
};
