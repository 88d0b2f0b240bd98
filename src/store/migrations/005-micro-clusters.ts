import type { Migration } from './migration.ts';

/**
 * Micro-clusters: groups a promotion organisation creates inside a
 * cluster around one key problem (a shared R&D topic or a choke-point chain
 * node), with their members and the history of what the group did (meetings,
 * joint projects, members joining, closing). Times are ISO-8601 UTC strings.
 */
export const microClusters: Migration = {
  version: 5,
  name: 'micro-clusters',
  sql: `
CREATE TABLE micro_clusters (
  id VARCHAR PRIMARY KEY, cluster VARCHAR NOT NULL, problem VARCHAR NOT NULL,
  problem_kind VARCHAR NOT NULL, label VARCHAR NOT NULL, members VARCHAR[] NOT NULL,
  coordinator VARCHAR, state VARCHAR NOT NULL, created_by VARCHAR,
  created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL
);
CREATE TABLE micro_cluster_events (
  micro_cluster VARCHAR NOT NULL, seq INTEGER NOT NULL, kind VARCHAR NOT NULL,
  note VARCHAR, by_whom VARCHAR, happened_at VARCHAR NOT NULL,
  PRIMARY KEY (micro_cluster, seq)
);
`,
};
