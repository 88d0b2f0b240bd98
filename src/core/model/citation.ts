import { z } from 'zod';

/**
 * How a reader cites a source: title, authors, publisher (journal and volume,
 * magazine, website), year — what a footnote says, not our internal key
 * ("seed 004"). Catalogued in data/citations/; a record's provenance source
 * that starts with a citation's key is cited by it.
 */
export const Citation = z.object({
  /** The provenance source prefix it stands for, e.g. 'seed 004'. */
  key: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().optional(),
  authors: z.array(z.string().min(1)).default([]),
  authorsEn: z.array(z.string().min(1)).optional(),
  publisher: z.string().optional(),
  publisherEn: z.string().optional(),
  year: z.number().int().min(1900).max(2100),
  /** ISO date of publication where the source gives one. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  doi: z.string().optional(),
  url: z.string().url().optional(),
  kind: z.enum(['journal', 'magazine', 'web', 'report', 'statistics', 'other']),
});
export type Citation = z.infer<typeof Citation>;

export const CitationCatalogue = z.object({
  about: z.string(),
  citations: z.array(Citation),
});
