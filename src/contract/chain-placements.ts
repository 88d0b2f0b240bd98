/**
 * Organisations placed on a chain template's nodes, on the wire
 * (GET and POST /api/chains/:id/placements): how each was placed, how sure,
 * its review, and why — as sentences and as data a reader in any language
 * can word (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { pagedQuery, pageOf } from './paging.ts';

const NodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a node id');
const Decision = z.enum(['place', 'confirm', 'reject']);

/** One reason a placement holds: a keyword in a text, an industry code, a person's decision, a landed action. */
export const ChainPlacementFact = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('keyword'),
    where: z.enum(['name', 'product', 'label']),
    text: z.string(),
    keyword: z.string(),
  }),
  z.strictObject({ by: z.literal('code'), industry: z.string(), code: z.string() }),
  z.strictObject({
    by: z.literal('decision'),
    decision: Decision,
    who: z.string().nullable(),
    note: z.string().nullable(),
  }),
  z.strictObject({ by: z.literal('action'), action: z.string() }),
]);

export const ChainPlacement = z.strictObject({
  node: z.string(),
  organization: z.string(),
  method: z.enum(['keyword', 'code', 'manual']),
  confidence: z.number().describe('0 to 1'),
  review: z.enum(['auto', 'confirmed', 'rejected']),
  evidence: z.array(z.string()).describe('why, as sentences in English'),
  facts: z.array(ChainPlacementFact).describe('the same reasons as data'),
});
export type ChainPlacement = z.infer<typeof ChainPlacement>;

export const ChainPlacementsQuery = pagedQuery({
  cluster: z.string().min(1).max(200).optional().describe('a cluster id: its members are placed'),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('a GB/T 2260 region: the organisations located there'),
  node: NodeId.optional(),
});

export const ChainPlacementPage = pageOf(ChainPlacement);

export const PlacementDecisionInput = z.strictObject({
  node: NodeId,
  organization: z.string().min(1).max(200),
  decision: Decision,
  reviewer: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
});
export type PlacementDecisionInput = z.infer<typeof PlacementDecisionInput>;
