/**
 * Attraction actions (招商) on the wire (/api/actions, /api/actions/:id): a
 * target tracked from identified to landed or dropped, with its state history
 * and the states it may move to (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { ACTION_STATES } from '../core/model/action-state.ts';
import { ChainTemplateId } from './chains.ts';
import { pagedQuery, pageOf } from './paging.ts';

export const ActionState = z.enum(ACTION_STATES);

const NodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a node id');

export const ChainActionParams = z.strictObject({ id: z.string().max(200) });

export const ChainActionsQuery = pagedQuery({
  chain: ChainTemplateId.optional(),
  scope: z.string().max(200).optional().describe('a cluster id or region code'),
});

export const ChainActionEvent = z.strictObject({
  action: z.string(),
  state: z.string(),
  happenedAt: z.string(),
  by: z.string().nullable(),
  note: z.string().nullable(),
});

export const ChainAction = z.strictObject({
  id: z.string(),
  template: z.string(),
  node: z.string(),
  scopeType: z.enum(['cluster', 'region']),
  scope: z.string(),
  organization: z.string(),
  organizationName: z.string().describe("the target's name (its id when no longer in the atlas)"),
  state: z.string(),
  owner: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(ChainActionEvent).describe('the state history, oldest first'),
  next: z.array(ActionState).describe('the states the action may move to'),
});
export type ChainAction = z.infer<typeof ChainAction>;

export const ChainActionPage = pageOf(ChainAction).extend({
  byState: z
    .record(z.string(), z.number().int())
    .describe('how many actions of the whole list (every page) are in each state'),
});

export const CreateChainActionInput = z.strictObject({
  cluster: z.string().min(1).max(200).optional(),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  chain: ChainTemplateId,
  node: NodeId,
  organization: z.string().min(1).max(200),
  owner: z.string().max(200).optional(),
  notes: z.string().max(4000).optional(),
  at: z.string().max(40).optional(),
});
export type CreateChainActionInput = z.infer<typeof CreateChainActionInput>;

export const MoveChainActionInput = z.strictObject({
  state: ActionState.exclude(['identified']),
  by: z.string().max(200).optional(),
  note: z.string().max(4000).optional(),
  at: z.string().max(40).optional(),
});
export type MoveChainActionInput = z.infer<typeof MoveChainActionInput>;
