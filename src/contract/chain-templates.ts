/**
 * Industry-chain templates on the wire (GET /api/chains, GET and POST
 * /api/chains/:id): the list with each template's size, one template whole
 * (the shape of core/model/chain-template.ts, closed on output), and the
 * answer of a save or a dry-run check (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { ChainTemplate } from '../core/model/chain-template.ts';
import { ChainTemplateId } from './chains.ts';

export const ChainTemplateParams = z.strictObject({ id: ChainTemplateId });

export const ChainListQuery = z.strictObject({});

export const ChainSummary = z.strictObject({
  id: z.string(),
  version: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  description: z.string().optional(),
  nodes: z.number().int().describe('nodes in the template'),
  edges: z.number().int().describe('edges in the template'),
  fourBasesNodes: z.number().int().describe('nodes in one of the four bases (四基)'),
  criticalNodes: z.number().int().describe('nodes flagged as choke points (卡脖子)'),
});
export type ChainSummary = z.infer<typeof ChainSummary>;

export const ChainList = z.array(ChainSummary);

/** One template whole, as the atlas reads it (the newest version known). */
export const ChainTemplateAnswer = ChainTemplate;

export const ChainSaveQuery = z.strictObject({
  dryRun: z.boolean().default(false).describe('only check the template and answer its problems'),
});

/** The body is checked by the template validator, which names the node and the reason. */
export const ChainTemplateBody = z.record(z.string(), z.unknown());

export const ChainTemplateProblem = z.strictObject({
  node: z.string().describe('node id, "edge from→to", or "template"'),
  reason: z.string(),
});

export const ChainTemplateCheck = z.strictObject({
  valid: z.boolean(),
  problems: z.array(ChainTemplateProblem),
});
export type ChainTemplateCheck = z.infer<typeof ChainTemplateCheck>;

/** A save answers the stored template; a dry run answers the check. */
export const ChainSaveAnswer = z.union([ChainTemplateCheck, ChainTemplate]);
