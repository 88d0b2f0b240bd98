import type { Tx } from '../../src/store/duck.ts';
import type { ChangeContext, Tracked } from '../../src/store/history.ts';

/**
 * The creations' history as it was written before it built each record's
 * object from a struct: json_object over every field's to_json. Kept as the
 * reference the set-based writer must match row for row.
 */
export async function referenceCreates(
  tx: Tx,
  spec: Tracked,
  from: string,
  where: string,
  ctx: ChangeContext,
  source: string,
): Promise<void> {
  const object = Object.entries(spec.fields)
    .map(([field, sql]) => `'${field}', to_json(${sql})`)
    .join(', ');
  await tx.exec(
    `INSERT INTO change_rows (changed_at, changed_by, source, entity, entity_id, organizations,
       action, field, previous, value, data_year, undoes)
     SELECT now()::TIMESTAMP, $by, coalesce($source, (${source})::VARCHAR, 'unknown'), $entity,
        ${spec.key}, ${spec.organizations}, 'create', NULL, NULL, json_object(${object}),
        coalesce($year, (${spec.year ?? 'NULL'})::INTEGER), $undoes
     FROM ${from} t WHERE ${where}`,
    {
      by: ctx.by ?? null,
      source: ctx.source ?? null,
      year: ctx.dataYear ?? null,
      undoes: ctx.undoes ?? null,
      entity: spec.entity,
    },
  );
}
