import type { AtlasWarning } from '../../core/errors.ts';
import type { FirmTable } from '../../analytics/matrix/firm-table.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';

/** What a metric's rows are about: cells, regions, industries or pairs of regions. */
export type MetricKind = 'cell' | 'region' | 'industry' | 'pair';

export interface MetricOptions {
  /** CRn: how many of the largest units (default 4). */
  n?: number;
  /** HHI: (H − 1/n)/(1 − 1/n). */
  normalized?: boolean;
  /** Firm-level input (eg, ms; crn over firms; establishments for strong_cluster). */
  firms?: FirmTable;
  /** Total activity per region (eg, ms); default: the matrix's row sums, else the firms'. */
  regionTotals?: Map<string, number>;
  /** Output per cell, same labels as the matrix (star_rating's productivity star). */
  output?: RegionIndustryMatrix;
  /** The matrix's year: the year of the national reference (lq_national; default its latest). */
  year?: number | null;
  /** What the matrix measures (lq_national warns unless employees). */
  measure?: string;
}

export type MetricRow = Record<string, string | number>;

export interface MetricResult {
  kind: MetricKind;
  columns: string[];
  rows: MetricRow[];
  warnings: AtlasWarning[];
  /**
   * Cell metrics: the values as computed (row-major, NaN where undefined),
   * for writers that stream them; `rows` is then built from it on first
   * access, so a caller that only streams never holds one object per cell.
   */
  grid?: CellGrid;
}

/** A cell metric's values over its regions × industries, NaN where undefined. */
export interface CellGrid {
  regions: readonly string[];
  industries: readonly string[];
  values: Float64Array;
}

export interface MetricDefinition {
  kind: MetricKind;
  description: string;
  /** 'matrix' needs --matrix; 'firms' needs --firms; 'either' takes firms if given. */
  input: 'matrix' | 'firms' | 'either';
  compute(matrix: RegionIndustryMatrix | null, opts: MetricOptions): MetricResult;
}
