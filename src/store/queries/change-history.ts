import { listValue } from '@duckdb/node-api';
import type { Row, Tx } from '../duck.ts';
import type { Change } from '../../core/model/change.ts';
import { TRACKED_MEASURE, TRACKED_ORGANIZATION } from '../history.ts';

export type { Change };

type Reader = { all: Tx['all'] };

const COLUMNS = `id, changed_at, changed_by, source, entity, entity_id, organizations, action,
  field, previous, value, data_year, undoes`;

/**
 * The rows of the view `changes` (migration 017) of one organisation or one
 * change ($id), its compact creates filtered by `import_changes` before their
 * values are built: a filter on the view itself builds every one of them.
 */
export function historyOf(by: 'organization' | 'change'): string {
  return by === 'organization'
    ? `(SELECT ${COLUMNS} FROM change_rows WHERE list_contains(organizations, $id)
        UNION ALL SELECT ${COLUMNS} FROM import_changes($id, NULL))`
    : `(SELECT ${COLUMNS} FROM change_rows WHERE id = $id
        UNION ALL SELECT ${COLUMNS} FROM import_changes(NULL, $id))`;
}

// A compact create undoes nothing: the undo of a change is a recorded row.
const select = (from: string) => `SELECT c.id, strftime(c.changed_at, '%Y-%m-%dT%H:%M:%SZ') AS at,
    c.changed_by, c.source, c.entity, c.entity_id, c.organizations, c.action, c.field,
    c.previous::VARCHAR AS previous, c.value::VARCHAR AS value, c.data_year, c.undoes,
    (SELECT min(u.id) FROM change_rows u WHERE u.undoes = c.id) AS undone_by
  FROM ${from} c`;

const parse = (v: unknown): unknown =>
  v === null || v === undefined ? null : JSON.parse(String(v));
const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toChange(r: Row): Change {
  return {
    id: Number(r.id),
    at: String(r.at),
    by: r.changed_by === null ? null : String(r.changed_by),
    source: String(r.source),
    entity: r.entity as Change['entity'],
    entityId: String(r.entity_id),
    organizations: (r.organizations as string[] | null) ?? [],
    action: r.action as Change['action'],
    field: r.field === null ? null : String(r.field),
    previous: parse(r.previous),
    value: parse(r.value),
    dataYear: int(r.data_year),
    undoes: int(r.undoes),
    undoneBy: int(r.undone_by),
  };
}

/** The changes that concern an organisation, newest first, and how many there are. */
export async function organizationChanges(
  db: Reader,
  id: string,
  page: { limit: number; offset: number },
): Promise<{ items: Change[]; total: number }> {
  const from = historyOf('organization');
  const rows = await db.all(`${select(from)} ORDER BY c.id DESC LIMIT $limit OFFSET $offset`, {
    id,
    limit: page.limit,
    offset: page.offset,
  });
  const n = await db.all(`SELECT count(*)::INTEGER AS n FROM ${from} c`, { id });
  return { items: rows.map(toChange), total: Number(n[0]?.n ?? 0) };
}

export async function loadChange(db: Reader, id: number): Promise<Change | undefined> {
  const rows = await db.all(select(historyOf('change')), { id });
  return rows[0] ? toChange(rows[0]) : undefined;
}

/** A tracked field's value now, as the history writes it (JSON text; null when no such record). */
export async function currentFieldJson(
  db: Reader,
  entity: 'organization' | 'measure',
  entityId: string,
  field: string,
): Promise<string | null | undefined> {
  const spec = entity === 'organization' ? TRACKED_ORGANIZATION : TRACKED_MEASURE;
  const sql = spec.fields[field];
  if (!sql) return undefined;
  const rows = await db.all(
    `SELECT to_json(${sql})::VARCHAR AS v FROM ${spec.table} t WHERE ${spec.key} = $key`,
    { key: entityId },
  );
  if (rows.length === 0) return undefined;
  return rows[0].v === null ? null : String(rows[0].v);
}

/** Whether the ids name organisations (for the history of a merged-away one). */
export async function organizationsExist(db: Reader, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.all(`SELECT id FROM organizations WHERE list_contains($ids, id)`, {
    ids: listValue([...ids]),
  });
  return new Set(rows.map((r) => String(r.id)));
}
