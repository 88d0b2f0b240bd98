/**
 * A cluster's network on the wire (GET /api/clusters/:id/network,
 * /api/networks, /api/networks/explorer): the 集而不群 (gathered but not
 * networked) index with the figures behind its verdict, the members and
 * partners drawn as a network, every cluster's verdict for comparison, and
 * the network for the WebGL explorer (docs/architecture.md, "The contract
 * rule"). Link values are firms' own figures (withheld by the redaction of
 * every answer), never aggregates; shares of nothing travel as null.
 */
import { z } from 'zod';
import { LinkType } from '../core/model/link.ts';
import { AnswerWarning } from './answer-warning.ts';

const whole = z.number().int();
/** A share or ratio that is undefined for an empty cluster (NaN on the server, null on the wire). */
const ratio = z.number().nullable();
const share = (what: string) => z.number().min(0).max(1).describe(what);
const Label = z.strictObject({ zh: z.string(), en: z.string() });

/** The synthetic mark of an answer (contract/synthetic-mark.ts) with what it counts. */
export function syntheticMarkFields(organizations: string, links: string) {
  return {
    organizations: whole.describe(organizations),
    syntheticOrganizations: whole.describe('of those, synthetic'),
    links: whole.describe(links),
    syntheticLinks: whole.describe('of those, synthetic'),
    syntheticShare: share('syntheticOrganizations / organizations (0 when there are none)'),
    syntheticLinkShare: share('syntheticLinks / links (0 when there are none)'),
  };
}

/** GET /api/clusters/:id/network's path. */
export const NetworkParams = z.strictObject({ id: z.string().min(1).max(200) });

export const NetworkStatus = z
  .enum(['judged', 'no_members', 'too_few_firms', 'no_ties_recorded'])
  .describe(
    'judged, or why there is no verdict (index.verdict insufficient_data): no_members; too_few_firms (fewer than 3 member firms); no_ties_recorded (no link of any member recorded)',
  );
export type NetworkStatus = z.infer<typeof NetworkStatus>;
export const NetworkVerdict = z.enum(['networked', 'gathered_not_networked', 'insufficient_data']);

/** One figure of the verdict against its threshold. */
export const GatheringCheck = z.strictObject({
  figure: z.enum(['linkedFirmShare', 'largestComponentShare']),
  value: ratio,
  threshold: z.number(),
  passed: z.boolean(),
  label: Label,
});
export type GatheringCheck = z.infer<typeof GatheringCheck>;

/** The 集而不群 index of one cluster (analytics/network/gathered-not-networked.ts). */
export const GatheringIndex = z.strictObject({
  cluster: z.string(),
  members: whole,
  firms: whole,
  linkedFirms: whole.describe('member firms with a tie to another member'),
  linkedFirmShare: ratio,
  ties: whole.describe('distinct member pairs tied'),
  density: ratio,
  expectedDensity: ratio.describe('ln n / (n − 1) (Erdős & Rényi 1960)'),
  densityRatio: ratio,
  largestComponent: whole,
  largestComponentShare: ratio,
  chainLeaders: whole,
  firmsInLeaderSupplyNetworks: whole,
  firmsInLeaderSupplyNetworksShare: ratio,
  firmsWithResearchPartner: whole,
  firmsWithResearchPartnerShare: ratio,
  verdict: NetworkVerdict,
  verdictLabel: Label,
  insufficient: z
    .strictObject({
      reason: z.enum(['no_members', 'too_few_firms', 'no_ties_recorded']),
      minFirms: whole,
    })
    .optional()
    .describe('set when verdict is insufficient_data: the rule that withheld it'),
  checks: z.array(GatheringCheck),
  assumptions: z.array(z.string()),
  warnings: z.array(AnswerWarning),
});

export const NetworkNode = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  tags: z.array(z.string()),
  synthetic: z.boolean(),
  member: z.boolean(),
  degree: whole.describe('ties among the drawn nodes'),
  pagerank: z.number(),
  constraint: z.number().nullable().describe("Burt's constraint; null when isolated"),
  community: whole,
});

export const NetworkEdge = z.strictObject({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  product: z.string().nullable(),
  value: z
    .number()
    .nullable()
    .describe("the link's value: a firm's own figure, null unless the viewer sees it"),
  synthetic: z.boolean(),
});

/** A cluster's network diagnostics and its network for drawing. */
export const ClusterNetwork = z.strictObject({
  cluster: z.string(),
  ...syntheticMarkFields(
    'members judged (the verdict is over them)',
    'links among the organisations of the answer',
  ),
  status: NetworkStatus,
  index: GatheringIndex,
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
  nodesOmitted: whole.describe('nodes left out of the drawing (the index counts them all)'),
  research: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      firmPartners: whole,
    }),
  ),
  communities: whole,
  leaderTiers: z.array(
    z.strictObject({
      leader: z.string(),
      name: z.string(),
      tiers: z.array(whole).describe('suppliers at distance 1, 2, 3 upstream'),
    }),
  ),
  keySuppliers: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      customers: whole,
      soleSourceCustomers: whole,
    }),
  ),
});
export type ClusterNetwork = z.infer<typeof ClusterNetwork>;

/** One cluster's verdict with its main figures (GET /api/networks). */
export const NetworkSummary = z.strictObject({
  cluster: z.string(),
  name: z.string(),
  status: NetworkStatus,
  verdict: NetworkVerdict,
  members: whole,
  linkedFirmShare: ratio,
  largestComponentShare: ratio,
  firmsWithResearchPartnerShare: ratio,
  syntheticOrganizations: whole.describe('synthetic members'),
  syntheticShare: share('synthetic members / members (0 without members)'),
  syntheticLinks: whole.describe('synthetic links among the cluster’s organisations'),
  syntheticLinkShare: share('synthetic links / links (0 without links)'),
});
export type NetworkSummary = z.infer<typeof NetworkSummary>;
export const NetworkSummaries = z.array(NetworkSummary);

const LINK_TYPES = LinkType.options.join('|');

/** GET /api/networks/explorer's query. */
export const ExplorerQuery = z.strictObject({
  cluster: z.string().max(200).optional(),
  types: z
    .string()
    .regex(new RegExp(`^(${LINK_TYPES})(,(${LINK_TYPES}))*$`))
    .optional()
    .describe(
      'comma-separated link types (default: supply, collaboration, service, ownership, investment)',
    ),
  maxNodes: whole.min(1).max(50000).default(20000),
});
export type ExplorerQuery = z.output<typeof ExplorerQuery>;

export const ExplorerNode = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  member: z.boolean(),
  synthetic: z.boolean(),
  degree: whole,
  pagerank: z.number(),
  community: whole,
});

/** The network for the WebGL explorer: no link values (they are confidential). */
export const NetworkExplorer = z.strictObject({
  scope: z.string().describe('the cluster, or atlas'),
  types: z.array(z.string()),
  nodes: z.array(ExplorerNode),
  edges: z
    .array(z.tuple([whole, whole, whole]))
    .describe('[source index, target index, type index into types]; parallel links kept'),
  communities: whole,
  modularity: z.number(),
  nodesOmitted: whole.describe('nodes left out by maxNodes (lowest degree first)'),
  warnings: z.array(AnswerWarning),
});
export type NetworkExplorer = z.infer<typeof NetworkExplorer>;
