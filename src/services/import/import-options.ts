import type { ImportKind } from '../../ingest/aliases.ts';
import type { OnProgress } from '../../ingest/progress.ts';
import type { ProvenanceInput } from '../../ingest/provenance-input.ts';
import type { TextEncoding } from '../../ingest/table.ts';

/** How a file is imported: its kind, the matching and what to do with invalid rows. */
export interface ImportOptions {
  kind: ImportKind;
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  /** Load the valid rows and write the invalid ones with their reasons to this CSV. */
  skipInvalid?: string;
  /** field → header, from `--map field=header`. */
  map?: Record<string, string>;
  /** XLSX sheet. */
  sheet?: string;
  /** CSV and JSON: the text encoding, instead of detecting it. */
  encoding?: TextEncoding;
  /** Take text that looks garbled (mis-decoded) as written, instead of refusing its rows. */
  acceptGarbled?: boolean;
  /**
   * Organisations: check a plain CSV in the database (stage-organizations.ts) — true whatever
   * its size, false never; default from FILE_LIMITS.stagedMinRows rows. The result is the same.
   */
  columnar?: boolean;
  /**
   * Provenance of the records; defaults to the file name, method 'import', loaded today.
   * `year` is the year the data describe (else a year column's, else unknown).
   */
  provenance?: Partial<ProvenanceInput>;
  /** Who imports (an account or role), for the change history; absent: a tool. */
  by?: string | null;
  /** Organisations: write rows with an uncertain candidate in the atlas as new, not hold them. */
  queuedAsNew?: boolean;
  /** The id the import log gives this import (yearly figures name it); default: a new one. */
  importId?: string;
  /** Organisations: a person's decisions on held rows (row → 'new' or an organisation's id). */
  reviewed?: Readonly<Record<number, string>>;
  onProgress?: OnProgress;
}
