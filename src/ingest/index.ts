/** Public API of ingest: read a file, map its columns, prepare validated records. Writes nothing. */
export { readTable, type ReadTableOptions } from './read-table.ts';
export type { Cell, Table, TableFormat, TextEncoding } from './table.ts';
export { ALIASES, REQUIRED_FIELDS, type FieldOf, type ImportKind } from './aliases.ts';
export { mapColumns, type ColumnMapping } from './map-columns.ts';
export type { RegionLookup, IndustryLookup } from './lookups.ts';
export type { RowIssue } from './row-issue.ts';
export { countIssues } from './row-issue.ts';
export type { MergeReport } from './merge-organizations.ts';
export type { LabelCount } from './industry-resolver.ts';
export type { OrgRef } from './org-ref.ts';
export { PROGRESS_MIN_ROWS, type OnProgress } from './progress.ts';
export {
  prepareOrganizations,
  stableOrgId,
  type PrepareOrganizationsContext,
  type PreparedOrganizations,
} from './prepare-organizations.ts';
export {
  prepareLinks,
  linkId,
  type PrepareLinksContext,
  type PreparedLink,
  type PreparedLinks,
  type LinkMerge,
} from './prepare-links.ts';
export {
  prepareClusters,
  type PrepareClustersContext,
  type PreparedCluster,
  type PreparedClusters,
} from './prepare-clusters.ts';
export {
  prepareIndicators,
  type PrepareIndicatorsContext,
  type PreparedIndicators,
} from './prepare-indicators.ts';
export { IndicatorRecord } from './indicator-record.ts';
export type { ProvenanceInput } from './provenance-input.ts';
export { rejectsCsv } from './rejects-csv.ts';
