import type { Migration } from './migration.ts';

/**
 * Reviewed duplicate candidates carry their decision: 006's `distinct_pairs`
 * becomes `reviewed_pairs` with a `decision` column ('distinct' — the two
 * records are different entities — the one decision so far), so another kind
 * of review can be recorded without a new table. One row per pair, the smaller
 * id first (UTF-8 byte order, as DuckDB compares); who decided (the account),
 * when (ISO-8601 UTC), an optional note. Rows of 006 keep who, when and note.
 */
export const reviewedPairs: Migration = {
  version: 7,
  name: 'reviewed-pairs',
  sql: `
CREATE TABLE reviewed_pairs (
  a VARCHAR NOT NULL, b VARCHAR NOT NULL, decision VARCHAR NOT NULL,
  decided_by VARCHAR, decided_at VARCHAR NOT NULL, note VARCHAR,
  PRIMARY KEY (a, b),
  CHECK (a < b)
);
INSERT INTO reviewed_pairs (a, b, decision, decided_by, decided_at, note)
  SELECT a, b, 'distinct', decided_by, decided_at, note FROM distinct_pairs;
DROP TABLE distinct_pairs;
`,
};
