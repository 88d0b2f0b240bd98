/**
 * Where a record comes from, as every answer carries it: the fields of the
 * core's provenance (core/model/provenance.ts), each optional because an
 * answer sends what the store holds. A closed object: a key the core does
 * not name never leaves the server.
 */
import { z } from 'zod';

export const RecordProvenance = z
  .object({
    source: z.string(),
    year: z.number().int().describe('the year the data describe'),
    loadedAt: z.string().describe('the day the record was loaded or edited (YYYY-MM-DD)'),
    method: z.string(),
    confidence: z.number(),
    verified: z.boolean(),
    synthetic: z.boolean(),
    note: z.string(),
  })
  .partial()
  .describe(
    'Where a record comes from: source, the year the data describe, when it was loaded, method, confidence, verified, synthetic.',
  );
export type RecordProvenance = z.infer<typeof RecordProvenance>;
