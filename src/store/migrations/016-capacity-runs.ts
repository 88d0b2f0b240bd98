import type { Migration } from './migration.ts';

/**
 * Saved allocation runs of a capacity alliance (产能联合体): the operator
 * saves a run; each member firm reads the lines allocated to its own
 * organisation. `capacity_runs` holds the run, its rules, inputs and the
 * operator's summary (idle and missing capacity, unserved orders) as JSON
 * read by analysts only; `capacity_run_lines` and `capacity_run_loads` hold
 * one row per allocation line and per member × product, each with the atlas
 * organisation the member stands for (null when the operator named none),
 * so that a member's read is a WHERE on its organisation. Times are
 * ISO-8601 UTC strings, as in 003.
 */
export const capacityRuns: Migration = {
  version: 16,
  name: 'capacity-runs',
  sql: `
CREATE TABLE capacity_runs (
  id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, order_splitting VARCHAR NOT NULL,
  fair_share DOUBLE NOT NULL, transport_cost DOUBLE NOT NULL, total DOUBLE NOT NULL,
  summary JSON NOT NULL, inputs JSON NOT NULL, created_by VARCHAR, created_at VARCHAR NOT NULL,
  CHECK (order_splitting IN ('split', 'whole'))
);
CREATE TABLE capacity_run_lines (
  run VARCHAR NOT NULL, seq INTEGER NOT NULL, order_id VARCHAR NOT NULL, member VARCHAR NOT NULL,
  organization VARCHAR, product VARCHAR NOT NULL, quantity DOUBLE NOT NULL, cost DOUBLE NOT NULL,
  distance_km DOUBLE NOT NULL, period INTEGER, PRIMARY KEY (run, seq)
);
CREATE TABLE capacity_run_loads (
  run VARCHAR NOT NULL, seq INTEGER NOT NULL, member VARCHAR NOT NULL, organization VARCHAR,
  product VARCHAR NOT NULL, capacity DOUBLE NOT NULL, allocated DOUBLE NOT NULL, utilisation DOUBLE,
  PRIMARY KEY (run, seq)
);
`,
};
