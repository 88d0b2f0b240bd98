import { listValue } from '@duckdb/node-api';
import type { Duck, Row, Tx } from './duck.ts';

/**
 * The store side of industry chains: placement decisions (a person placed,
 * confirmed or rejected a firm on a node), imported templates, and the
 * organisation, measure and supply-link reads a panorama needs.
 */

export type PlacementDecisionKind = 'place' | 'confirm' | 'reject';

export interface PlacementDecisionRow {
  template: string;
  node: string;
  organization: string;
  decision: PlacementDecisionKind;
  reviewer?: string;
  note?: string;
  /** ISO-8601 UTC. */
  decidedAt: string;
}

/** Records a decision, replacing an earlier one on the same (template, node, organisation). */
export async function writePlacementDecision(tx: Tx, d: PlacementDecisionRow): Promise<void> {
  await tx.exec(
    'DELETE FROM chain_placements WHERE template = $t AND node = $n AND organization = $o',
    { t: d.template, n: d.node, o: d.organization },
  );
  await tx.exec(
    `INSERT INTO chain_placements (template, node, organization, decision, reviewer, note, decided_at)
     VALUES ($t, $n, $o, $d, $r, $note, $at)`,
    {
      t: d.template,
      n: d.node,
      o: d.organization,
      d: d.decision,
      r: d.reviewer ?? null,
      note: d.note ?? null,
      at: d.decidedAt,
    },
  );
}

/** Removes a decision; the placement goes back to what the rules compute. Returns whether one existed. */
export async function deletePlacementDecision(
  tx: Tx,
  template: string,
  node: string,
  organization: string,
): Promise<boolean> {
  const rows = await tx.all(
    `DELETE FROM chain_placements WHERE template = $t AND node = $n AND organization = $o RETURNING node`,
    { t: template, n: node, o: organization },
  );
  return rows.length > 0;
}

export async function readPlacementDecisions(
  db: Duck,
  template: string,
): Promise<PlacementDecisionRow[]> {
  const rows = await db.all(
    `SELECT template, node, organization, decision, reviewer, note, decided_at
     FROM chain_placements WHERE template = $t ORDER BY node, organization`,
    { t: template },
  );
  return rows.map((r) => ({
    template: String(r.template),
    node: String(r.node),
    organization: String(r.organization),
    decision: String(r.decision) as PlacementDecisionKind,
    reviewer: (r.reviewer as string | null) ?? undefined,
    note: (r.note as string | null) ?? undefined,
    decidedAt: String(r.decided_at),
  }));
}

/** An organisation as chain analysis needs it: identity, place, codes, tags, products, latest size. */
export interface ChainOrgRow {
  id: string;
  name: string;
  kind: string;
  region: string | null;
  prefecture: string | null;
  province: string | null;
  lon: number | null;
  lat: number | null;
  industries: string[];
  industryLabels: string[];
  tags: string[];
  synthetic: boolean;
  /** Distinct products of its outbound supply links. */
  products: string[];
  /** Its latest year with any measure, and that year's figures (10k yuan, persons). */
  measureYear: number | null;
  revenue: number | null;
  employees: number | null;
  output: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Every organisation with its products and latest measures, or only those of
 * `ids` (each scan then filtered first: a few hundred rows instead of the
 * atlas). Cost: one scan of organizations, links, measures.
 */
export async function readChainOrganizations(
  db: Duck,
  ids?: readonly string[],
): Promise<ChainOrgRow[]> {
  const only = (col: string) => (ids ? `AND list_contains($ids::VARCHAR[], ${col})` : '');
  const rows = await db.all(
    `
    WITH prod AS (
      SELECT source AS id, list(DISTINCT product ORDER BY product) AS products
      FROM links WHERE type = 'supply' AND product IS NOT NULL ${only('source')} GROUP BY source
    ), latest AS (
      SELECT DISTINCT ON (organization) organization AS id, year, revenue, employees, output
      FROM measures WHERE true ${only('organization')} ORDER BY organization, year DESC
    )
    SELECT o.id, o.name, o.kind, o.region, o.prefecture, o.province, o.lon, o.lat,
      o.industries, o.industry_labels, o.tags, o.synthetic,
      p.products, l.year AS measure_year, l.revenue, l.employees, l.output
    FROM organizations o LEFT JOIN prod p ON p.id = o.id LEFT JOIN latest l ON l.id = o.id
    WHERE true ${only('o.id')}
    ORDER BY o.id`,
    ids ? { ids: listValue([...ids]) } : undefined,
  );
  return rows.map((r: Row) => ({
    id: String(r.id),
    name: String(r.name),
    kind: String(r.kind),
    region: (r.region as string | null) ?? null,
    prefecture: (r.prefecture as string | null) ?? null,
    province: (r.province as string | null) ?? null,
    lon: num(r.lon),
    lat: num(r.lat),
    industries: (r.industries as string[] | null) ?? [],
    industryLabels: (r.industry_labels as string[] | null) ?? [],
    tags: (r.tags as string[] | null) ?? [],
    synthetic: Boolean(r.synthetic),
    products: (r.products as string[] | null) ?? [],
    measureYear: num(r.measure_year),
    revenue: num(r.revenue),
    employees: num(r.employees),
    output: num(r.output),
  }));
}

export interface SupplyLinkRow {
  source: string;
  target: string;
  product: string | null;
  value: number | null;
  synthetic: boolean;
}

/** Every supply link (type supply): source sells to target. */
export async function readSupplyLinks(db: Duck): Promise<SupplyLinkRow[]> {
  const rows = await db.all(
    "SELECT source, target, product, value, synthetic FROM links WHERE type = 'supply' ORDER BY id",
  );
  return rows.map((r) => ({
    source: String(r.source),
    target: String(r.target),
    product: (r.product as string | null) ?? null,
    value: num(r.value),
    synthetic: Boolean(r.synthetic),
  }));
}

/** Member organisation ids of a cluster. */
export async function readClusterMemberIds(db: Duck, cluster: string): Promise<string[]> {
  const rows = await db.all(
    'SELECT organization FROM cluster_members WHERE cluster = $c ORDER BY organization',
    { c: cluster },
  );
  return rows.map((r) => String(r.organization));
}

/** Stores an imported or edited template version (replacing the same id and version). */
export async function writeChainTemplate(
  tx: Tx,
  t: { id: string; version: string },
  json: unknown,
  file: string | undefined,
  importedAt: string,
): Promise<void> {
  await tx.exec('DELETE FROM chain_templates WHERE id = $id AND version = $v', {
    id: t.id,
    v: t.version,
  });
  await tx.exec(
    'INSERT INTO chain_templates (id, version, template, file, imported_at) VALUES ($id, $v, $j, $f, $at)',
    { id: t.id, v: t.version, j: JSON.stringify(json), f: file ?? null, at: importedAt },
  );
}

/** Stored templates (raw JSON, to be validated by the caller), every version. */
export async function readChainTemplates(
  db: Duck,
): Promise<Array<{ id: string; version: string; template: unknown; file: string | null }>> {
  const rows = await db.all(
    'SELECT id, version, template::VARCHAR AS template, file FROM chain_templates ORDER BY id, version',
  );
  return rows.map((r) => ({
    id: String(r.id),
    version: String(r.version),
    template: JSON.parse(String(r.template)) as unknown,
    file: (r.file as string | null) ?? null,
  }));
}

export interface ChainActionRow {
  id: string;
  template: string;
  node: string;
  scopeType: 'cluster' | 'region';
  scope: string;
  organization: string;
  state: string;
  owner: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ChainActionEventRow {
  action: string;
  state: string;
  happenedAt: string;
  by: string | null;
  note: string | null;
}

export async function insertChainAction(tx: Tx, a: ChainActionRow): Promise<void> {
  await tx.exec(
    `INSERT INTO chain_actions (id, template, node, scope_type, scope, organization, state, owner, notes, created_at, updated_at)
     VALUES ($id, $t, $n, $st, $s, $o, $state, $owner, $notes, $c, $u)`,
    {
      id: a.id,
      t: a.template,
      n: a.node,
      st: a.scopeType,
      s: a.scope,
      o: a.organization,
      state: a.state,
      owner: a.owner,
      notes: a.notes,
      c: a.createdAt,
      u: a.updatedAt,
    },
  );
}

/** Sets an action's state (and notes, when given) and records the event. */
export async function moveChainAction(
  tx: Tx,
  e: ChainActionEventRow,
  notes?: string,
): Promise<void> {
  await tx.exec(
    `UPDATE chain_actions SET state = $s, updated_at = $at, notes = coalesce($notes, notes) WHERE id = $id`,
    { s: e.state, at: e.happenedAt, notes: notes ?? null, id: e.action },
  );
  await tx.exec(
    'INSERT INTO chain_action_events (action, state, happened_at, by_whom, note) VALUES ($a, $s, $at, $by, $note)',
    { a: e.action, s: e.state, at: e.happenedAt, by: e.by, note: e.note },
  );
}

function toAction(r: Row): ChainActionRow {
  return {
    id: String(r.id),
    template: String(r.template),
    node: String(r.node),
    scopeType: String(r.scope_type) as 'cluster' | 'region',
    scope: String(r.scope),
    organization: String(r.organization),
    state: String(r.state),
    owner: (r.owner as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
  };
}

export interface ChainActionFilter {
  template?: string;
  scope?: string;
  id?: string;
}

const ACTION_WHERE =
  'WHERE ($t IS NULL OR template = $t) AND ($s IS NULL OR scope = $s) AND ($id IS NULL OR id = $id)';
const actionParams = (q: ChainActionFilter) => ({
  t: q.template ?? null,
  s: q.scope ?? null,
  id: q.id ?? null,
});

/**
 * Actions, optionally of one template and/or one place, oldest first (ties
 * by id, so pages never overlap); every one of them unless limit is given.
 */
export async function readChainActions(
  db: Duck,
  q: ChainActionFilter & { limit?: number; offset?: number } = {},
): Promise<ChainActionRow[]> {
  const rows = await db.all(
    `SELECT * FROM chain_actions ${ACTION_WHERE}
     ORDER BY created_at, id LIMIT $limit OFFSET $offset`,
    { ...actionParams(q), limit: q.limit ?? null, offset: q.offset ?? 0 },
  );
  return rows.map(toAction);
}

/** How many actions readChainActions would list without a limit. */
export async function countChainActions(db: Duck, q: ChainActionFilter = {}): Promise<number> {
  const r = await db.one(
    `SELECT count(*) AS n FROM chain_actions ${ACTION_WHERE}`,
    actionParams(q),
  );
  return Number(r?.n ?? 0);
}

/** How many of those actions are in each state (states with none left out). */
export async function countChainActionsByState(
  db: Duck,
  q: ChainActionFilter = {},
): Promise<Record<string, number>> {
  const rows = await db.all(
    `SELECT state, count(*) AS n FROM chain_actions ${ACTION_WHERE} GROUP BY state ORDER BY state`,
    actionParams(q),
  );
  return Object.fromEntries(rows.map((r) => [String(r.state), Number(r.n)]));
}

export async function readChainActionEvents(
  db: Duck,
  action: string,
): Promise<ChainActionEventRow[]> {
  const rows = await db.all(
    'SELECT action, state, happened_at, by_whom, note FROM chain_action_events WHERE action = $a ORDER BY happened_at, state',
    { a: action },
  );
  return rows.map((r) => ({
    action: String(r.action),
    state: String(r.state),
    happenedAt: String(r.happened_at),
    by: (r.by_whom as string | null) ?? null,
    note: (r.note as string | null) ?? null,
  }));
}
