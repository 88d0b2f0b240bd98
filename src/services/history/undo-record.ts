import { AtlasError } from '../../core/errors.ts';
import { Link } from '../../core/model/link.ts';
import type { Provenance } from '../../core/model/provenance.ts';
import { addClusterMembers } from '../../store/clusters.ts';
import type { Tx } from '../../store/duck.ts';
import {
  type ChangeContext,
  currentRecord,
  deleteRecorded,
  TRACKED_LINK,
  TRACKED_MEASURE,
  TRACKED_MEMBERSHIP,
  TRACKED_ORGANIZATION,
} from '../../store/history.ts';
import { writeLinks } from '../../store/links.ts';
import type { Change } from '../../store/queries/change-history.ts';

/**
 * The undo of a change to a whole record: a link or a cluster membership
 * created, changed or deleted, and an organisation created. Each is checked
 * against the record as it is now — it must be what the change left (else
 * ATLAS_E_UNDO_CONFLICT: a later change must be undone first) — and is
 * written through the store's recorded writes, so the undo is itself in the
 * history. An organisation's creation is undone only while nothing refers to
 * it (no link, no membership): its yearly figures go with it.
 */

/** JSON with object keys sorted, to compare a record with what a change recorded. */
const canon = (v: unknown): string =>
  JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );

function conflict(c: Change, now: unknown): AtlasError {
  return new AtlasError(
    'ATLAS_E_UNDO_CONFLICT',
    `change ${c.id} left ${c.entity} ${c.entityId} as ${canon(c.value)}, but it is ${canon(now)} now`,
    { change: c.id, expected: c.value, now },
  );
}

/** The record as it should be after the undo, or null to delete it. */
async function reverted(
  tx: Tx,
  c: Change,
  spec: typeof TRACKED_LINK,
): Promise<Record<string, unknown> | null> {
  const now = await currentRecord(tx, spec, c.entityId);
  if (c.action === 'create') {
    if (!now || canon(now) !== canon(c.value)) throw conflict(c, now);
    return null;
  }
  if (c.action === 'delete') {
    if (now) throw conflict(c, now);
    return c.previous as Record<string, unknown>;
  }
  const field = c.field as string;
  if (!now || canon(now[field]) !== canon(c.value)) throw conflict(c, now?.[field] ?? null);
  return { ...now, [field]: c.previous };
}

const opt = <T>(v: unknown): T | undefined =>
  v === null || v === undefined ? undefined : (v as T);

export async function revertLink(tx: Tx, c: Change, ctx: ChangeContext): Promise<void> {
  const back = await reverted(tx, c, TRACKED_LINK);
  if (!back) return deleteRecorded(tx, TRACKED_LINK, c.entityId, ctx);
  const link = Link.parse({
    id: c.entityId,
    from: back.from,
    to: back.to,
    type: back.type,
    product: opt(back.product),
    value: opt(back.value),
    year: opt(back.year),
    provenance: back.provenance,
  });
  await writeLinks(tx, [link], ctx);
}

export async function revertMembership(tx: Tx, c: Change, ctx: ChangeContext): Promise<void> {
  const back = await reverted(tx, c, TRACKED_MEMBERSHIP);
  if (!back) return deleteRecorded(tx, TRACKED_MEMBERSHIP, c.entityId, ctx);
  const organization = c.organizations[0];
  const cluster = String(back.cluster);
  const exists = await tx.all('SELECT 1 FROM clusters WHERE id = $id', { id: cluster });
  if (exists.length === 0) throw conflict(c, { cluster: 'no longer exists' });
  await addClusterMembers(
    tx,
    [{ cluster, organization, role: opt(back.role), provenance: opt<Provenance>(back.provenance) }],
    ctx,
  );
}

export async function revertCreation(tx: Tx, c: Change, ctx: ChangeContext): Promise<void> {
  const now = await currentRecord(tx, TRACKED_ORGANIZATION, c.entityId);
  if (!now || canon(now) !== canon(c.value)) throw conflict(c, now);
  const refs = await tx.all(
    `SELECT (SELECT count(*) FROM links WHERE source = $id OR target = $id)::INTEGER AS links,
            (SELECT count(*) FROM cluster_members WHERE organization = $id)::INTEGER AS members`,
    { id: c.entityId },
  );
  const { links, members } = refs[0] as { links: number; members: number };
  if (links + members > 0)
    throw new AtlasError(
      'ATLAS_E_UNDO_CONFLICT',
      `organisation ${c.entityId} has ${links} link(s) and ${members} membership(s) now: undo or remove them first`,
      { change: c.id, links, members },
    );
  const years = await tx.all('SELECT year FROM measures WHERE organization = $id ORDER BY year', {
    id: c.entityId,
  });
  for (const y of years) await deleteRecorded(tx, TRACKED_MEASURE, `${c.entityId}|${y.year}`, ctx);
  await deleteRecorded(tx, TRACKED_ORGANIZATION, c.entityId, ctx);
}
