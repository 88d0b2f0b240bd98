import type { Migration } from './migration.ts';

/**
 * The first schema. Provenance is kept whole as JSON, with `synthetic` and
 * `verified` lifted into columns because screens and filters use them.
 * Regions and industries are reference tables, filled from data/ by the
 * store when it opens an empty database.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE regions (
  code VARCHAR PRIMARY KEY, level VARCHAR NOT NULL, parent VARCHAR,
  name_zh VARCHAR NOT NULL, name_en VARCHAR,
  province VARCHAR NOT NULL, prefecture VARCHAR,
  lon DOUBLE, lat DOUBLE
);
CREATE TABLE industries (
  scheme VARCHAR NOT NULL, code VARCHAR NOT NULL, level INTEGER NOT NULL, parent VARCHAR,
  name_zh VARCHAR NOT NULL, name_en VARCHAR,
  PRIMARY KEY (scheme, code)
);
CREATE TABLE organizations (
  id VARCHAR PRIMARY KEY, uscc VARCHAR, name VARCHAR NOT NULL, name_en VARCHAR,
  kind VARCHAR NOT NULL, region VARCHAR, province VARCHAR, prefecture VARCHAR,
  address VARCHAR, lon DOUBLE, lat DOUBLE, crs VARCHAR,
  industries VARCHAR[], industry_labels VARCHAR[], tags VARCHAR[],
  external_ids JSON,
  synthetic BOOLEAN NOT NULL, verified BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE measures (
  organization VARCHAR NOT NULL, year INTEGER NOT NULL,
  employees DOUBLE, revenue DOUBLE, output DOUBLE, rd_spend DOUBLE, patents DOUBLE,
  PRIMARY KEY (organization, year)
);
CREATE TABLE links (
  id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, target VARCHAR NOT NULL, type VARCHAR NOT NULL,
  product VARCHAR, value DOUBLE, year INTEGER,
  synthetic BOOLEAN NOT NULL, verified BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE clusters (
  id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, name_en VARCHAR,
  regions VARCHAR[] NOT NULL, industries VARCHAR[], field VARCHAR, designation VARCHAR NOT NULL,
  round INTEGER, chain_templates VARCHAR[],
  synthetic BOOLEAN NOT NULL, verified BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE cluster_members (
  cluster VARCHAR NOT NULL, organization VARCHAR NOT NULL, role VARCHAR,
  PRIMARY KEY (cluster, organization)
);
CREATE TABLE indicators (
  subject_type VARCHAR NOT NULL, subject VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
  year INTEGER, value DOUBLE, unit VARCHAR,
  synthetic BOOLEAN NOT NULL, provenance JSON NOT NULL
);
CREATE TABLE imports (
  id VARCHAR PRIMARY KEY, imported_at TIMESTAMP NOT NULL, file VARCHAR NOT NULL, kind VARCHAR NOT NULL,
  rows_read INTEGER NOT NULL, rows_written INTEGER NOT NULL, report JSON NOT NULL
);
`,
};
