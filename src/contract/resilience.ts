/**
 * Supply disruption and the resilience curve on the wire (GET
 * /api/resilience, /api/resilience/curve): what fails, the firms hit and
 * the output at risk, the products left without a backup base, with a
 * cluster its chain panorama before and after; and the share of input value
 * kept as suppliers fail at random (docs/architecture.md, "The contract
 * rule"). The output at risk is a confidential aggregate, a firm's loss its
 * own figure.
 */
import { z } from 'zod';
import { AnswerWarning } from './answer-warning.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';
import { syntheticMarkFields } from './network.ts';

const whole = z.number().int();
const days = z.number().min(0).max(3650);

/** GET /api/resilience's query. */
export const ResilienceQuery = z.strictObject({
  remove: z.string().max(4000).optional().describe('organisation ids, comma-separated'),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  cluster: z
    .string()
    .max(200)
    .optional()
    .describe('compare this cluster’s chain panorama before and after'),
  chain: z.string().max(200).optional().describe('default: the cluster’s first'),
  node: z
    .string()
    .max(200)
    .optional()
    .describe('chain node: every firm of the cluster placed on it stops (needs cluster)'),
  bufferDays: days.default(0),
  horizonDays: z.number().gt(0).max(3650).default(30),
  failAt: z.number().gt(0).max(1).default(0.5),
  limit: whole.min(1).max(1000).default(50),
});
export type ResilienceQuery = z.output<typeof ResilienceQuery>;

/** A firm that loses inputs. */
export const FirmHit = z.strictObject({
  organization: z.string(),
  name: z.string(),
  province: z.string().nullable(),
  synthetic: z.boolean(),
  loss: confidentialAggregate(
    z.number(),
    'share of the firm’s inputs (by value) lost: its own figure, shown to its member and analysts',
  ),
  failed: z.boolean(),
  output: z
    .number()
    .nullable()
    .describe('output × loss: the firm’s own figure, null unless the viewer sees it'),
});

const NodeStatus = z.enum(['strong', 'present', 'weak', 'missing']);
/** A chain node before and after the disruption. */
export const NodeShift = z.strictObject({
  node: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  stage: z.string(),
  critical: z.boolean(),
  before: z.strictObject({ status: NodeStatus, firms: whole }),
  after: z.strictObject({ status: NodeStatus, firms: whole }),
});
export type NodeShift = z.infer<typeof NodeShift>;

/** The parameters it ran with: the disruption's, the list's length and what was asked. */
const DisruptionOptions = z.strictObject({
  bufferDays: z.number(),
  horizonDays: z.number(),
  failAt: z.number(),
  limit: whole.describe('firms hit listed at most'),
  remove: z.array(z.string()).optional(),
  region: z.string().optional(),
  cluster: z.string().optional(),
  chain: z.string().optional(),
  node: z.string().optional(),
});

export const Disruption = z.strictObject({
  removed: z.array(z.string()),
  options: DisruptionOptions,
  rounds: whole,
  firmsHit: whole,
  syntheticFirmsHit: whole.describe('of the firms hit, synthetic'),
  firmsFailed: whole,
  outputAtRisk: confidentialAggregate(z.number(), 'Σ output × loss over the firms hit (10k yuan)'),
  hits: z.array(FirmHit),
  stopped: z
    .array(z.string())
    .describe('every organisation that stops: the removed and those whose losses reach failAt'),
  noBackupBase: z
    .array(
      z.strictObject({
        product: z.string(),
        survivingSuppliers: whole,
        provinces: z.array(z.string()),
      }),
    )
    .describe('products the removed supplied that no surviving supplier in another province makes'),
  assumptions: z.array(z.string()),
  ...syntheticMarkFields(
    'organisations of the supply network it ran on',
    'supply links of that network',
  ),
  warnings: z.array(AnswerWarning),
  coarsened: z
    .strictObject({ failAt: z.number(), bufferDays: z.number(), horizonDays: z.number() })
    .optional()
    .describe(
      'present when the parameters were snapped for someone who may not see firms’ figures (failAt to quarters, days to a week, a fortnight, 1, 2, 3, 6 months, 1, 2, 5 or 10 years), so varying them cannot read a firm’s loss off where it fails',
    ),
  chain: z
    .strictObject({
      template: z.string(),
      cluster: z.string(),
      node: z.string().nullable(),
      nodes: z.array(NodeShift).describe('changed nodes first'),
    })
    .optional()
    .describe('with cluster: its chain panorama node by node, before and after'),
});
export type Disruption = z.infer<typeof Disruption>;

/** GET /api/resilience/curve's query. */
export const ResilienceCurveQuery = z.strictObject({
  runs: whole.min(1).max(500).default(50),
  seed: whole.min(0).default(1),
  bufferDays: days.default(0),
});
export type ResilienceCurveQuery = z.output<typeof ResilienceCurveQuery>;

export const ResilienceCurve = z.strictObject({
  points: z.array(
    z.strictObject({
      share: z.number().describe('share of suppliers failed'),
      failed: z.number().describe('suppliers failed: round(share × suppliers)'),
      mean: z.number().describe('kept = 1 − Σ in_c·L_c / Σ in_c, mean over the runs'),
      min: z.number().describe('kept, least over the runs'),
      max: z.number().describe('kept, most over the runs'),
    }),
  ),
  runs: whole,
  seed: whole,
  ...syntheticMarkFields('organisations of the supply network', 'its supply links'),
  warnings: z.array(AnswerWarning),
});
export type ResilienceCurve = z.infer<typeof ResilienceCurve>;
