import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { historyOf } from '../../store/queries/change-history.ts';
import { undoChange } from './undo-change.ts';

/**
 * The undo of a whole merge from any change it made — a field it filled in
 * on the kept organisation, a link, membership or yearly figure it moved —
 * as the kept organisation's history shows them: the merge's deletion (same
 * source and time) is undone (undo-merge.ts). Refused (ATLAS_E_BAD_VALUE)
 * for a change no merge made.
 */
export async function undoWholeMerge(
  db: Duck,
  changeId: number,
  by: Viewer,
): Promise<{ undone: number; organization: string }> {
  const rows = await db.all(
    `SELECT d.id FROM ${historyOf('change')} c JOIN change_rows d
       ON d.source = c.source AND d.changed_at = c.changed_at
      AND d.entity = 'organization' AND d.action = 'delete'
     WHERE c.id = $id AND c.source LIKE 'merge of % into %'`,
    { id: changeId },
  );
  if (rows.length === 0) {
    const known = await db.all(`SELECT id FROM ${historyOf('change')} c`, { id: changeId });
    if (known.length === 0)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no change ${changeId}`, { change: changeId });
    throw new AtlasError('ATLAS_E_BAD_VALUE', `change ${changeId} was not made by a merge`, {
      change: changeId,
    });
  }
  return undoChange(db, Number(rows[0].id), by);
}
