import { AtlasError } from '../../core/errors.ts';
import { Organization } from '../../core/model/organization.ts';
import type { Tx } from '../../store/duck.ts';
import { type ChangeContext, currentRecord, TRACKED_ORGANIZATION } from '../../store/history.ts';
import { writeOrganizations } from '../../store/organizations.ts';
import { type Change, loadChange } from '../../store/queries/change-history.ts';

/**
 * The undo of a merge (store/merge-organization.ts): the organisation it
 * deleted is written again as it was, then every other change the merge
 * recorded — the fields `into` took from it, links re-pointed or dropped,
 * memberships and yearly figures passed on — is undone, newest first, each
 * through the ordinary undo of its kind (`revert`), each checked against the
 * record as it is now: a later change refuses the whole undo
 * (ATLAS_E_UNDO_CONFLICT) and nothing is written. A merge's changes share
 * its source ("merge of FROM into INTO") and its time (one transaction).
 * References the history does not track — accounts, matches, chain actions,
 * reviewed pairs, micro-cluster members — stay with `into`; merges made
 * before merges recorded their moves leave links, memberships and figures
 * with `into` too. A deletion that was not a merge is refused.
 */

const opt = <T>(v: unknown): T | undefined =>
  v === null || v === undefined ? undefined : (v as T);

/** The organisation a delete change recorded, as the model holds it (no yearly figures: they follow). */
function recordOf(c: Change): Organization {
  const p = c.previous as Record<string, unknown>;
  const parsed = Organization.safeParse({
    id: c.entityId,
    name: p.name,
    nameEn: opt(p.nameEn),
    uscc: opt(p.uscc),
    kind: p.kind,
    region: opt(p.region),
    address: opt(p.address),
    coordinates: opt(p.coordinates),
    crs: opt(p.crs),
    locationPrecision: opt(p.locationPrecision),
    industries: opt(p.industries) ?? [],
    industryLabels: opt(p.industryLabels) ?? [],
    tags: opt(p.tags) ?? [],
    externalIds: opt(p.externalIds) ?? {},
    measures: [],
    provenance: p.provenance,
  });
  if (parsed.success) return parsed.data;
  throw new AtlasError(
    'ATLAS_E_BAD_VALUE',
    `change ${c.id} holds organisation ${c.entityId} in a form that no longer passes the schema: ${parsed.error.issues[0].message}`,
    { change: c.id },
  );
}

export async function revertMerge(
  tx: Tx,
  c: Change,
  ctx: ChangeContext,
  revert: (tx: Tx, change: Change, ctx: ChangeContext) => Promise<void>,
): Promise<number> {
  if (!c.source.startsWith('merge of '))
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `change ${c.id} deleted organisation ${c.entityId}, not by a merge: it cannot be undone here`,
      { change: c.id, entity: c.entity, action: c.action },
    );
  const now = await currentRecord(tx, TRACKED_ORGANIZATION, c.entityId);
  if (now)
    throw new AtlasError(
      'ATLAS_E_UNDO_CONFLICT',
      `organisation ${c.entityId} exists again: change ${c.id} was undone already, or the id was reused`,
      { change: c.id, expected: null, now },
    );
  await writeOrganizations(tx, [recordOf(c)], ctx);
  // A merge's changes are recorded rows (change_rows): an import's compact creates are no merge's.
  const rest = await tx.all(
    `SELECT id FROM change_rows
     WHERE source = $source AND changed_at = (SELECT changed_at FROM change_rows WHERE id = $id)
       AND id <> $id AND undoes IS NULL
     ORDER BY id DESC`,
    { source: c.source, id: c.id },
  );
  for (const r of rest) {
    const other = await loadChange(tx, Number(r.id));
    if (other) await revert(tx, other, { ...ctx, undoes: other.id });
  }
  return rest.length;
}
