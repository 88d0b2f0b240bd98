import type { Migration } from './migration.ts';

/**
 * A year's figures of an organisation (`measures`) carry their own
 * provenance (core/model/figure-provenance.ts: the file, row, import and
 * importer of each, the year the figures describe). Rows stored before say
 * honestly where they came from: the latest source the change history
 * (migration 010) recorded for that year, else the organisation record's
 * source — which may not be the figures' own, so those are unverified and
 * say so in a note.
 */
export const figureProvenance: Migration = {
  version: 15,
  name: 'figure-provenance',
  sql: `
ALTER TABLE measures ADD COLUMN provenance JSON;
UPDATE measures SET provenance = json_merge_patch(o.provenance, json_object(
    'year', measures.year,
    'verified', false,
    'note', 'recorded before yearly figures carried their own provenance: the organisation record''s source, not checked figure by figure'))
  FROM organizations o WHERE o.id = measures.organization;
UPDATE measures SET provenance = json_merge_patch(measures.provenance, json_object(
    'source', h.source,
    'loadedAt', strftime(h.changed_at, '%Y-%m-%d'),
    'by', h.changed_by,
    'verified', false,
    'note', 'recorded before yearly figures carried their own provenance: the latest source the change history names for this year'))
  FROM (SELECT entity_id, arg_max(source, id) AS source, max(changed_at) AS changed_at,
          arg_max(changed_by, id) AS changed_by
        FROM changes WHERE entity = 'measure' GROUP BY entity_id) h
  WHERE h.entity_id = measures.organization || '|' || measures.year;
UPDATE measures SET provenance = json_object(
    'source', 'unknown', 'year', year, 'method', 'manual', 'confidence', 1,
    'verified', false, 'synthetic', false,
    'note', 'recorded before yearly figures carried their own provenance; its organisation is not in the atlas')
  WHERE provenance IS NULL;
`,
};
