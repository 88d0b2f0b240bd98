import type { Migration } from './migration.ts';

/**
 * `organizations` and `measures` without PRIMARY KEY constraints. DuckDB
 * enforces a key with an ART index that takes an insert per row and must sit
 * whole in memory: for a registry of a million firms it was the largest cost
 * of the import and could not spill. Uniqueness is now the writers' to prove,
 * in SQL, before they insert (store/organizations.ts refuses a write holding
 * an id or an (organisation, year) twice and replaces stored records by id;
 * the staged import proves its rows unique among themselves and new to the
 * atlas; a merge moves a year only where the target lacks it). Writers append
 * in key order, so DuckDB's per-row-group min/max statistics keep a look-up
 * by id from reading the whole table. docs/decisions.md has the measurements.
 * Columns, their order, types and NOT NULL rules are unchanged; the rows are
 * copied in key order.
 */
export const bulkKeys: Migration = {
  version: 13,
  name: 'bulk-keys',
  sql: `
CREATE TABLE organizations_013 (
  id VARCHAR NOT NULL, uscc VARCHAR, name VARCHAR NOT NULL, name_en VARCHAR,
  kind VARCHAR NOT NULL, region VARCHAR, province VARCHAR, prefecture VARCHAR,
  address VARCHAR, lon DOUBLE, lat DOUBLE, crs VARCHAR,
  industries VARCHAR[], industry_labels VARCHAR[], tags VARCHAR[],
  external_ids JSON,
  synthetic BOOLEAN NOT NULL, verified BOOLEAN NOT NULL, provenance JSON NOT NULL,
  location_precision VARCHAR
);
INSERT INTO organizations_013 SELECT * FROM organizations ORDER BY id;
DROP TABLE organizations;
ALTER TABLE organizations_013 RENAME TO organizations;
CREATE TABLE measures_013 (
  organization VARCHAR NOT NULL, year INTEGER NOT NULL,
  employees DOUBLE, revenue DOUBLE, output DOUBLE, rd_spend DOUBLE, patents DOUBLE
);
INSERT INTO measures_013 SELECT * FROM measures ORDER BY organization, year;
DROP TABLE measures;
ALTER TABLE measures_013 RENAME TO measures;
`,
};
