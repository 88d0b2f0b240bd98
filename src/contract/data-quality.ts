/**
 * The atlas's data quality on the wire (GET /api/data-quality, POST and
 * DELETE /api/data-quality/distinct): flags over every organisation with
 * their first examples, links to missing organisations, duplicate candidates
 * and an analyst's "not a duplicate" decision (docs/architecture.md, "The
 * contract rule"). Names, ids and counts only: no firm's figure, so no
 * confidential aggregate.
 */
import { z } from 'zod';

/** What can be wrong with an organisation's record, most serious first. */
export const QualityFlag = z.enum([
  'no_region',
  'no_industry',
  'no_coordinates',
  'no_uscc',
  'no_measures',
  'stale_measures',
  'unverified',
  'synthetic',
]);
export type QualityFlag = z.infer<typeof QualityFlag>;

const count = z.number().int();
const Named = z.strictObject({ id: z.string(), name: z.string() });

/** Records that may be one organisation, and the review that judged them distinct, if any. */
export const DuplicateCandidate = z.strictObject({
  reason: z.enum(['same_uscc', 'same_name', 'same_name_but_legal_form']),
  key: z.string(),
  reviewed: z
    .strictObject({
      decision: z.enum(['distinct']),
      by: z.string().nullable(),
      at: z.string(),
      note: z.string().nullable(),
    })
    .optional()
    .describe('judged “not a duplicate” (every pair of the group); absent if not'),
  organizations: z.array(Named.extend({ region: z.string().nullable(), synthetic: z.boolean() })),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const DataQuality = z.strictObject({
  organizations: count,
  newestMeasureYear: count.nullable(),
  flags: z.array(z.strictObject({ flag: QualityFlag, count, examples: z.array(Named) })),
  danglingLinks: count,
  duplicates: z.array(DuplicateCandidate),
  reviewedHidden: count.describe(
    'candidates left out because an analyst judged them distinct (shown with reviewed=include)',
  ),
  rules: z
    .strictObject(Object.fromEntries(QualityFlag.options.map((f) => [f, z.string()])))
    .describe('what each flag means'),
});
export type DataQuality = Omit<z.infer<typeof DataQuality>, 'rules'> & {
  rules: Record<QualityFlag, string>;
};

/** What a "not a duplicate" decision recorded, or took back. */
export const DistinctDecision = z.strictObject({
  organizations: z.array(z.string()),
  pairs: count.describe('pairs of records recorded (or taken back)'),
});
export type DistinctDecision = z.infer<typeof DistinctDecision>;
