/**
 * A place's industry chain on one template, on the wire: the panorama
 * (产业链全景图, GET /api/panorama), its gaps (强链补链, GET /api/gaps) and
 * the firms elsewhere to attract for them (招商, GET /api/targets)
 * (docs/architecture.md, "The contract rule"). The figures built from firms'
 * measures and link values are confidential aggregates; a firm's own figures
 * are null for a viewer who may not see them (services/access/redact.ts).
 */
import { z } from 'zod';
import { ACTION_STATES } from '../core/model/action-state.ts';
import { ChainStage, CriticalFlag, FourBases } from '../core/model/chain-template.ts';
import { AnswerWarning } from './answer-warning.ts';
import { ChainPlacementFact } from './chain-placements.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';
import { IoSector } from './io-evidence.ts';

const NodeId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a node id');
const whole = z.number().int();
/** A firm's own figure: null without one, or for a viewer who may not see it. */
const own = z.number().nullable();

/** The place and template of GET /api/panorama, /api/gaps and /api/targets, and the status rule's thresholds. */
const scope = {
  cluster: z.string().min(1).max(200).optional().describe('a cluster id: its members are placed'),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('a GB/T 2260 region: the organisations located there'),
  chain: NodeId.optional().describe("template id (default: the cluster's first)"),
  minConfidence: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('unconfirmed placements below this do not count (0.25)'),
  strongMinFirms: whole.min(0).optional().describe('strong: at least this many firms (5)'),
  strongMinAnchors: whole.min(0).optional().describe('strong: at least this many anchors (1)'),
  weakMaxFirms: whole.min(0).optional().describe('weak: at most this many firms and no anchor (2)'),
  minInsideShare: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('strong also needs this inside share (off)'),
  fourBasesWeight: z
    .number()
    .min(0)
    .optional()
    .describe('weight of four-bases nodes in completeness (1)'),
};

export const PanoramaQuery = z.strictObject(scope);
export type PanoramaQuery = z.output<typeof PanoramaQuery>;

export const TargetsQuery = z.strictObject({
  ...scope,
  node: NodeId.optional(),
  limit: whole.min(1).max(100).default(10),
});
export type TargetsQuery = z.output<typeof TargetsQuery>;

export const ChainScope = z.strictObject({
  type: z.enum(['cluster', 'region']),
  id: z.string(),
  name: z.string(),
  regions: z.array(z.string()),
});

export const TemplateRef = z.strictObject({
  id: z.string(),
  version: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});

const Tier = z.enum(['chain_leader', 'single_champion', 'little_giant', 'sme']);
const NodeStatus = z.enum(['strong', 'present', 'weak', 'missing']);
const byStatus = z.strictObject({
  strong: z.number(),
  present: z.number(),
  weak: z.number(),
  missing: z.number(),
});
const byTier = <T extends z.ZodType>(t: T) =>
  z.strictObject({ chain_leader: t, single_champion: t, little_giant: t, sme: t });

/** An organisation placed on a node. */
export const PlacedOrg = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  tier: Tier.nullable(),
  synthetic: z.boolean(),
  method: z.enum(['keyword', 'code', 'manual']),
  confidence: z.number(),
  review: z.enum(['auto', 'confirmed', 'rejected']),
  via: z.string().describe('the node it was placed on (a descendant, for a group node)'),
  measureYear: whole.nullable(),
  revenue: own,
  employees: own,
  output: own,
});

const sum = (what: string) => confidentialAggregate(z.number(), what);

export const PanoramaNode = z.strictObject({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  stage: ChainStage,
  parent: z.string().nullable(),
  children: z.array(z.string()),
  depth: whole,
  fourBases: FourBases,
  critical: CriticalFlag.nullable(),
  inputs: z.array(z.string()),
  outputs: z.array(z.string()),
  firms: byTier(z.array(PlacedOrg)),
  others: z.array(PlacedOrg),
  counts: z.strictObject({
    chain_leader: whole,
    single_champion: whole,
    little_giant: whole,
    sme: whole,
    firms: whole,
    others: whole,
    anchors: whole,
    counted: whole,
  }),
  size: z.strictObject({
    revenue: sum("the node's firms' revenue"),
    employees: sum("the node's firms' employees"),
    output: sum("the node's firms' output"),
    withMeasures: whole,
    largest: z
      .strictObject({ revenue: z.number(), employees: z.number(), output: z.number() })
      .optional()
      .describe('each sum’s largest contribution (a firm’s figure: only for those who see all)'),
  }),
  links: z.strictObject({
    inCount: whole,
    outCount: whole,
    inValue: sum("value of the supply links into the node's firms"),
    outValue: sum("value of the supply links out of the node's firms"),
    inFromInside: z.number().nullable(),
    inFromOutside: z.number().nullable(),
    suppliers: whole.describe("distinct suppliers of the node's firms"),
    insideShare: confidentialAggregate(
      z.number(),
      'share of inputs bought inside the place (by value, or by count)',
    ),
    basis: z.enum(['value', 'count']).nullable(),
  }),
  status: NodeStatus,
  reason: confidentialAggregate(
    z.string(),
    'the status rule applied, with the figures (quotes the inside share)',
  ),
});

export const Panorama = z.strictObject({
  template: TemplateRef,
  options: z.strictObject({
    strongMinFirms: z.number(),
    strongMinAnchors: z.number(),
    weakMaxFirms: z.number(),
    minInsideShare: z.number().nullable(),
    statusWeights: byStatus,
    fourBasesWeight: z.number(),
  }),
  nodes: z.array(PanoramaNode),
  completeness: z.number(),
  coverage: z.number(),
  byStatus,
  nodesWithoutInputs: z.array(z.string()),
});

const ActionState = z.enum(ACTION_STATES);

/** What tracked attraction actions change. */
export const ActionEffect = z.strictObject({
  byNode: z.record(z.string(), z.partialRecord(ActionState, whole)),
  landed: z.array(z.strictObject({ id: z.string(), node: z.string(), organization: z.string() })),
  completenessBefore: z.number(),
  completenessAfter: z
    .number()
    .describe(
      'completeness with every landed target counted as placed on its node, inside the place',
    ),
  changed: z.array(z.strictObject({ node: z.string(), before: NodeStatus, after: NodeStatus })),
});

export const ChainPanoramaAnswer = z.strictObject({
  scope: ChainScope,
  panorama: Panorama,
  minConfidence: z.number(),
  placements: z.strictObject({
    counted: whole,
    belowThreshold: whole,
    rejected: whole,
    byMethod: z.record(z.string(), whole),
  }),
  syntheticShare: z.number().describe('share of counted placements on synthetic organisations'),
  warnings: z.array(AnswerWarning),
  actions: ActionEffect.optional(),
});
export type ChainPanoramaAnswer = z.infer<typeof ChainPanoramaAnswer>;

const IoLink = {
  from: z.string(),
  to: z.string(),
  status: z.enum(['supported', 'weak', 'none', 'unmapped']),
  supplier: IoSector.nullable(),
  buyer: IoSector.nullable(),
  coefficient: z.number().nullable(),
  sameSector: z.boolean(),
  year: whole,
};

/** A gap in the chain, its evidence as a sentence and as figures; over template edges, what the IO table says. */
export const ChainGap = z.strictObject({
  node: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum([
    'missing',
    'weak',
    'four_bases_thin',
    'single_supplier',
    'outside_dependence',
    'inputs_missing',
    'extend',
  ]),
  action: z.enum(['fill', 'strengthen', 'replace_imports', 'extend']),
  severity: z.enum(['high', 'medium', 'low']),
  fourBases: FourBases,
  critical: z.boolean(),
  evidence: z
    .string()
    .nullable()
    .describe('in English; null where it quotes an inside share the viewer may not see'),
  facts: z.strictObject({
    counted: whole,
    inputs: z
      .array(z.strictObject({ id: z.string(), nameZh: z.string(), nameEn: z.string() }))
      .optional(),
    only: z.string().optional(),
    insideShare: z.number().nullable().optional(),
    basis: z.enum(['value', 'count']).optional(),
    inLinks: whole.optional(),
    threshold: z.number().optional(),
  }),
  io: z
    .strictObject({
      year: whole,
      sectors: whole,
      links: z.array(z.strictObject({ ...IoLink, review: z.boolean() })),
    })
    .optional(),
});

export const ChainGapsAnswer = z.strictObject({
  scope: ChainScope,
  template: TemplateRef,
  gaps: z.array(ChainGap),
  warnings: z.array(AnswerWarning),
});
export type ChainGapsAnswer = z.infer<typeof ChainGapsAnswer>;

const weighted = {
  tier: z.number(),
  confidence: z.number(),
  proximity: z.number(),
  ties: z.number(),
};

/** A firm elsewhere ranked for a node, with the action tracking it here, if any. */
export const ChainTarget = z.strictObject({
  rank: whole,
  id: z.string(),
  name: z.string(),
  tier: Tier.nullable(),
  tags: z.array(z.string()),
  regionName: z.string().nullable(),
  revenue: own,
  employees: own,
  distanceKm: z.number().nullable(),
  tiesInside: whole,
  confidence: z.number(),
  method: z.string(),
  synthetic: z.boolean(),
  score: z.number(),
  terms: z.strictObject({ ...weighted, size: z.number().nullable() }),
  revenueTop: z
    .number()
    .nullable()
    .describe("share of the node's candidates at or above its revenue (0.05 = top 5%)"),
  placedBy: ChainPlacementFact.nullable(),
  reasons: z.array(z.string()).describe('why it ranks where it does, in English'),
  action: z.strictObject({ id: z.string(), state: z.string() }).nullable(),
});

export const NodeTargets = z.strictObject({
  node: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  gaps: z.array(ChainGap),
  relatedness: z
    .number()
    .nullable()
    .describe("share of the node's template neighbours present in the place"),
  io: z
    .strictObject({
      year: whole,
      sectors: whole,
      links: z.array(z.strictObject({ ...IoLink, direction: z.enum(['input', 'output']) })),
    })
    .nullable(),
  targets: z.array(ChainTarget),
});

export const ChainTargetsAnswer = z.strictObject({
  scope: ChainScope,
  template: TemplateRef,
  nodes: z.array(NodeTargets),
  warnings: z.array(AnswerWarning),
});
export type ChainTargetsAnswer = z.infer<typeof ChainTargetsAnswer>;

export type PlacedOrg = z.infer<typeof PlacedOrg>;
export type PanoramaNode = z.infer<typeof PanoramaNode>;
export type ChainGap = z.infer<typeof ChainGap>;
export type ChainTarget = z.infer<typeof ChainTarget>;
export type NodeTargets = z.infer<typeof NodeTargets>;
