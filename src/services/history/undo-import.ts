import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck, Tx } from '../../store/duck.ts';
import {
  type ChangeContext,
  recordDiff,
  snapshot,
  TRACKED_MEASURE,
  TRACKED_ORGANIZATION,
} from '../../store/history.ts';
import { loadChange } from '../../store/queries/change-history.ts';
import { revertOne } from './undo-change.ts';

/**
 * The undo of a whole organisations import: every organisation and yearly
 * figure it created is deleted, and every other change it made (a figure or
 * field it wrote on a record the atlas held) set back, in one transaction.
 * An import's changes are those of its one history record (migration 017):
 * its compact creates, and the rows of the history with its source and time
 * (one transaction: the rows it checked one by one). Refused, nothing
 * written (ATLAS_E_UNDO_CONFLICT), when any record it created has changed
 * since, holds a yearly figure it did not create, or is linked or a member
 * of a cluster. The deletions are recorded, set-based, as any deletion.
 */

const CREATES = 'undo_import_creates';

/** The import's creates (compact and recorded) into a temp table: id, entity, entity_id. */
async function collectCreates(tx: Tx, importId: string): Promise<void> {
  await tx.exec(
    `CREATE OR REPLACE TEMP TABLE ${CREATES} AS
     SELECT k.id, k.entity,
       CASE WHEN k.entity = 'measure' THEN k.organization || '|' || k.year ELSE k.organization END AS entity_id
     FROM import_creates k WHERE k.import_id = $import
     UNION ALL
     SELECT c.id, c.entity, c.entity_id FROM change_rows c JOIN import_history h
       ON h.import_id = $import AND c.source = h.source AND c.changed_at = h.changed_at
     WHERE c.action = 'create' AND c.entity IN ('organization', 'measure')`,
    { import: importId },
  );
}

/** Refuses when a created record changed since, holds another's figures or is referred to. */
async function refuseChanged(tx: Tx, importId: string): Promise<void> {
  const later = await tx.all(
    `SELECT min(c.id) AS id, arg_min(x.id, c.id) AS created FROM change_rows c
     JOIN ${CREATES} x ON c.entity = x.entity AND c.entity_id = x.entity_id AND c.id > x.id`,
  );
  if (later[0]?.id !== null && later[0]?.id !== undefined)
    throw new AtlasError(
      'ATLAS_E_UNDO_CONFLICT',
      `import ${importId}: change ${later[0].id} changed a record it created since (change ${later[0].created}): undo that first`,
      { import: importId, change: Number(later[0].id) },
    );
  const refs = await tx.all(
    `WITH o AS (SELECT entity_id AS id FROM ${CREATES} WHERE entity = 'organization')
     SELECT (SELECT count(*) FROM links WHERE source IN (SELECT id FROM o) OR target IN (SELECT id FROM o))::INTEGER AS links,
       (SELECT count(*) FROM cluster_members WHERE organization IN (SELECT id FROM o))::INTEGER AS members,
       (SELECT count(*) FROM measures m WHERE m.organization IN (SELECT id FROM o)
          AND m.organization || '|' || m.year NOT IN (SELECT entity_id FROM ${CREATES} WHERE entity = 'measure'))::INTEGER AS figures`,
  );
  const { links, members, figures } = refs[0] as Record<string, number>;
  if (links + members + figures > 0)
    throw new AtlasError(
      'ATLAS_E_UNDO_CONFLICT',
      `import ${importId}: its organisations have ${links} link(s), ${members} membership(s) and ${figures} yearly figure(s) of other sources now: undo or remove them first`,
      { import: importId, links, members, figures },
    );
}

/** Deletes the created records of one kind, recording their deletion. */
async function deleteCreated(tx: Tx, spec: typeof TRACKED_ORGANIZATION, ctx: ChangeContext) {
  const where = `(${spec.key}) IN (SELECT entity_id FROM ${CREATES} WHERE entity = '${spec.entity}')`;
  const [before, after] = [`undo_import_${spec.entity}_before`, `undo_import_${spec.entity}_after`];
  await snapshot(tx, spec, before, spec.table, where);
  await tx.exec(
    `DELETE FROM ${spec.table} WHERE rowid IN (SELECT t.rowid FROM ${spec.table} t WHERE ${where})`,
  );
  await snapshot(tx, spec, after, spec.table, where);
  await recordDiff(tx, spec, before, after, ctx, true);
}

export async function undoImport(
  db: Duck,
  importId: string,
  by: Viewer,
): Promise<{ import: string; organizations: number; figures: number; changes: number }> {
  return db.transaction(async (tx) => {
    const known = await tx.all('SELECT 1 FROM import_history WHERE import_id = $import', {
      import: importId,
    });
    if (known.length === 0)
      throw new AtlasError(
        'ATLAS_E_NOT_FOUND',
        `no import ${importId} with its history recorded as one record (imports of organisations since schema version 17)`,
        { import: importId },
      );
    const ctx = { by: by.user ?? by.role, source: `undo of import ${importId}` };
    await collectCreates(tx, importId);
    await refuseChanged(tx, importId);
    // Its other changes (figures and fields written on records the atlas held), newest first.
    const others = await tx.all(
      `SELECT c.id FROM change_rows c JOIN import_history h
         ON h.import_id = $import AND c.source = h.source AND c.changed_at = h.changed_at
       WHERE c.action <> 'create' AND c.undoes IS NULL ORDER BY c.id DESC`,
      { import: importId },
    );
    for (const r of others) {
      const c = await loadChange(tx, Number(r.id));
      if (c) await revertOne(tx, c, { ...ctx, undoes: c.id });
    }
    const counts = await tx.all(
      `SELECT count(*) FILTER (WHERE entity = 'organization')::INTEGER AS o,
         count(*) FILTER (WHERE entity = 'measure')::INTEGER AS m FROM ${CREATES}`,
    );
    await deleteCreated(tx, TRACKED_MEASURE, ctx);
    await deleteCreated(tx, TRACKED_ORGANIZATION, ctx);
    await tx.exec(`DROP TABLE ${CREATES}`);
    const { o, m } = counts[0] as Record<string, number>;
    return { import: importId, organizations: o, figures: m, changes: others.length };
  });
}
