import type { Migration } from './migration.ts';

/**
 * The joint work plan of a cluster that spans provinces (成渝's kind): shared
 * targets (a chain node or firm both sides attract together), shared
 * platforms and actions, each with the side that leads it (a province code,
 * or 'joint'), an optional lead organisation, a state and a due date. One
 * board per cluster, seen by both sides. Times are ISO-8601 UTC strings, as
 * in 003.
 */
export const jointWorkPlan: Migration = {
  version: 14,
  name: 'joint-work-plan',
  sql: `
CREATE TABLE joint_work_items (
  id VARCHAR PRIMARY KEY, cluster VARCHAR NOT NULL, kind VARCHAR NOT NULL, title VARCHAR NOT NULL,
  detail VARCHAR, node VARCHAR, lead_province VARCHAR NOT NULL, lead_organization VARCHAR,
  state VARCHAR NOT NULL, due VARCHAR, created_by VARCHAR,
  created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL
);
`,
};
