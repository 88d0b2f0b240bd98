import type { AtlasWarning } from '../core/errors.ts';
import type { SyntheticMark } from './synthetic-mark.ts';

/**
 * The answer of a consolidation analysis (a cluster's member firms, or a
 * region's firms in an industry) as the API sends it and the web reads it:
 * concentration today and after named mergers, read by the US 2023 and EU
 * 2004 merger guidelines, and the partners of a leading firm. Types only, so
 * nothing of it reaches the browser's bundle.
 */

/** The size measure firms are compared by. */
export type FirmSizeMeasure = 'output' | 'revenue' | 'employees';
/** The US 2023 merger guidelines' structural presumption. */
export type UsReading = 'presumed-harmful' | 'no-presumption';
/** The EU 2004 horizontal merger guidelines' safe harbours. */
export type EuReading = 'concerns-unlikely' | 'further-analysis';

export interface FirmRef {
  organization: string;
  name: string;
  nameEn: string | null;
  synthetic: boolean;
}

export interface ConcentrationFigures {
  firms: number;
  total: number | null;
  /** Points: shares in percent, squared and summed (0..10,000). */
  hhi: number | null;
  numbersEquivalent: number | null;
  cr4: number | null;
  cr8: number | null;
  firmsForHalf: number | null;
  median: number | null;
}

export interface Reading {
  us2023: UsReading;
  eu2004: EuReading;
  euShareIndication: boolean;
}

export interface MergerFigures {
  members: FirmRef[];
  /** The merged firm's size (capacity) in the measure's unit. */
  size: number | null;
  share: number | null;
  deltaHhi: number | null;
  postHhi: number | null;
  reading: Reading;
}

export interface PartnerRow extends FirmRef {
  added: string[];
  shared: string[];
  complementarity: number;
  distanceKm: number | null;
  proximity: number;
  sharedCustomers: number;
  customerOverlap: number;
  /** The partner's size in the products it shares with the leader (even-spread assumption). */
  overlapSize: number | null;
  score: number;
}

export interface FirmShareRow extends FirmRef {
  size: number | null;
  share: number | null;
}

export interface Consolidation {
  scope:
    | { kind: 'cluster'; cluster: string; name: string; nameEn: string | null }
    | { kind: 'region-industry'; region: string; industry: string };
  measure: FirmSizeMeasure;
  unit: string;
  year: number | null;
  firms: FirmShareRow[];
  notReporting: FirmRef[];
  before: ConcentrationFigures;
  after: ConcentrationFigures | null;
  deltaHhi: number | null;
  reading: Reading | null;
  mergers: MergerFigures[];
  nationalMedian: number | null;
  leader: FirmRef | null;
  partners: PartnerRow[];
  weights: { complementarity: number; proximity: number; customers: number };
  guidelines: string[];
  disclosure: { applied: boolean; minContributors: number; dominance: number };
  synthetic: SyntheticMark;
  source: string;
  warnings: AtlasWarning[];
}
