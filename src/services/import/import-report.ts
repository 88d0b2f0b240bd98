import type { AtlasWarning } from '../../core/errors.ts';
import type { ImportKind } from '../../ingest/aliases.ts';
import type { RowIssue } from '../../ingest/row-issue.ts';
import type { AtlasResolution } from './atlas-resolution.ts';

/** What an import did (or, with dry-run, would do). */
export interface ImportReport {
  file: string;
  kind: ImportKind;
  format: string;
  encoding?: string;
  dryRun: boolean;
  rowsRead: number;
  /** Records after merging duplicates. */
  records: number;
  written: number;
  /** Of the records, how many replace one already in the atlas (same id). */
  updated: number;
  invalidRows: number;
  rejectsFile?: string;
  /** Field → header as matched; headers left unmapped. */
  mapping: Record<string, string>;
  unmappedColumns: string[];
  issues: RowIssue[];
  warnings: AtlasWarning[];
  merges: unknown[];
  unresolvedIndustryLabels: { label: string; count: number }[];
  /**
   * Organisations: how the file's records met the atlas — new, updated,
   * queued for review (not written), unchanged — each match, candidate,
   * rename and region found from coordinates named.
   */
  resolution?: AtlasResolution;
  importId?: string;
}
