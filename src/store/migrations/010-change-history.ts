import type { Migration } from './migration.ts';

/**
 * The history of every change to an organisation, a yearly figure
 * (measures), a link and a cluster membership: append-only (the store
 * never updates or deletes a row here). One row per changed field (action
 * 'update'), or per whole record created or deleted (field NULL, the record's
 * fields as a JSON object in value or previous). `organizations` lists the
 * organisations the change concerns (both ends of a link), for a record's
 * page. `changed_by` is the account or role that made it (NULL when a tool wrote
 * without saying), `source` what it came from (a file, an edit, a merge, an
 * undo), `data_year` the year the data describe when the writer knew it, and
 * `undoes` the change an undo reverts.
 */
export const changeHistory: Migration = {
  version: 10,
  name: 'change-history',
  sql: `
CREATE SEQUENCE change_ids START 1;
CREATE TABLE changes (
  id BIGINT PRIMARY KEY DEFAULT nextval('change_ids'),
  changed_at TIMESTAMP NOT NULL,
  changed_by VARCHAR,
  source VARCHAR NOT NULL,
  entity VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  organizations VARCHAR[] NOT NULL,
  action VARCHAR NOT NULL,
  field VARCHAR,
  previous JSON,
  value JSON,
  data_year INTEGER,
  undoes BIGINT,
  CHECK (entity IN ('organization', 'measure', 'link', 'membership')),
  CHECK (action IN ('create', 'update', 'delete'))
);
`,
};
