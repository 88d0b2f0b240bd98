import { z } from 'zod';
import { Provenance } from '../core/model/provenance.ts';

/**
 * A value of an indicator for a subject in a year, as the import prepares it
 * (the store's IndicatorValue has the same shape). A region subject is a
 * GB/T 2260 code; a cluster or organisation subject is a reference as
 * written, resolved by the import service.
 */
export const IndicatorRecord = z.object({
  subjectType: z.enum(['region', 'cluster', 'organization']),
  subject: z.string().min(1),
  indicator: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  value: z.number().finite().nullable(),
  unit: z.string().optional(),
  provenance: Provenance,
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;
