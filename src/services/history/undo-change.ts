import type { Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import { FigureProvenance, mergeFigureProvenance } from '../../core/model/figure-provenance.ts';
import { Organization } from '../../core/model/organization.ts';
import type { Duck, Tx } from '../../store/duck.ts';
import { loadOrganizations, writeOrganizations } from '../../store/organizations.ts';
import { type Change, currentFieldJson, loadChange } from '../../store/queries/change-history.ts';
import type { ChangeContext } from '../../store/history.ts';
import { revertMerge } from './undo-merge.ts';
import { revertCreation, revertLink, revertMembership } from './undo-record.ts';

/**
 * Undoes one change of the history: sets an organisation's field, or a
 * yearly figure, back to its previous value, through the store's ordinary
 * write (so the undo is itself a change, by the analyst, with `undoes`).
 * Refused (ATLAS_E_UNDO_CONFLICT) when the value has changed since — a later
 * change must be undone first. Links and memberships (created, changed,
 * deleted) and an organisation's creation are undone by undo-record.ts; an
 * organisation deleted by a merge is written again and the merge's other
 * changes undone (undo-merge.ts).
 */

const canon = (v: unknown) => JSON.stringify(v ?? null);
const fromJson = (text: string | null | undefined) => (text == null ? null : JSON.parse(text));

type Measure = Organization['measures'][number];

function conflict(c: Change, now: unknown): AtlasError {
  return new AtlasError(
    'ATLAS_E_UNDO_CONFLICT',
    `change ${c.id} set ${c.field ?? c.entityId} to ${canon(c.value)}, but it is ${canon(now)} now`,
    { change: c.id, expected: c.value, now },
  );
}

async function organizationOf(tx: Tx, id: string): Promise<Organization> {
  const [org] = await loadOrganizations(tx, [id]);
  if (!org) throw new AtlasError('ATLAS_E_NOT_FOUND', `no organization with id ${id}`, { id });
  return org;
}

function validated(o: unknown): Organization {
  const parsed = Organization.safeParse(o);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AtlasError('ATLAS_E_BAD_VALUE', `${issue.path.join('.')}: ${issue.message}`, {
    field: issue.path.join('.'),
  });
}

async function revertOrganizationField(tx: Tx, c: Change): Promise<Organization> {
  const field = c.field as string;
  const now = fromJson(await currentFieldJson(tx, 'organization', c.entityId, field));
  if (canon(now) !== canon(c.value)) throw conflict(c, now);
  const org = await organizationOf(tx, c.entityId);
  return validated({ ...org, [field]: c.previous ?? undefined });
}

/** The source of figures an undo sets back: the undo, by whom, naming the change it reverts. */
function undoSource(c: Change, year: number, by: string | null): FigureProvenance {
  return FigureProvenance.parse({
    source: `undo of change ${c.id}`,
    year,
    loadedAt: new Date().toISOString().slice(0, 10),
    method: 'manual',
    verified: false,
    by: by ?? undefined,
    note: `set back to the value recorded before change ${c.id} (from ${c.source}); its own source is in the change history`,
  });
}

async function revertMeasure(tx: Tx, c: Change, by: string | null): Promise<Organization> {
  const cut = c.entityId.lastIndexOf('|');
  const [orgId, year] = [c.entityId.slice(0, cut), Number(c.entityId.slice(cut + 1))];
  const org = await organizationOf(tx, orgId);
  const row = org.measures.find((m) => m.year === year);
  const others = org.measures.filter((m) => m.year !== year);
  const asStored = (m: Measure | undefined) =>
    m && {
      employees: m.employees ?? null,
      revenue: m.revenue ?? null,
      output: m.output ?? null,
      rdSpend: m.rdSpend ?? null,
      patents: m.patents ?? null,
    };
  if (c.action === 'update') {
    const field = c.field as keyof Measure;
    const now = row?.[field] ?? null;
    if (!row || canon(now) !== canon(c.value)) throw conflict(c, now);
    const back = { ...row, [field]: c.previous ?? undefined };
    back.provenance = mergeFigureProvenance(row, {
      [field]: c.previous ?? undefined,
      provenance: undoSource(c, year, by),
    });
    return validated({ ...org, measures: [...others, back].sort((a, b) => a.year - b.year) });
  }
  if (c.action === 'create') {
    if (canon(asStored(row)) !== canon(c.value)) throw conflict(c, asStored(row) ?? null);
    return validated({ ...org, measures: others });
  }
  if (row) throw conflict(c, asStored(row));
  const prev = c.previous as Record<string, number | null>;
  const restored = Object.fromEntries(Object.entries(prev).filter(([, v]) => v !== null));
  return validated({
    ...org,
    measures: [...others, { year, ...restored, provenance: undoSource(c, year, by) }].sort(
      (a, b) => a.year - b.year,
    ),
  });
}

/** One change of a field, a yearly figure, a link or a membership set back, written as an undo. */
export async function revertOne(tx: Tx, c: Change, ctx: ChangeContext): Promise<void> {
  if (c.entity === 'link') return revertLink(tx, c, ctx);
  if (c.entity === 'membership') return revertMembership(tx, c, ctx);
  const org =
    c.entity === 'measure'
      ? await revertMeasure(tx, c, ctx.by ?? null)
      : await revertOrganizationField(tx, c);
  await writeOrganizations(tx, [org], ctx);
}

export async function undoChange(
  db: Duck,
  changeId: number,
  by: Viewer,
): Promise<{ undone: number; organization: string }> {
  return db.transaction(async (tx) => {
    const c = await loadChange(tx, changeId);
    if (!c)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no change ${changeId}`, { change: changeId });
    const ctx = { by: by.user ?? by.role, source: `undo of change ${c.id}`, undoes: c.id };
    const organization = c.organizations[0] ?? c.entityId;
    if (c.entity === 'organization' && c.action === 'create') await revertCreation(tx, c, ctx);
    else if (c.entity === 'organization' && c.action === 'delete')
      await revertMerge(tx, c, ctx, revertOne);
    else await revertOne(tx, c, ctx);
    return { undone: c.id, organization };
  });
}
