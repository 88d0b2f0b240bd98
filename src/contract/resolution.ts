/**
 * Entity resolution between two lists of organisations on the wire (POST
 * /api/resolve): the lists and options sent, the pairs with a score, a
 * decision and reasons (docs/architecture.md, "The contract rule"). Nothing
 * of the atlas is read or written.
 */
import { z } from 'zod';
import { AnswerWarning } from './answer-warning.ts';

/** Rows per side: the import's own file limit is larger; a request body must stay small. */
export const MAX_RESOLVE_ROWS = 20_000;

const text = (max: number) => z.string().max(max).optional();
const unit = (description: string) => z.number().min(0).max(1).optional().describe(description);

/** One organisation of a list: an id, a name and what places and identifies it. */
export const ResolveRow = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  region: text(100).describe('GB/T 2260 code or a region name (any level)'),
  province: text(50),
  city: text(50),
  industry: text(100).describe('any industry code; agreement is equality'),
  uscc: text(30).describe('统一社会信用代码; one failing its checksum is not used'),
  stockCode: text(20),
});
export type ResolveRow = z.infer<typeof ResolveRow>;

const side = z.array(ResolveRow).min(1).max(MAX_RESOLVE_ROWS);

export const ResolveBody = z.strictObject({
  left: side,
  right: side,
  options: z
    .strictObject({
      matchAt: unit('score at or above which a pair is a match (0.85)'),
      reviewAt: unit('score at or above which a pair goes to review (0.6)'),
      margin: unit('a best candidate this close to the next is ambiguous (0.04)'),
      oneToOne: z.boolean().optional().describe('each right record matched once (true)'),
    })
    .optional(),
  all: z.boolean().default(false).describe('also list each left record’s best distinct candidate'),
});
export type ResolveBody = z.input<typeof ResolveBody>;

export const MATCH_DECISIONS = ['match', 'review', 'distinct'] as const;

/** A left and a right record judged together. */
export const ResolvedPair = z.strictObject({
  leftId: z.string(),
  rightId: z.string(),
  score: z.number(),
  decision: z.enum(MATCH_DECISIONS),
  reasons: z.array(z.string()),
});

export const ResolveAnswer = z.strictObject({
  pairs: z.array(ResolvedPair),
  counts: z.strictObject({
    left: z.number().int(),
    right: z.number().int(),
    match: z.number().int(),
    review: z.number().int(),
    distinct: z.number().int(),
    comparisons: z.number().int(),
  }),
  warnings: z.array(AnswerWarning),
});
export type ResolveAnswer = z.infer<typeof ResolveAnswer>;
