/**
 * Over-capacity signals by region × industry (GET /api/over-capacity,
 * `atlas over-capacity`): for each region and GB/T 4754 division, the
 * location quotient and yearly output growth from the regional statistics an
 * office loaded, the industry's growth over all loaded regions, the firm
 * structure from firms' own output where the atlas holds it, and the signals
 * that hold. A signal with its method, never a capacity figure. Types only.
 */

export type OverCapacitySignal =
  'specialised-output-falling' | 'specialised-lagging' | 'many-small-firms-falling';

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

export interface OverCapacityRowAnswer {
  region: string;
  regionName: string;
  division: string;
  divisionName: string;
  divisionNameEn: string | null;
  /** Regional output of the division (the statistics' unit, 10k yuan) at the two years. */
  outputFrom: number | null;
  outputTo: number | null;
  lq: number | null;
  /** Yearly growth of the region's output in the division (0.05 = 5 % a year). */
  growth: number | null;
  /** The same over all loaded regions. */
  industryGrowth: number | null;
  /** From firms' own figures: confidential aggregates, null for visitors and members. */
  firms: number | null;
  firmsFalling: number | null;
  medianFirmOutput: number | null;
  divisionMedianFirmOutput: number | null;
  signals: { code: OverCapacitySignal; zh: string; en: string }[];
}

export interface OverCapacityAnswer {
  level: 'province' | 'prefecture';
  from: number | null;
  to: number | null;
  industries: string[];
  thresholds: { lq: number; lag: number; minFirms: number };
  rows: OverCapacityRowAnswer[];
  method: { zh: string; en: string };
  provenance: { sources: string[]; note: string };
  warnings: { code: string; message: string }[];
}
