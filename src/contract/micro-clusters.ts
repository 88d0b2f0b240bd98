/**
 * Micro-clusters on the wire (GET /api/clusters/:id/micro-clusters,
 * GET/POST /api/micro-clusters, GET/POST /api/micro-clusters/:id): the
 * groups a promotion organisation could start around a shared problem, and
 * the groups it started with their members and logs (docs/architecture.md,
 * "The contract rule"). Names of organisations and their shared topics, no
 * figures.
 */
import { z } from 'zod';
import { pagedQuery, pageOf } from './paging.ts';

const whole = z.number().int();

/** What a micro-cluster's log records; `closed` ends it, `reopened` starts it again. */
export const MICRO_CLUSTER_EVENTS = [
  'meeting',
  'project',
  'member_joined',
  'member_left',
  'closed',
  'reopened',
] as const;
export type MicroClusterEventKind = (typeof MICRO_CLUSTER_EVENTS)[number];

export const ProblemKind = z.enum(['topic', 'chain_node']);

/** The path of a cluster's proposals, or of one micro-cluster. */
export const MicroClusterParams = z.strictObject({ id: z.string() });

/** GET /api/clusters/:id/micro-clusters's query. */
export const ProposalsQuery = z.strictObject({
  chain: z.string().max(200).optional(),
  limit: whole.min(1).max(100).default(20),
});
export type ProposalsQuery = z.output<typeof ProposalsQuery>;

export const MicroClusterProposal = z.strictObject({
  problem: z.string(),
  label: z.string(),
  kind: ProblemKind,
  members: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      member: z.boolean(),
      synthetic: z.boolean(),
    }),
  ),
  firms: whole,
  research: whole,
  score: z.number().describe('firms × (1 + research organisations)'),
  omitted: whole.describe('members left out by the largest size'),
});
export type MicroClusterProposal = z.infer<typeof MicroClusterProposal>;

export const MicroClusterProposals = z.strictObject({
  cluster: z.string(),
  chain: z.string().nullable(),
  proposals: z.array(MicroClusterProposal),
  taken: z
    .array(z.string())
    .describe('problems an active micro-cluster already works on (not proposed again)'),
  rule: z.string(),
});
export type MicroClusterProposals = z.infer<typeof MicroClusterProposals>;

/** POST /api/micro-clusters's body. */
export const NewMicroCluster = z.strictObject({
  cluster: z.string().min(1),
  problem: z.string().min(1),
  problemKind: ProblemKind,
  label: z.string().min(1).max(200),
  members: z.array(z.string()).min(2).max(200),
  coordinator: z.string().optional(),
});
export type NewMicroCluster = z.output<typeof NewMicroCluster>;

/** POST /api/micro-clusters/:id's body. */
export const MicroClusterEvent = z.strictObject({
  kind: z.enum(MICRO_CLUSTER_EVENTS),
  note: z.string().max(2000).optional(),
  organization: z.string().optional(),
});
export type MicroClusterEvent = z.output<typeof MicroClusterEvent>;

/** A micro-cluster with its members and log. */
export const MicroCluster = z.strictObject({
  id: z.string(),
  cluster: z.string(),
  problem: z.string(),
  problemKind: ProblemKind,
  label: z.string(),
  members: z.array(z.string()),
  coordinator: z.string().nullable(),
  state: z.enum(['active', 'closed']),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  events: z.array(
    z.strictObject({
      seq: whole,
      kind: z.enum(['created', ...MICRO_CLUSTER_EVENTS]),
      note: z.string().nullable(),
      byWhom: z.string().nullable(),
      happenedAt: z.string(),
    }),
  ),
  names: z.record(z.string(), z.string()).describe('member and coordinator names by id'),
});
export type MicroCluster = z.infer<typeof MicroCluster>;

/** GET /api/micro-clusters's query. */
export const MicroClusterListQuery = pagedQuery({ cluster: z.string().min(1) });
export type MicroClusterListQuery = z.output<typeof MicroClusterListQuery>;
export const MicroClusterPage = pageOf(MicroCluster);
export type MicroClusterPage = z.infer<typeof MicroClusterPage>;
