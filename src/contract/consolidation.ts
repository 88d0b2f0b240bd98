/**
 * A consolidation analysis on the wire (GET /api/clusters/:id/consolidation,
 * GET /api/consolidation): a cluster's member firms, or a region's firms in
 * an industry — concentration today and after named mergers, read by the US
 * 2023 and EU 2004 merger guidelines, and the partners of a leading firm
 * (docs/architecture.md, "The contract rule"). Every figure built from firms'
 * sizes is a confidential aggregate.
 */
import { z } from 'zod';
import { AnswerWarning } from './answer-warning.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';
import { SyntheticMark } from './synthetic-mark.ts';

const whole = z.number().int();
const fig = (description: string) => confidentialAggregate(z.number(), description);

export const FIRM_SIZE_MEASURES = ['output', 'revenue', 'employees'] as const;
/** The size measure firms are compared by. */
export type FirmSizeMeasure = (typeof FIRM_SIZE_MEASURES)[number];

const options = {
  merge: z
    .string()
    .min(1)
    .max(4000)
    .optional()
    .describe(
      'proposed mergers: firms by id or name separated by commas, mergers by semicolons (丙钢,丁钢;甲,乙)',
    ),
  leader: z.string().max(200).optional().describe('leading firm (id or name)'),
  measure: z.enum(FIRM_SIZE_MEASURES).optional(),
  year: whole.min(1900).max(2100).optional(),
  partners: whole.min(0).max(100).default(10),
  nationalMedian: z.number().min(0).optional().describe('in the measure’s unit'),
};

/** GET /api/clusters/:id/consolidation's query. */
export const ClusterConsolidationQuery = z.strictObject(options);
export type ClusterConsolidationQuery = z.input<typeof ClusterConsolidationQuery>;

/** GET /api/consolidation's query: a region's firms in an industry. */
export const ConsolidationQuery = z.strictObject({
  ...options,
  region: z.string().regex(/^\d{6}$/),
  industry: z.string().min(1).max(100),
});
export type ConsolidationQuery = z.input<typeof ConsolidationQuery>;

/** The US 2023 merger guidelines' structural presumption. */
export const UsReading = z.enum(['presumed-harmful', 'no-presumption']);
export type UsReading = z.infer<typeof UsReading>;
/** The EU 2004 horizontal merger guidelines' safe harbours. */
export const EuReading = z.enum(['concerns-unlikely', 'further-analysis']);
export type EuReading = z.infer<typeof EuReading>;

export const FirmRef = z.strictObject({
  organization: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  synthetic: z.boolean(),
});
export type FirmRef = z.infer<typeof FirmRef>;

export const ConcentrationFigures = z.strictObject({
  firms: whole.describe('firms with a positive size'),
  total: fig('sum of sizes, in `unit`'),
  hhi: fig('Herfindahl-Hirschman index, points (shares in percent squared, 0..10,000)'),
  numbersEquivalent: fig('10,000 / HHI: equal-sized firms with this HHI'),
  cr4: fig('share of the 4 largest, percent'),
  cr8: fig('share of the 8 largest, percent'),
  firmsForHalf: confidentialAggregate(z.number().int(), 'fewest firms for half'),
  median: fig('median firm size, in `unit`'),
});
export type ConcentrationFigures = z.infer<typeof ConcentrationFigures>;

export const Reading = z.strictObject({
  us2023: UsReading,
  eu2004: EuReading,
  euShareIndication: z.boolean(),
});
export type Reading = z.infer<typeof Reading>;

export const MergerFigures = z.strictObject({
  members: z.array(FirmRef),
  size: fig('the merged firm’s size (capacity), in `unit`'),
  share: fig('percent'),
  deltaHhi: fig('points'),
  postHhi: fig('HHI after this merger alone, points'),
  reading: Reading,
});
export type MergerFigures = z.infer<typeof MergerFigures>;

export const PartnerRow = FirmRef.extend({
  added: z.array(z.string()),
  shared: z.array(z.string()),
  complementarity: z.number(),
  distanceKm: z.number().nullable(),
  proximity: z.number(),
  sharedCustomers: whole,
  customerOverlap: z.number(),
  /** The partner's size in the products it shares with the leader (even-spread assumption). */
  overlapSize: fig('the partner’s size in the products it shares with the leader'),
  score: z.number(),
});
export type PartnerRow = z.infer<typeof PartnerRow>;

export const FirmShareRow = FirmRef.extend({
  size: fig('the firm’s size, in `unit`'),
  share: fig('percent'),
});
export type FirmShareRow = z.infer<typeof FirmShareRow>;

export const ConsolidationScope = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cluster'),
    cluster: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
  }),
  z.strictObject({ kind: z.literal('region-industry'), region: z.string(), industry: z.string() }),
]);

export const Consolidation = z.strictObject({
  scope: ConsolidationScope,
  measure: z.enum(FIRM_SIZE_MEASURES),
  unit: z.string(),
  year: whole.nullable(),
  firms: z.array(FirmShareRow),
  notReporting: z.array(FirmRef),
  before: ConcentrationFigures,
  after: ConcentrationFigures.nullable(),
  deltaHhi: fig('ΔHHI of all mergers, points'),
  reading: Reading.nullable(),
  mergers: z.array(MergerFigures),
  nationalMedian: z.number().nullable(),
  leader: FirmRef.nullable(),
  partners: z.array(PartnerRow),
  weights: z.strictObject({
    complementarity: z.number(),
    proximity: z.number(),
    customers: z.number(),
  }),
  guidelines: z.array(z.string()),
  disclosure: z.strictObject({
    applied: z.boolean(),
    minContributors: whole,
    dominance: z.number(),
  }),
  synthetic: SyntheticMark,
  source: z.string(),
  warnings: z.array(AnswerWarning),
});
export type Consolidation = z.infer<typeof Consolidation>;
