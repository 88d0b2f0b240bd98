import { randomUUID } from 'node:crypto';
import {
  CapacityRunInput,
  type CapacityRun,
  type CapacityRunHead,
  type CapacityRunSummary,
} from '../../contract/capacity-runs.ts';
import { seesAllFigures, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import {
  deleteCapacityRun,
  insertCapacityRun,
  readCapacityRunHeads,
  readCapacityRun as readRunRow,
  readCapacityRunLines,
  readCapacityRunLoads,
  type CapacityRunHeadRow,
} from '../../store/capacity-runs.ts';
import type { Duck } from '../../store/duck.ts';
import { organizationExists } from '../../store/matching.ts';
import { allocateCapacity, type CapacityRow } from './allocate-capacity.ts';

/**
 * Saved runs of the capacity alliance: the operator saves one (recomputed
 * here from its inputs, so a stored allocation is the solver's answer, not
 * a figure sent by a client); a member firm reads its own organisation's
 * lines and loads only. Whose view is decided here from the viewer, and a
 * member's rows are selected in SQL (store/capacity-runs.ts).
 */

/** The organisation whose lines this viewer reads, or null for every line (analysts, admins). */
function scopeOf(viewer: Viewer): string | null {
  if (seesAllFigures(viewer)) return null;
  if (viewer.role === 'member' && viewer.organization) return viewer.organization;
  throw new AtlasError(
    'ATLAS_E_FORBIDDEN',
    'allocation runs are read by the alliance operator (analyst) and by member firms (their own lines)',
    { role: viewer.role },
  );
}

/** Member → organisation from the capacity rows; one organisation per member, each in the atlas. */
async function memberOrganizations(
  db: Duck,
  capacities: CapacityRunInput['capacities'],
): Promise<Map<string, string>> {
  const byMember = new Map<string, { organization: string; row: number }>();
  capacities.forEach((c, row) => {
    if (!c.organization) return;
    const seen = byMember.get(c.member);
    if (seen && seen.organization !== c.organization)
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `capacities[${row}].organization: member ${c.member} is ${seen.organization} in row ${seen.row} and ${c.organization} here; one organisation per member`,
        { row, column: 'organization', member: c.member },
      );
    byMember.set(c.member, { organization: c.organization, row });
  });
  for (const [member, { organization, row }] of byMember)
    if (!(await organizationExists(db, organization)))
      throw new AtlasError(
        'ATLAS_E_NOT_FOUND',
        `capacities[${row}].organization: no organisation ${organization} in the atlas (member ${member})`,
        { row, column: 'organization', organization },
      );
  return new Map([...byMember].map(([m, v]) => [m, v.organization]));
}

/** Solves the run's allocation and saves it; answers the operator's view. Nothing is saved on error. */
export async function saveCapacityRun(
  db: Duck,
  given: CapacityRunInput,
  createdBy: string | null,
): Promise<CapacityRun> {
  const parsed = CapacityRunInput.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AtlasError('ATLAS_E_BAD_VALUE', `${issue.path.join('.')}: ${issue.message}`, {
      path: issue.path,
    });
  }
  const input = parsed.data;
  const orgOf = await memberOrganizations(db, input.capacities);
  const capacities: CapacityRow[] = input.capacities.map(
    ({ organization: _organization, ...c }) => c,
  );
  const answer = await allocateCapacity(capacities, input.orders, input.transportCost, {
    orderSplitting: input.orderSplitting,
    fairShare: input.fairShare,
  });
  const summary: CapacityRunSummary = {
    unserved: answer.unserved,
    products: answer.products,
    optimality: answer.optimality,
    warnings: answer.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
  const id = `capacity-run-${randomUUID()}`;
  const org = (member: string) => orgOf.get(member) ?? null;
  await db.transaction((tx) =>
    insertCapacityRun(
      tx,
      {
        id,
        name: input.name,
        orderSplitting: answer.rules.orderSplitting,
        fairShare: answer.rules.fairShare,
        transportCost: answer.transportCost,
        total: answer.total,
        summary: JSON.stringify(summary),
        inputs: JSON.stringify({ capacities: input.capacities, orders: input.orders }),
        createdBy,
        createdAt: new Date().toISOString(),
      },
      answer.allocations.map((a) => ({
        ...a,
        organization: org(a.member),
        period: a.period ?? null,
      })),
      answer.members.map((m) => ({ ...m, organization: org(m.member) })),
    ),
  );
  return readCapacityRun(db, id, { role: 'analyst' });
}

const headOf = (h: CapacityRunHeadRow, scope: string | null): CapacityRunHead => ({
  id: h.id,
  name: h.name,
  createdAt: h.createdAt,
  createdBy: scope === null ? h.createdBy : null,
  scope: scope === null ? 'all' : 'own',
  organization: scope,
  orderSplitting: h.orderSplitting,
  fairShare: h.fairShare,
  transportCost: h.transportCost,
  lines: h.lines,
  quantity: h.quantity,
  cost: h.cost,
});

/** The runs this viewer may read, newest first: every run, or those its organisation is part of. */
export async function listCapacityRuns(db: Duck, viewer: Viewer): Promise<CapacityRunHead[]> {
  const scope = scopeOf(viewer);
  return (await readCapacityRunHeads(db, scope)).map((h) => headOf(h, scope));
}

/**
 * One run as this viewer may see it. A run the member's organisation has no
 * line or load in answers 404 as an unknown id does: a member learns nothing
 * of runs it is not part of.
 */
export async function readCapacityRun(db: Duck, id: string, viewer: Viewer): Promise<CapacityRun> {
  const scope = scopeOf(viewer);
  const run = await readRunRow(db, id);
  const allocations = run ? await readCapacityRunLines(db, id, scope) : [];
  const loads = run ? await readCapacityRunLoads(db, id, scope) : [];
  if (!run || (scope !== null && allocations.length === 0 && loads.length === 0))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no allocation run ${id}`, { id });
  const sum = (k: 'quantity' | 'cost') => allocations.reduce((s, a) => s + a[k], 0);
  const head = headOf(
    {
      ...run,
      lines: allocations.length,
      quantity: sum('quantity'),
      cost: scope === null ? run.total : sum('cost'),
    },
    scope,
  );
  return {
    ...head,
    allocations,
    loads,
    ...(scope === null ? { summary: JSON.parse(run.summary) as CapacityRunSummary } : {}),
  };
}

/** Deletes a run with its lines and loads. */
export async function removeCapacityRun(db: Duck, id: string): Promise<void> {
  if (!(await readRunRow(db, id)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no allocation run ${id}`, { id });
  await db.transaction((tx) => deleteCapacityRun(tx, id));
}
