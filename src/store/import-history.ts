import type { Tx } from './duck.ts';
import type { ChangeContext } from './history.ts';

/**
 * The history of the records an import creates, in the compact form of
 * migration 017: one `import_history` row per import (when, by whom, the
 * source, the data's year) and one narrow `import_creates` row per record
 * (change number, import, organisation, figures' year, file row), no JSON.
 * The view `changes` answers them as the 'create' rows store/history.ts's
 * recordCreates writes (same fields, same text); the bytes written per
 * record drop from a JSON object of ~400 to a few dozen.
 */

/** Where a write's created records are, as SQL over alias t of `from`. */
export interface ImportCreates {
  from: string;
  where: string;
  /** The organisation's id (the record's, or the yearly figure's organisation). */
  organization: string;
  /** The file's row (1-based, the header being 1). */
  row: string;
  /** A yearly figure's year; absent for organisations. */
  year?: string;
}

/** Whether a write's creates can be recorded compactly: an import's, undoing nothing. */
export function compactable(ctx: ChangeContext): ctx is ChangeContext & { importId: string } {
  return ctx.importId !== undefined && ctx.undoes === undefined;
}

/**
 * The import's one history record (once per import: a second call adds
 * nothing). `source` is SQL, the records' source when the context names none.
 */
export async function recordImport(
  tx: Tx,
  ctx: ChangeContext & { importId: string },
  source: string,
): Promise<void> {
  await tx.exec(
    `INSERT INTO import_history
     SELECT $import, now()::TIMESTAMP, $by, coalesce($source, (${source})::VARCHAR, 'unknown'), $year
     WHERE NOT EXISTS (SELECT 1 FROM import_history WHERE import_id = $import)`,
    {
      import: ctx.importId,
      by: ctx.by ?? null,
      source: ctx.source ?? null,
      year: ctx.dataYear ?? null,
    },
  );
}

/**
 * One compact create per record of `c.from` matching `c.where`, numbered
 * from the change history's sequence in the order of the scan, as
 * recordCreates numbers its rows.
 */
export async function recordImportCreates(
  tx: Tx,
  importId: string,
  entity: 'organization' | 'measure',
  c: ImportCreates,
): Promise<void> {
  await tx.exec(
    `INSERT INTO import_creates (id, import_id, entity, organization, year, row)
     SELECT nextval('change_ids'), $import, $entity, ${c.organization}, (${c.year ?? 'NULL'})::INTEGER,
       (${c.row})::INTEGER
     FROM ${c.from} t WHERE ${c.where}`,
    { import: importId, entity },
  );
}
