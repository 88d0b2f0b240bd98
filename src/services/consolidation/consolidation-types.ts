import type { FirmSizeMeasure } from '../../store/queries/firm-sizes.ts';

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

export type {
  FirmRef,
  ConcentrationFigures,
  Reading,
  MergerFigures,
  PartnerRow,
  FirmShareRow,
  Consolidation,
} from '../../contract/consolidation.ts';
