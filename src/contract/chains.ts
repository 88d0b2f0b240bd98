/**
 * A cluster's chain templates (GET and PUT /api/clusters/:id/chains,
 * `atlas chain bind`): the templates a panorama of the cluster draws, the
 * first by default; whether an analyst chose them or the cluster's chain
 * field binds them (data/clusters/chain-fields.json); and the fields with
 * their templates (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';

/** A chain template's id as the bundled files and an import name them. */
export const ChainTemplateId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a template id: lower-case letters, digits and hyphens');

export const ClusterChainsParams = z.strictObject({
  id: z.string().min(1).max(200).describe('cluster id'),
});

/** An analyst's choice, in order; an empty list returns the cluster to its field's templates. */
export const ChainBindingInput = z.strictObject({
  templates: z.array(ChainTemplateId).max(20),
});
export type ChainBindingInput = z.infer<typeof ChainBindingInput>;

export const ClusterChainField = z.strictObject({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  templates: z.array(z.string()),
});

export const ClusterChains = z.strictObject({
  cluster: z.string(),
  chainTemplates: z
    .array(z.string())
    .describe('the templates a panorama of the cluster uses, the first by default'),
  chainTemplatesBy: z
    .enum(['analyst', 'field', 'none'])
    .describe("an analyst's choice, the cluster's chain field, or nothing bound"),
  fields: z
    .array(ClusterChainField)
    .describe('the chain fields the bundled data binds the cluster to, and their templates'),
});
export type ClusterChains = z.infer<typeof ClusterChains>;
