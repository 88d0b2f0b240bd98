/**
 * The words an import is described in, shared by the readers (ingest), the
 * use cases and both shells: what a file holds, the text encodings it may be
 * declared in, and the stages its progress is reported by.
 */

/** What a file holds: one kind of record per import, in the order the import page offers them. */
export const IMPORT_KINDS = [
  'organizations',
  'links',
  'clusters',
  'indicators',
  'region-statistics',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * The kinds whose records the change history keeps (organisations with their
 * yearly figures, links): an import of one of them can be undone as a whole.
 * Clusters (only their memberships are recorded), indicators and region
 * statistics keep no history to undo by.
 */
export const UNDOABLE_IMPORT_KINDS: readonly ImportKind[] = ['organizations', 'links'];

/** A text file's declared or detected encoding. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

/** The encodings a text file may be declared in (CLI --encoding, API encoding=). */
export const TEXT_ENCODINGS: readonly TextEncoding[] = [
  'utf-8',
  'gb18030',
  'big5',
  'utf-16le',
  'utf-16be',
];

/** What an import is doing: reading the file, checking rows, writing the atlas. */
export type ProgressStage = 'read' | 'check' | 'write';
