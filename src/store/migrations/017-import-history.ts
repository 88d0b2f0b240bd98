import type { Migration } from './migration.ts';

/**
 * An import's history as one record per import instead of one JSON row per
 * record it creates: `import_history` holds what every create of the import
 * shares (when, by whom, the source, the data's year), `import_creates` one
 * narrow row per record created (its change number from `change_ids`, the
 * import, the organisation, the figures' year for a yearly figure, the file's
 * row). The record's fields at its creation are not stored: they are the
 * record's fields now, or as its first later deletion recorded them, each
 * set back to the `previous` of the first later update of that field — the
 * history being append-only and complete, that is what the creation wrote.
 *
 * The recorded rows move to `change_rows` (writers append there); `changes`
 * becomes a view of both in the one shape readers know, so every reader, an
 * old row and a compact one answer alike. The compact ones are the table
 * macro `import_changes(org, change)`, NULL for either meaning any: a reader
 * of one organisation's or one change's history filters them there, before
 * their values are built (a filter on the view is not pushed below the
 * lateral joins: 0.7 s against 25 ms for one organisation among 1M). Its field lists are those of
 * store/history.ts's TRACKED_ORGANIZATION and TRACKED_MEASURE when written:
 * a later migration that changes a tracked column must create the view again.
 *
 * A yearly figure an import wrote keeps its provenance as its import and
 * row (`measures.import_id`, `import_row`, provenance NULL) when that
 * provenance is the import's one figure template (`figure_sources`, year
 * and row as placeholders, store/figure-sources.ts) with its year and row
 * put in; readers put them in again. Figures stored before keep theirs.
 */

/** Field name → SQL over alias t of the table, as TRACKED_ORGANIZATION tracks it. */
const ORGANIZATION_FIELDS: [string, string][] = [
  ['name', 't.name'],
  ['nameEn', 't.name_en'],
  ['uscc', 't.uscc'],
  ['kind', 't.kind'],
  ['region', 't.region'],
  ['address', 't.address'],
  ['coordinates', 'CASE WHEN t.lon IS NULL OR t.lat IS NULL THEN NULL ELSE [t.lon, t.lat] END'],
  ['crs', 't.crs'],
  ['locationPrecision', 't.location_precision'],
  ['industries', 't.industries'],
  ['industryLabels', 't.industry_labels'],
  ['tags', 't.tags'],
  ['externalIds', 't.external_ids'],
  ['provenance', 't.provenance'],
];

/** As TRACKED_MEASURE tracks them. */
const MEASURE_FIELDS: [string, string][] = [
  ['employees', 't.employees'],
  ['revenue', 't.revenue'],
  ['output', 't.output'],
  ['rdSpend', 't.rd_spend'],
  ['patents', 't.patents'],
];

/**
 * The compact creates of one entity as change rows: the value is each field's
 * first later `previous` (u), else the first later deletion's (d), else the
 * record's now (t, only when no deletion followed).
 */
function compactCreates(
  entity: string,
  entityId: string,
  table: string,
  on: string,
  fields: [string, string][],
  dataYear: string,
): string {
  const value = fields
    .map(
      ([f, sql]) =>
        `'${f}', coalesce(json_extract(u.later, '$.${f}'), json_extract(d.previous, '$.${f}'),
          CASE WHEN d.id IS NULL THEN to_json(${sql}) END)`,
    )
    .join(',\n      ');
  return `
SELECT k.id, h.changed_at, h.changed_by, h.source, k.entity, ${entityId} AS entity_id,
    [k.organization] AS organizations, 'create' AS action, NULL::VARCHAR AS field, NULL::JSON AS previous,
    json_object(${value}) AS value,
    ${dataYear} AS data_year, NULL::BIGINT AS undoes
  FROM import_creates k JOIN import_history h ON h.import_id = k.import_id
  LEFT JOIN LATERAL (
    SELECT min(c.id) AS id, arg_min(c.previous, c.id) AS previous FROM change_rows c
    WHERE c.entity = '${entity}' AND c.entity_id = ${entityId} AND c.action = 'delete' AND c.id > k.id
  ) d ON true
  LEFT JOIN LATERAL (
    SELECT json_group_object(x.field, x.first) AS later FROM (
      SELECT c.field, arg_min(coalesce(c.previous, 'null'::JSON), c.id) AS first FROM change_rows c
      WHERE c.entity = '${entity}' AND c.entity_id = ${entityId} AND c.action = 'update'
        AND c.id > k.id AND (d.id IS NULL OR c.id < d.id)
      GROUP BY c.field) x
  ) u ON true
  LEFT JOIN ${table} t ON ${on}
  WHERE k.entity = '${entity}' AND (org IS NULL OR k.organization = org) AND (change IS NULL OR k.id = change)`;
}

const COLUMNS = `id, changed_at, changed_by, source, entity, entity_id, organizations, action,
  field, previous, value, data_year, undoes`;

export const importHistory: Migration = {
  version: 17,
  name: 'import-history',
  sql: `
CREATE TABLE import_history (
  import_id VARCHAR NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  changed_by VARCHAR,
  source VARCHAR NOT NULL,
  data_year INTEGER
);
CREATE TABLE import_creates (
  id BIGINT NOT NULL,
  import_id VARCHAR NOT NULL,
  entity VARCHAR NOT NULL,
  organization VARCHAR NOT NULL,
  year INTEGER,
  row INTEGER NOT NULL,
  CHECK (entity IN ('organization', 'measure'))
);
CREATE TABLE figure_sources (
  import_id VARCHAR NOT NULL,
  template VARCHAR NOT NULL
);
ALTER TABLE measures ADD COLUMN import_id VARCHAR;
ALTER TABLE measures ADD COLUMN import_row INTEGER;
ALTER TABLE changes RENAME TO change_rows;
CREATE MACRO import_changes(org, change) AS TABLE
${compactCreates('organization', 'k.organization', 'organizations', 't.id = k.organization', ORGANIZATION_FIELDS, 'h.data_year')}
UNION ALL ${compactCreates('measure', "k.organization || '|' || k.year", 'measures', 't.organization = k.organization AND t.year = k.year', MEASURE_FIELDS, 'coalesce(h.data_year, k.year)')};
CREATE VIEW changes AS
SELECT ${COLUMNS} FROM change_rows
UNION ALL SELECT ${COLUMNS} FROM import_changes(NULL, NULL);
`,
};
