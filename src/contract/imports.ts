import { z } from 'zod';
import {
  IMPORT_KINDS,
  TEXT_ENCODINGS,
  type TextEncoding,
} from '../core/model/import-vocabulary.ts';
import { AnswerWarning, PlainDetails } from './answer-warning.ts';
import { ImportProgressToken } from './import-progress.ts';
import { pageOf, PageQuery } from './paging.ts';

/** One import in the list of imports made: when, which file, what kind, how many rows. */
export const ImportHistoryRow = z.strictObject({
  id: z.string(),
  importedAt: z.string().describe('when it was written (ISO 8601)'),
  file: z.string(),
  kind: z.string().describe('what the file held: organizations, links, clusters, indicators, …'),
  rowsRead: z.number().int(),
  rowsWritten: z.number().int(),
});
export type ImportHistoryRow = z.infer<typeof ImportHistoryRow>;

/** GET /api/imports's query: a page of the imports made. */
export const ImportHistoryQuery = PageQuery;

/** GET /api/imports's answer: the imports made, newest first. */
export const ImportHistory = pageOf(ImportHistoryRow);
export type ImportHistory = z.infer<typeof ImportHistory>;

export { IMPORT_KINDS };

/** POST /api/imports's query: the file's name and kind, preview or commit, and how to read it. */
export const ImportUploadQuery = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  file: z.string().min(1).max(255).describe('the file’s name'),
  mode: z.enum(['preview', 'commit']).default('preview'),
  skipInvalid: z.boolean().default(false),
  map: z.string().max(4000).optional().describe('JSON object field → header'),
  encoding: z
    .enum(TEXT_ENCODINGS as [TextEncoding, ...TextEncoding[]])
    .optional()
    .describe('CSV/JSON text encoding (default: detected; Big5 and UTF-16 are said so)'),
  acceptGarbled: z.boolean().default(false).describe('take text that looks mis-decoded as written'),
  year: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe('the year the data describe (default: the year column, else unknown)'),
  queuedAsNew: z
    .boolean()
    .default(false)
    .describe(
      'organisations: write rows whose atlas candidate is uncertain as new, instead of holding them for review',
    ),
  reviewed: z
    .string()
    .max(100000)
    .optional()
    .describe(
      "organisations: a person's decisions on held rows, a JSON object of row → 'new' or the id of the organisation it is",
    ),
  progress: ImportProgressToken.optional().describe(
    'a token the client made up: GET /api/imports/progress/{token} answers how far this upload is',
  ),
});
export type ImportUploadQuery = z.input<typeof ImportUploadQuery>;

const whole = z.number().int();
const matchHow = z.enum(['id', 'uscc', 'external_id', 'name', 'resolver']);

/** Why one row cannot be imported: where (file, row, column), what, and why. */
export const ImportRowIssue = z.strictObject({
  file: z.string(),
  row: whole.describe('1-based row in the source (header = 1)'),
  column: z.string().describe('the header as written; empty for the row as a whole'),
  value: z.string(),
  reason: z.string(),
  code: z.string().describe('an error code of docs/errors.md'),
});
export type ImportRowIssue = z.infer<typeof ImportRowIssue>;

/** A row held for a person: an uncertain candidate, nothing of it written. */
export const HeldCandidate = z.strictObject({
  row: whole,
  name: z.string(),
  candidate: z.string(),
  candidateName: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
});
export type HeldCandidate = z.infer<typeof HeldCandidate>;

/** An organisations import's meeting with the atlas: new, updated, held, unchanged. */
export const ImportResolution = z.strictObject({
  counts: z.strictObject({ new: whole, updated: whole, queued: whole, unchanged: whole }),
  matched: z.array(
    z.strictObject({
      row: whole,
      name: z.string(),
      organization: z.string(),
      atlasName: z.string(),
      how: matchHow,
      score: z.number(),
      reasons: z.array(z.string()),
      changed: z.array(z.string()).describe('fields the import changes; empty: unchanged'),
    }),
  ),
  queued: z.array(HeldCandidate),
  renamed: z.array(
    z.strictObject({
      row: whole,
      organization: z.string(),
      from: z.string(),
      to: z.string(),
      how: matchHow,
    }),
  ),
  located: z.array(
    z.strictObject({
      row: whole,
      name: z.string(),
      region: z.string(),
      level: z.enum(['province', 'prefecture', 'county']),
      how: z
        .enum(['inside', 'nearest'])
        .describe('inside an outline, or the nearest within 5 km (a guess, unverified)'),
      distanceKm: z.number(),
      outlines: z.string().describe('the outlines the point was tested against'),
      countyUnset: z.string().optional(),
    }),
  ),
});
export type ImportResolution = z.infer<typeof ImportResolution>;

/** POST /api/imports's answer: what was read, checked and (on commit) written. */
export const ImportUploadReport = z.strictObject({
  file: z.string().describe('the file’s own name, never a server path'),
  kind: z.enum(IMPORT_KINDS),
  format: z.string(),
  encoding: z.string().optional(),
  dryRun: z.boolean(),
  rowsRead: whole,
  records: whole.describe('records after merging duplicates'),
  written: whole,
  updated: whole.describe('of the records, how many replace one already in the atlas'),
  invalidRows: whole,
  mapping: z.record(z.string(), z.string()).describe('field → header as matched'),
  unmappedColumns: z.array(z.string()),
  issues: z.array(ImportRowIssue),
  warnings: z.array(AnswerWarning),
  merges: z
    .array(PlainDetails)
    .describe('records merged, each as plain values (a nested list travels as its JSON text)'),
  unresolvedIndustryLabels: z.array(z.strictObject({ label: z.string(), count: whole })),
  resolution: ImportResolution.optional(),
  importId: z.string().optional(),
  columns: z.array(z.string()),
  sample: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
    .describe('the first rows as read'),
  fields: z.array(z.string()).describe('every field of this kind a column can map to'),
  required: z.array(z.string()),
});
export type ImportUploadReport = z.infer<typeof ImportUploadReport>;
