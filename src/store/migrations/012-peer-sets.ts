import type { Migration } from './migration.ts';

/**
 * Saved peer sets: the clusters (or regions) a person chose by name to
 * compare a subject with — the scorecard, metrics and rankings are then
 * drawn against exactly these. `members` holds ids in the order chosen;
 * `subject` the cluster or region the set was made for (optional).
 */
export const peerSets: Migration = {
  version: 12,
  name: 'peer-sets',
  sql: `
CREATE TABLE peer_sets (
  id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, subject_type VARCHAR NOT NULL,
  subject VARCHAR, members VARCHAR[] NOT NULL, note VARCHAR,
  created_by VARCHAR, created_at TIMESTAMP NOT NULL,
  CHECK (subject_type IN ('cluster', 'region'))
);
`,
};
