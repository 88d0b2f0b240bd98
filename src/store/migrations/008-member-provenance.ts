import type { Migration } from './migration.ts';

/**
 * A cluster membership carries its own provenance (a member named by a seed
 * article is verified; one inferred from a listed firm's city and industry is
 * `inferred` with the rule and a confidence), and an organisation says how
 * precise its location is (`site`, `address`, `county`, `prefecture`,
 * `province`): a firm known only by its city is placed at the city's centre
 * and must never be shown as its site. Both columns are nullable: rows from
 * before this migration have no such statement.
 */
export const memberProvenance: Migration = {
  version: 8,
  name: 'member-provenance',
  sql: `
ALTER TABLE cluster_members ADD COLUMN provenance JSON;
ALTER TABLE organizations ADD COLUMN location_precision VARCHAR;
`,
};
