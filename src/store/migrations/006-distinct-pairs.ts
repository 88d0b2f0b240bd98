import type { Migration } from './migration.ts';

/**
 * Reviewed duplicate candidates: two organisation records an
 * analyst has judged to be different entities, so the pair is no longer
 * offered as a duplicate. One row per pair, the smaller id first; who
 * decided, when (ISO-8601 UTC), and why.
 */
export const distinctPairs: Migration = {
  version: 6,
  name: 'distinct-pairs',
  sql: `
CREATE TABLE distinct_pairs (
  a VARCHAR NOT NULL, b VARCHAR NOT NULL, decided_by VARCHAR, decided_at VARCHAR NOT NULL,
  note VARCHAR,
  PRIMARY KEY (a, b),
  CHECK (a < b)
);
`,
};
