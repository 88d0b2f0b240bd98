import { z } from 'zod';

/** The token a client makes up for one upload and sends as POST /api/imports?progress=. */
export const ImportProgressToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/)
  .describe('16–64 letters, digits, - or _, made up by the client for this upload');

/** GET /api/imports/progress/:token's path. */
export const ImportProgressParams = z.strictObject({ token: ImportProgressToken });
export type ImportProgressParams = z.infer<typeof ImportProgressParams>;

const rows = z.number().int().min(0);

/**
 * GET /api/imports/progress/:token's answer: where a running upload is, for
 * the session that sent it. Counts are rows of the file; the rate and the
 * time left are the current stage's, null until it has done rows.
 */
export const ImportProgress = z.strictObject({
  phase: z
    .enum(['receive', 'read', 'check', 'write', 'done'])
    .describe(
      'receive: the bytes arriving or queued; then reading, checking and writing rows; done: answered (kept 30 s)',
    ),
  rowsRead: rows,
  rowsChecked: rows,
  rowsWritten: rows,
  rowsTotal: rows.nullable().describe('rows in the file; null until known'),
  rowsPerSecond: rows.nullable().describe('rows a second in the current stage'),
  secondsLeft: rows.nullable().describe('seconds left in the current stage at its rate so far'),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
