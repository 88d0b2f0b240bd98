import { readOrganizationNames } from '../../store/organizations.ts';
import { randomUUID } from 'node:crypto';
import {
  assertActionTransition,
  isActionState,
  nextActionStates,
  type ActionState,
} from '../../analytics/chain/action-state.ts';
import { panorama, type NodeStatus } from '../../analytics/chain/panorama.ts';
import { counted, type Placement } from '../../analytics/chain/place.ts';
import { AtlasError } from '../../core/errors.ts';
import {
  countChainActions,
  countChainActionsByState,
  insertChainAction,
  moveChainAction,
  readChainActionEvents,
  readChainActions,
  type ChainActionEventRow,
  type ChainActionRow,
} from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { chainContext, type ChainContext, type PanoramaRequest } from './chain-context.ts';

/**
 * The loop no anchor closes: a target becomes a tracked attraction action
 * (identified → contacted → negotiating → signed → landed | dropped) with
 * dates, owner and notes; the panorama shows what landed actions change.
 */

export interface CreateActionRequest {
  cluster?: string;
  region?: string;
  chain: string;
  node: string;
  organization: string;
  owner?: string;
  notes?: string;
  /** ISO-8601; default now. */
  at?: string;
}

export interface ActionWithEvents extends ChainActionRow {
  /** The target's name (its id when it is no longer in the atlas). */
  organizationName: string;
  events: ChainActionEventRow[];
  next: ActionState[];
}

const iso = (at: string | undefined): string => {
  if (at === undefined) return new Date().toISOString();
  const d = new Date(at);
  if (Number.isNaN(d.getTime()))
    throw new AtlasError('ATLAS_E_BAD_VALUE', `not a date: ${at}`, { value: at });
  return d.toISOString();
};

async function withEvents(db: Duck, a: ChainActionRow): Promise<ActionWithEvents> {
  const names = await readOrganizationNames(db, [a.organization]);
  return {
    ...a,
    organizationName: names.get(a.organization) ?? a.organization,
    events: await readChainActionEvents(db, a.id),
    next: isActionState(a.state) ? nextActionStates(a.state) : [],
  };
}

export async function createAction(db: Duck, req: CreateActionRequest): Promise<ActionWithEvents> {
  const ctx = await chainContext(db, req);
  if (!ctx.template.nodes.some((n) => n.id === req.node))
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `template ${ctx.template.id} has no node ${req.node}`,
      {
        node: req.node,
      },
    );
  if (!ctx.orgs.some((o) => o.id === req.organization))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no organisation with id ${req.organization}`, {
      id: req.organization,
    });
  const open = (
    await readChainActions(db, { template: ctx.template.id, scope: ctx.scope.id })
  ).find(
    (a) =>
      a.node === req.node &&
      a.organization === req.organization &&
      a.state !== 'landed' &&
      a.state !== 'dropped',
  );
  if (open)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `an open action already tracks this target: ${open.id}`,
      {
        id: open.id,
      },
    );
  const at = iso(req.at);
  const row: ChainActionRow = {
    id: `act-${randomUUID()}`,
    template: ctx.template.id,
    node: req.node,
    scopeType: ctx.scope.type,
    scope: ctx.scope.id,
    organization: req.organization,
    state: 'identified',
    owner: req.owner ?? null,
    notes: req.notes ?? null,
    createdAt: at,
    updatedAt: at,
  };
  await db.transaction(async (tx) => {
    await insertChainAction(tx, row);
    await moveChainAction(tx, {
      action: row.id,
      state: 'identified',
      happenedAt: at,
      by: req.owner ?? null,
      note: req.notes ?? null,
    });
  });
  return withEvents(db, row);
}

export async function moveAction(
  db: Duck,
  id: string,
  to: string,
  opts: { by?: string; note?: string; at?: string } = {},
): Promise<ActionWithEvents> {
  const [a] = await readChainActions(db, { id });
  if (!a) throw new AtlasError('ATLAS_E_NOT_FOUND', `no action with id ${id}`, { id });
  if (!isActionState(to))
    throw new AtlasError('ATLAS_E_BAD_VALUE', `unknown action state ${to}`, { value: to });
  assertActionTransition(a.state as ActionState, to);
  const at = iso(opts.at);
  if (at < a.updatedAt)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `${at} is before the action's last change (${a.updatedAt})`,
      {
        at,
        last: a.updatedAt,
      },
    );
  await db.transaction((tx) =>
    moveChainAction(tx, {
      action: id,
      state: to,
      happenedAt: at,
      by: opts.by ?? null,
      note: opts.note ?? null,
    }),
  );
  return withEvents(db, { ...a, state: to, updatedAt: at });
}

/** Actions with their history, oldest first: all of them, or one page (limit, offset). */
export async function listActions(
  db: Duck,
  q: { template?: string; scope?: string; limit?: number; offset?: number } = {},
): Promise<ActionWithEvents[]> {
  return Promise.all((await readChainActions(db, q)).map((a) => withEvents(db, a)));
}

/** How many actions listActions lists without a limit. */
export async function countActions(
  db: Duck,
  q: { template?: string; scope?: string } = {},
): Promise<number> {
  return countChainActions(db, q);
}

/** How many actions listActions lists in each state: a board's column heads on any page. */
export async function countActionsByState(
  db: Duck,
  q: { template?: string; scope?: string } = {},
): Promise<Record<string, number>> {
  return countChainActionsByState(db, q);
}

/** One action with its history, or ATLAS_E_NOT_FOUND. */
export async function getAction(db: Duck, id: string): Promise<ActionWithEvents> {
  const [a] = await readChainActions(db, { id });
  if (!a) throw new AtlasError('ATLAS_E_NOT_FOUND', `no action with id ${id}`, { id });
  return withEvents(db, a);
}

export interface ActionEffect {
  /** Actions on this template and place, by node and state. */
  byNode: Record<string, Partial<Record<ActionState, number>>>;
  landed: Array<{ id: string; node: string; organization: string }>;
  completenessBefore: number;
  /** Completeness with every landed target counted as placed on its node, inside the place. */
  completenessAfter: number;
  changed: Array<{ node: string; before: NodeStatus; after: NodeStatus }>;
}

/** What the tracked actions change: landed targets placed on their nodes as if located in the place. */
export async function actionEffect(
  db: Duck,
  ctx: ChainContext,
  links: ReadonlyArray<{ source: string; target: string; value: number | null }>,
  req: Pick<PanoramaRequest, 'minConfidence' | 'options'>,
  before: { completeness: number; nodes: ReadonlyArray<{ id: string; status: NodeStatus }> },
): Promise<ActionEffect> {
  const actions = await readChainActions(db, { template: ctx.template.id, scope: ctx.scope.id });
  const byNode: ActionEffect['byNode'] = {};
  for (const a of actions) {
    const m = (byNode[a.node] ??= {});
    const s = a.state as ActionState;
    m[s] = (m[s] ?? 0) + 1;
  }
  const landed = actions.filter((a) => a.state === 'landed');
  if (landed.length === 0)
    return {
      byNode,
      landed: [],
      completenessBefore: before.completeness,
      completenessAfter: before.completeness,
      changed: [],
    };
  const landedIds = new Set(landed.map((a) => a.organization));
  const extra: Placement[] = landed.map((a) => ({
    node: a.node,
    organization: a.organization,
    method: 'manual',
    confidence: 1,
    review: 'confirmed',
    evidence: [`landed: action ${a.id}`],
    facts: [{ by: 'action', action: a.id }],
  }));
  const use = [...ctx.placements.filter((p) => counted(p, req.minConfidence)), ...extra];
  const orgs = new Map(
    ctx.orgs.map((o) => [
      o.id,
      {
        id: o.id,
        name: o.name,
        kind: o.kind,
        tags: o.tags,
        inside: ctx.scope.inside(o) || landedIds.has(o.id),
        synthetic: o.synthetic,
        measureYear: o.measureYear,
        revenue: o.revenue,
        employees: o.employees,
        output: o.output,
      },
    ]),
  );
  const after = panorama(ctx.template, use, orgs, links, req.options);
  const was = new Map(before.nodes.map((n) => [n.id, n.status]));
  return {
    byNode,
    landed: landed.map((a) => ({ id: a.id, node: a.node, organization: a.organization })),
    completenessBefore: before.completeness,
    completenessAfter: after.completeness,
    changed: after.nodes
      .filter((n) => was.get(n.id) !== n.status)
      .map((n) => ({ node: n.id, before: was.get(n.id)!, after: n.status })),
  };
}
