import type { AtlasWarning } from '../../core/errors.ts';
import type { FirmTable } from '../../analytics/matrix/firm-table.ts';
import type { RegionIndustryMatrix } from '../../analytics/matrix/region-industry-matrix.ts';
import type { MatrixInfo } from '../../contract/metrics.ts';
import type { NamedCode } from '../../store/queries/metric-matrix.ts';
import type {
  MatrixSource,
  MetricIndustryLevel,
  MetricMeasure,
  MetricPopulation,
  MetricRegionLevel,
  SyntheticFilter,
} from '../../core/model/metric-matrix.ts';

/** What storeMatrix is asked (its options) and what it answers (the matrix and its info). */
export interface StoreMatrixOptions {
  /** organizations (default) or statistics (`atlas import --kind region-statistics`). */
  source?: MatrixSource;
  /** Default: employees where any organisation has them, else a count of organisations. */
  measure?: MetricMeasure;
  /** Default: the latest year with a value of the measure (ignored for count). */
  year?: number;
  regionLevel?: MetricRegionLevel;
  industryLevel?: MetricIndustryLevel;
  /** include (default), exclude or only the synthetic organisations. */
  synthetic?: SyntheticFilter;
  kind?: string;
  /**
   * all organisations, or the listed firms only. Default: listed firms for a
   * count in an atlas whose enterprises are mostly listed firms (the default
   * data: a count of the few universities and associations beside them would
   * read as industry), else all.
   */
  population?: MetricPopulation;
}

/**
 * How the matrix was built and how much of it is synthetic, shown beside
 * every result: the contract's MatrixInfo with its figures as computed
 * (the answer's redaction may withhold them later).
 */
export type StoreMatrixInfo = Omit<MatrixInfo, 'total' | 'syntheticValue' | 'syntheticShare'> & {
  total: number;
  syntheticValue: number;
  /** syntheticValue / total. */
  syntheticShare: number;
};

export interface StoreMatrix {
  matrix: RegionIndustryMatrix;
  /**
   * One entry per placed organisation (firm-level metrics: crn, eg, ms,
   * establishments); none for regional statistics.
   */
  firms: FirmTable | undefined;
  info: StoreMatrixInfo;
  regionNames: NamedCode[];
  industryNames: NamedCode[];
  warnings: AtlasWarning[];
}
