/**
 * Over-capacity signals by region × industry (GET /api/over-capacity,
 * `atlas over-capacity`): for each region and GB/T 4754 division, the
 * location quotient and yearly output growth from the regional statistics an
 * office loaded, the industry's growth over all loaded regions, the firm
 * structure from firms' own output where the atlas holds it, and the signals
 * that hold. A signal with its method, never a capacity figure
 * (docs/architecture.md, "The contract rule").
 */
import { z } from 'zod';
import { confidentialAggregate } from './confidential-aggregate.ts';

export const OVER_CAPACITY_SIGNALS = [
  'specialised-output-falling',
  'specialised-lagging',
  'many-small-firms-falling',
] as const;
export type OverCapacitySignal = (typeof OVER_CAPACITY_SIGNALS)[number];

export interface OverCapacityQuery {
  level?: 'province' | 'prefecture';
  /** GB/T 4754 divisions (two digits); default the basic industries. */
  industries?: string[];
  from?: number;
  to?: number;
  /** λ: LQ from which a region counts as specialised (default 1.25). */
  lq?: number;
  /** δ: yearly growth shortfall against the industry (default 0.05). */
  lag?: number;
  /** Fewest firms with output in both years for the firm signal (default 5). */
  minFirms?: number;
  /** Only the cells with a signal (default true). */
  signalledOnly?: boolean;
}

const yearly = z.number().nullable();
const Text = z.strictObject({ zh: z.string(), en: z.string() });

export const OverCapacityRowAnswer = z.strictObject({
  region: z.string(),
  regionName: z.string(),
  division: z.string().describe('GB/T 4754-2017 division'),
  divisionName: z.string(),
  divisionNameEn: z.string().nullable(),
  outputFrom: yearly.describe(
    'regional output at the earlier year (the statistics’ unit, 10k yuan)',
  ),
  outputTo: yearly.describe('regional output at the later year (10k yuan)'),
  lq: yearly.describe('location quotient of output at the later year, against all loaded regions'),
  growth: yearly.describe(
    'yearly growth of the region’s output in the division (0.05 = 5 % a year)',
  ),
  industryGrowth: yearly.describe('yearly growth of the division over all loaded regions'),
  firms: confidentialAggregate(z.number().int(), 'firms with output in both years'),
  firmsFalling: confidentialAggregate(z.number().int(), 'of them, firms whose output fell'),
  medianFirmOutput: confidentialAggregate(z.number(), 'median firm output at the later year'),
  divisionMedianFirmOutput: confidentialAggregate(
    z.number(),
    'median firm output of the division over all regions',
  ),
  signals: z.array(Text.extend({ code: z.enum(OVER_CAPACITY_SIGNALS) })),
});
export type OverCapacityRowAnswer = z.infer<typeof OverCapacityRowAnswer>;

/** The answer: the rows with their signals, the thresholds, the method and its sources. */
export const OverCapacityAnswer = z.strictObject({
  level: z.enum(['province', 'prefecture']),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  industries: z.array(z.string()),
  thresholds: z.strictObject({ lq: z.number(), lag: z.number(), minFirms: z.number().int() }),
  rows: z.array(OverCapacityRowAnswer),
  method: Text,
  provenance: z.strictObject({ sources: z.array(z.string()), note: z.string() }),
  warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
});
export type OverCapacityAnswer = z.infer<typeof OverCapacityAnswer>;
