/**
 * The words a region × industry matrix built from the atlas is described
 * with: what it is built from, measured in, at which levels, and which
 * organisations it counts. The store builds it with them, the contract
 * (src/contract/metrics.ts) offers them to the API, the CLI and the web.
 */

/** What the matrix is built from: the atlas's organisations, or the regional statistics an office loaded. */
export const MATRIX_SOURCES = ['organizations', 'statistics'] as const;
export type MatrixSource = (typeof MATRIX_SOURCES)[number];

/** What a region × industry matrix over organisations is measured in. */
export const METRIC_MEASURES = ['employees', 'revenue', 'output', 'count'] as const;
export type MetricMeasure = (typeof METRIC_MEASURES)[number];

export const METRIC_REGION_LEVELS = ['province', 'prefecture'] as const;
export type MetricRegionLevel = (typeof METRIC_REGION_LEVELS)[number];

/** GB/T 4754 level 1 (section letter) … 4 (class), or the organisation's first free label. */
export type MetricIndustryLevel = 1 | 2 | 3 | 4 | 'label';
/** The industry levels as a request writes them. */
export const METRIC_INDUSTRY_LEVELS = ['1', '2', '3', '4', 'label'] as const;

/** Whether the synthetic organisations are counted: with the others, left out, or alone. */
export const SYNTHETIC_FILTERS = ['include', 'exclude', 'only'] as const;
export type SyntheticFilter = (typeof SYNTHETIC_FILTERS)[number];

/** Which organisations a matrix counts: all of them, or the listed firms only. */
export const METRIC_POPULATIONS = ['all', 'listed'] as const;
export type MetricPopulation = (typeof METRIC_POPULATIONS)[number];
