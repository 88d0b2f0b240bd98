import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import { UNDOABLE_IMPORT_KINDS, type ImportKind } from '../../core/model/import-vocabulary.ts';
import type { Duck, Tx } from '../../store/duck.ts';
import {
  type ChangeContext,
  recordDiff,
  snapshot,
  type Tracked,
  TRACKED_LINK,
  TRACKED_MEASURE,
  TRACKED_ORGANIZATION,
} from '../../store/history.ts';
import { loadChange } from '../../store/queries/change-history.ts';
import { revertOne } from './undo-change.ts';

/**
 * The undo of a whole import of organisations or links: every organisation,
 * yearly figure and link it created is deleted, and every other change it
 * made (a figure, field or link it wrote on a record the atlas held) set
 * back, in one transaction. An import's changes are those of its
 * transaction: its compact creates (migration 017), and the rows of the
 * history written at its history record's time — the time a transaction
 * starts, which every row it writes shares, whichever path (staged or row
 * by row) its rows took and whatever source each row names. An import made
 * before every import had its history record is found by its log's time,
 * the same transaction's. Refused, nothing written (ATLAS_E_UNDO_CONFLICT,
 * details.reason): 'undone' when it was undone already, 'changed' when a
 * record it created has changed since, 'referred' when its organisations are
 * linked, members of a cluster or hold yearly figures it did not create;
 * ATLAS_E_UNDO_UNSUPPORTED for a kind that keeps no history. The deletions
 * are recorded, set-based, as any deletion. `preview` runs it all and rolls
 * back: what the undo would remove, or why it is refused.
 */

const CREATES = 'undo_import_creates';

export interface UndoImportResult {
  import: string;
  kind: ImportKind;
  organizations: number;
  figures: number;
  links: number;
  /** Other changes set back. */
  changes: number;
}

/** The import's kind and its transaction's time; refused when it cannot be undone. */
async function importTransaction(
  tx: Tx,
  importId: string,
): Promise<{ kind: ImportKind; at: string }> {
  const rows = await tx.all(
    `SELECT coalesce(i.kind, 'organizations') AS kind, coalesce(h.changed_at, i.imported_at)::VARCHAR AS at
     FROM (SELECT $import AS id) q
     LEFT JOIN imports i ON i.id = q.id
     LEFT JOIN (SELECT import_id, min(changed_at) AS changed_at FROM import_history GROUP BY ALL) h
       ON h.import_id = q.id
     WHERE i.id IS NOT NULL OR h.import_id IS NOT NULL`,
    { import: importId },
  );
  if (rows.length === 0)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no import ${importId}`, { import: importId });
  const kind = String(rows[0].kind) as ImportKind;
  if (!UNDOABLE_IMPORT_KINDS.includes(kind))
    throw new AtlasError(
      'ATLAS_E_UNDO_UNSUPPORTED',
      `import ${importId} is of ${kind}, which keep no change history: only imports of ${UNDOABLE_IMPORT_KINDS.join(' and ')} can be undone`,
      { import: importId, kind, reason: 'kind' },
    );
  const undone = await tx.all('SELECT min(id) AS id FROM change_rows WHERE source = $source', {
    source: `undo of import ${importId}`,
  });
  if (undone[0]?.id !== null && undone[0]?.id !== undefined)
    throw new AtlasError(
      'ATLAS_E_UNDO_CONFLICT',
      `import ${importId} was undone already (change ${undone[0].id})`,
      { import: importId, reason: 'undone', change: Number(undone[0].id) },
    );
  return { kind, at: String(rows[0].at) };
}

/** The import's creates (compact and recorded) into a temp table: id, entity, entity_id. */
async function collectCreates(tx: Tx, importId: string, at: string): Promise<void> {
  await tx.exec(
    `CREATE OR REPLACE TEMP TABLE ${CREATES} AS
     SELECT k.id, k.entity,
       CASE WHEN k.entity = 'measure' THEN k.organization || '|' || k.year ELSE k.organization END AS entity_id
     FROM import_creates k WHERE k.import_id = $import
     UNION ALL
     SELECT c.id, c.entity, c.entity_id FROM change_rows c
     WHERE c.changed_at = $at::TIMESTAMP AND c.action = 'create' AND c.undoes IS NULL
       AND c.entity IN ('organization', 'measure', 'link')`,
    { import: importId, at },
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
      { import: importId, reason: 'changed', change: Number(later[0].id) },
    );
  const refs = await tx.all(
    `WITH o AS (SELECT entity_id AS id FROM ${CREATES} WHERE entity = 'organization')
     SELECT (SELECT count(*) FROM links WHERE (source IN (SELECT id FROM o) OR target IN (SELECT id FROM o))
          AND id NOT IN (SELECT entity_id FROM ${CREATES} WHERE entity = 'link'))::INTEGER AS links,
       (SELECT count(*) FROM cluster_members WHERE organization IN (SELECT id FROM o))::INTEGER AS members,
       (SELECT count(*) FROM measures m WHERE m.organization IN (SELECT id FROM o)
          AND m.organization || '|' || m.year NOT IN (SELECT entity_id FROM ${CREATES} WHERE entity = 'measure'))::INTEGER AS figures`,
  );
  const { links, members, figures } = refs[0] as Record<string, number>;
  if (links + members + figures > 0)
    throw new AtlasError(
      'ATLAS_E_UNDO_CONFLICT',
      `import ${importId}: its organisations have ${links} link(s), ${members} membership(s) and ${figures} yearly figure(s) of other sources now: undo or remove them first`,
      { import: importId, reason: 'referred', links, members, figures },
    );
}

/** Deletes the created records of one kind, recording their deletion. */
async function deleteCreated(tx: Tx, spec: Tracked, ctx: ChangeContext) {
  const where = `(${spec.key}) IN (SELECT entity_id FROM ${CREATES} WHERE entity = '${spec.entity}')`;
  const [before, after] = [`undo_import_${spec.entity}_before`, `undo_import_${spec.entity}_after`];
  await snapshot(tx, spec, before, spec.table, where);
  await tx.exec(
    `DELETE FROM ${spec.table} WHERE rowid IN (SELECT t.rowid FROM ${spec.table} t WHERE ${where})`,
  );
  await snapshot(tx, spec, after, spec.table, where);
  await recordDiff(tx, spec, before, after, ctx, true);
}

/** Sets back the import's other changes (on records the atlas held), newest first. */
async function revertOthers(tx: Tx, at: string, ctx: ChangeContext): Promise<number> {
  const others = await tx.all(
    `SELECT c.id FROM change_rows c
     WHERE c.changed_at = $at::TIMESTAMP AND c.action <> 'create' AND c.undoes IS NULL ORDER BY c.id DESC`,
    { at },
  );
  for (const r of others) {
    const c = await loadChange(tx, Number(r.id));
    if (c) await revertOne(tx, c, { ...ctx, undoes: c.id });
  }
  return others.length;
}

async function undoIn(tx: Tx, importId: string, by: Viewer): Promise<UndoImportResult> {
  const { kind, at } = await importTransaction(tx, importId);
  const ctx = { by: by.user ?? by.role, source: `undo of import ${importId}` };
  await collectCreates(tx, importId, at);
  await refuseChanged(tx, importId);
  const changes = await revertOthers(tx, at, ctx);
  const counts = await tx.all(
    `SELECT count(*) FILTER (WHERE entity = 'organization')::INTEGER AS o,
       count(*) FILTER (WHERE entity = 'measure')::INTEGER AS m,
       count(*) FILTER (WHERE entity = 'link')::INTEGER AS l FROM ${CREATES}`,
  );
  await deleteCreated(tx, TRACKED_LINK, ctx);
  await deleteCreated(tx, TRACKED_MEASURE, ctx);
  await deleteCreated(tx, TRACKED_ORGANIZATION, ctx);
  await tx.exec(`DROP TABLE ${CREATES}`);
  const { o, m, l } = counts[0] as Record<string, number>;
  return { import: importId, kind, organizations: o, figures: m, links: l, changes };
}

/** Carries a preview's answer out of the transaction it rolls back. */
class Preview extends Error {
  constructor(readonly result: UndoImportResult) {
    super('preview');
  }
}

export async function undoImport(
  db: Duck,
  importId: string,
  by: Viewer,
  opts: { preview?: boolean } = {},
): Promise<UndoImportResult> {
  try {
    return await db.transaction(async (tx) => {
      const r = await undoIn(tx, importId, by);
      if (opts.preview) throw new Preview(r);
      return r;
    });
  } catch (e) {
    if (e instanceof Preview) return e.result;
    throw e;
  }
}
