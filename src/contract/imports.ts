import { z } from 'zod';
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
