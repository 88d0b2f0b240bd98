/**
 * What a DELETE answers (a peer set, a capacity run, a work-plan item): the
 * id of the record deleted (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';

export const Deleted = z.strictObject({
  deleted: z.string().describe('the id of the record deleted'),
});
export type Deleted = z.infer<typeof Deleted>;
