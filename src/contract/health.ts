/**
 * Liveness on the wire (GET /api/health): the server answers and says its
 * version (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';

export const Health = z.strictObject({
  status: z.literal('ok'),
  version: z.string().describe('the package version (package.json)'),
});
export type Health = z.infer<typeof Health>;
