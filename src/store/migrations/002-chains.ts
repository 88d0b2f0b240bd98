import type { Migration } from './migration.ts';

/**
 * Industry chains: templates users import or edit (the bundled
 * ones stay in data/chains/ and are not copied here), people's placement
 * decisions (place by hand, confirm or reject an automatic placement: the
 * automatic ones are recomputed from the data every time, only decisions
 * are stored), and the investment-attraction actions a gap's target becomes
 * (identified → contacted → negotiating → signed → landed | dropped) with
 * the history of their states. Times are ISO-8601 UTC strings, as in 003.
 */
export const chains: Migration = {
  version: 2,
  name: 'chains',
  sql: `
CREATE TABLE chain_templates (
  id VARCHAR NOT NULL, version VARCHAR NOT NULL, template JSON NOT NULL,
  file VARCHAR, imported_at VARCHAR NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE TABLE chain_placements (
  template VARCHAR NOT NULL, node VARCHAR NOT NULL, organization VARCHAR NOT NULL,
  decision VARCHAR NOT NULL, reviewer VARCHAR, note VARCHAR, decided_at VARCHAR NOT NULL,
  PRIMARY KEY (template, node, organization)
);
CREATE TABLE chain_actions (
  id VARCHAR PRIMARY KEY, template VARCHAR NOT NULL, node VARCHAR NOT NULL,
  scope_type VARCHAR NOT NULL, scope VARCHAR NOT NULL, organization VARCHAR NOT NULL,
  state VARCHAR NOT NULL, owner VARCHAR, notes VARCHAR,
  created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL
);
CREATE TABLE chain_action_events (
  action VARCHAR NOT NULL, state VARCHAR NOT NULL, happened_at VARCHAR NOT NULL,
  by_whom VARCHAR, note VARCHAR
);
`,
};
