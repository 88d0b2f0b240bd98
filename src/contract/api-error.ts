/**
 * An error answer on the wire (every route's 4xx and 5xx): a stable code of
 * the catalogue (docs/errors.md), its message, what to do about it, and
 * details that name what failed (file, row, column, validation issues). The
 * error handler (api/errors.ts) sends every field; a server-side failure
 * says the catalogue's title and empty details (docs/architecture.md, "The
 * contract rule"). Details are closed to a bounded depth (error-details.ts):
 * a deeper value travels as its JSON text.
 */
import { z } from 'zod';
import { ErrorDetails } from './error-details.ts';

export const ApiError = z
  .strictObject({
    code: z.string().meta({ example: 'ATLAS_E_BAD_REQUEST' }),
    message: z.string(),
    hint: z.string().describe('what to do, from the catalogue'),
    details: ErrorDetails.describe(
      'what failed, by name: e.g. the row and column, or the validation issues',
    ),
  })
  .describe('Every error: a stable code (see docs/errors.md), a message, a hint, details.');
export type ApiError = z.infer<typeof ApiError>;
