import type { Migration } from './migration.ts';

/**
 * Regional statistics loaded by an office (`atlas import --kind
 * region-statistics`): a province or prefecture (GB/T 2260 code and its
 * level), a GB/T 4754-2017 division, a year, and the division's employees
 * (persons), revenue and output (10k yuan) there; null where the table gives
 * none. One row per region, division and year: a later import replaces it.
 * Every row carries its provenance (source, method, year) and whether it is
 * synthetic.
 */
export const regionStatistics: Migration = {
  version: 9,
  name: 'region-statistics',
  sql: `
CREATE TABLE region_statistics (
  region VARCHAR NOT NULL, region_level VARCHAR NOT NULL, industry VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  employees DOUBLE, revenue DOUBLE, output DOUBLE,
  synthetic BOOLEAN NOT NULL, provenance JSON NOT NULL,
  PRIMARY KEY (region, industry, year),
  CHECK (region_level IN ('province', 'prefecture'))
);
`,
};
