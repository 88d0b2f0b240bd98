import type { ImportHistory } from '../../../src/contract/imports.ts';
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

/** An organisations import's meeting with the atlas (services/import/atlas-resolution.ts). */
export interface ImportResolution {
  counts: { new: number; updated: number; queued: number; unchanged: number };
  matched: {
    row: number;
    name: string;
    organization: string;
    atlasName: string;
    how: string;
    score: number;
    reasons: string[];
    changed: string[];
  }[];
  /** Rows held for a person: an uncertain candidate, nothing of them written. */
  queued: HeldCandidate[];
}

export interface HeldCandidate {
  row: number;
  name: string;
  candidate: string;
  candidateName: string;
  score: number;
  reasons: string[];
}

/** A person's decisions on held rows: row → 'new' or the id of the organisation it is. */
export type Reviewed = Record<number, string>;

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
  resolution?: ImportResolution;
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
    reviewed: Reviewed = {},
  ) =>
    send<ImportAnswer>(
      'POST',
      `/api/imports?${query({
        kind,
        file: file.name,
        mode,
        skipInvalid: skipInvalid ? 'true' : undefined,
        map: map ? JSON.stringify(map) : undefined,
        reviewed: Object.keys(reviewed).length > 0 ? JSON.stringify(reviewed) : undefined,
      })}`,
      file,
      'application/octet-stream',
    ),
  history: () => get<ImportHistory>('/api/imports'),
};
