import type { AtlasWarning } from '../../core/errors.ts';
import type { EuReading, UsReading } from '../../analytics/concentration/merger-simulation.ts';
import type { FirmSizeMeasure } from '../../store/queries/firm-sizes.ts';
import type { SyntheticMark } from '../synthetic-share.ts';

/** What a consolidation analysis covers: a cluster's member firms, or a region's firms in an industry. */
export interface ConsolidateOptions {
  cluster?: string;
  region?: string;
  industry?: string;
  /** Each merger as the firms it joins, by id or name (two or more). */
  merge?: string[][];
  /** The leading firm whose partners are ranked (id or name). */
  leader?: string;
  measure?: FirmSizeMeasure;
  year?: number;
  /** How many partners to list (default 10). */
  partners?: number;
  /** A national median firm size in the measure's unit, when the user holds one. */
  nationalMedian?: number;
}

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
