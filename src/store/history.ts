import type { Tx } from './duck.ts';

/**
 * The change history (migration 010): what the store's write paths record,
 * and how. A write snapshots the fields it tracks before and after — each
 * field as JSON text, under the domain model's name (nameEn, coordinates,
 * rdSpend) so that an undo can set it back — and appends one row per changed
 * field, per record created and per record deleted. Append-only: nothing here
 * updates or deletes a change. Rows are appended to `change_rows`; readers
 * read the view `changes` (migration 017), which adds the creates an import
 * recorded compactly (import-history.ts).
 */

import type { ChangeEntity } from '../core/model/change.ts';

export type { ChangeEntity };

/** Who and what a write is, as its caller knows it. */
export interface ChangeContext {
  /** Account or role; absent when a tool wrote without saying (an import, a script). */
  by?: string | null;
  /** What it came from; default: the record's provenance source. */
  source?: string;
  /** The year the data describe, when the writer knows it. */
  dataYear?: number;
  /** The change this write reverts. */
  undoes?: number;
  /** The import the write belongs to: its creates are then recorded compactly (import-history.ts). */
  importId?: string;
}

export interface Tracked {
  entity: ChangeEntity;
  table: string;
  /** SQL over alias t: the record's id in the history. */
  key: string;
  /** SQL over alias t: the organisations the record concerns (VARCHAR[]). */
  organizations: string;
  /** SQL over alias t: the year the record's data describe, if it has one. */
  year?: string;
  /** Field name → SQL over alias t, turned into JSON text. */
  fields: Record<string, string>;
}

export const TRACKED_ORGANIZATION: Tracked = {
  entity: 'organization',
  table: 'organizations',
  key: 't.id',
  organizations: '[t.id]',
  fields: {
    name: 't.name',
    nameEn: 't.name_en',
    uscc: 't.uscc',
    kind: 't.kind',
    region: 't.region',
    address: 't.address',
    coordinates: 'CASE WHEN t.lon IS NULL OR t.lat IS NULL THEN NULL ELSE [t.lon, t.lat] END',
    crs: 't.crs',
    locationPrecision: 't.location_precision',
    industries: 't.industries',
    industryLabels: 't.industry_labels',
    tags: 't.tags',
    externalIds: 't.external_ids',
    provenance: 't.provenance',
  },
};

export const TRACKED_MEASURE: Tracked = {
  entity: 'measure',
  table: 'measures',
  key: "t.organization || '|' || t.year",
  organizations: '[t.organization]',
  year: 't.year',
  fields: {
    employees: 't.employees',
    revenue: 't.revenue',
    output: 't.output',
    rdSpend: 't.rd_spend',
    patents: 't.patents',
  },
};

export const TRACKED_LINK: Tracked = {
  entity: 'link',
  table: 'links',
  key: 't.id',
  organizations: '[t.source, t.target]',
  year: 't.year',
  fields: {
    from: 't.source',
    to: 't.target',
    type: 't.type',
    product: 't.product',
    value: 't.value',
    year: 't.year',
    provenance: 't.provenance',
  },
};

export const TRACKED_MEMBERSHIP: Tracked = {
  entity: 'membership',
  table: 'cluster_members',
  key: "t.cluster || '|' || t.organization",
  organizations: '[t.organization]',
  fields: { cluster: 't.cluster', role: 't.role', provenance: 't.provenance' },
};

/**
 * Snapshots the tracked fields of `from` (a table or a staging table with the
 * same columns) restricted by `where` (SQL over alias t) into temp table
 * `name`: one row per record and field (eid, orgs, src, yr, field, v), v JSON
 * text or NULL, src the source the record names (`source`: SQL over t;
 * default its provenance's).
 */
export async function snapshot(
  tx: Tx,
  spec: Tracked,
  name: string,
  from: string,
  where = 'true',
  source = spec.fields.provenance ? "json_extract_string(t.provenance, '$.source')" : 'NULL',
): Promise<void> {
  const parts = Object.entries(spec.fields).map(
    ([field, sql]) =>
      `SELECT ${spec.key} AS eid, ${spec.organizations} AS orgs, (${source})::VARCHAR AS src,
              (${spec.year ?? 'NULL'})::INTEGER AS yr,
              '${field}' AS field, to_json(${sql})::VARCHAR AS v FROM ${from} t WHERE ${where}`,
  );
  await tx.exec(`CREATE OR REPLACE TEMP TABLE ${name} AS ${parts.join(' UNION ALL ')}`);
}

const INSERT = `INSERT INTO change_rows (changed_at, changed_by, source, entity, entity_id, organizations,
                  action, field, previous, value, data_year, undoes)`;

/**
 * Appends the difference of two snapshots to the history, then drops them:
 * updated fields and — when `deletes` — records of `before` missing from
 * `after`. The source defaults to the record's own.
 */
export async function recordDiff(
  tx: Tx,
  spec: Tracked,
  before: string,
  after: string,
  ctx: ChangeContext,
  deletes: boolean,
): Promise<void> {
  const p = params(spec, ctx);
  const common = `now()::TIMESTAMP, $by`;
  await tx.exec(
    `${INSERT} SELECT ${common}, coalesce($source, a.src, b.src, 'unknown'), $entity, a.eid, a.orgs,
        'update', a.field, b.v::JSON, a.v::JSON, coalesce($year, a.yr), $undoes
     FROM ${after} a JOIN ${before} b ON a.eid = b.eid AND a.field = b.field
     WHERE a.v IS DISTINCT FROM b.v`,
    p,
  );
  if (deletes)
    await tx.exec(
      `${INSERT} SELECT ${common}, coalesce($source, first(b.src), 'unknown'), $entity, b.eid, first(b.orgs),
          'delete', NULL, json_group_object(b.field, coalesce(b.v, 'null')::JSON), NULL,
          coalesce($year, first(b.yr)), $undoes
       FROM ${before} b WHERE b.eid NOT IN (SELECT eid FROM ${after}) GROUP BY b.eid`,
      p,
    );
  await tx.exec(`DROP TABLE ${before}`);
  await tx.exec(`DROP TABLE ${after}`);
}

function params(spec: Tracked, ctx: ChangeContext) {
  return {
    by: ctx.by ?? null,
    source: ctx.source ?? null,
    year: ctx.dataYear ?? null,
    undoes: ctx.undoes ?? null,
    entity: spec.entity,
  };
}

/**
 * A record's tracked fields as one JSON object over alias t: a struct turned
 * into JSON at once. It writes the same text as json_object over each field's
 * to_json (same keys, same order, JSON columns embedded as they are; the
 * history tests compare the two) at about two thirds of the CPU, as that
 * builds and re-reads one JSON document per field and row.
 */
function recordObject(spec: Tracked): string {
  const fields = Object.entries(spec.fields).map(([field, sql]) => `"${field}": ${sql}`);
  return `to_json({${fields.join(', ')}})`;
}

/**
 * One 'create' row per record of `from` (alias t) matching `where`, its
 * fields as one JSON object: one INSERT … SELECT, whatever the number of
 * records, ids in the order of the scan.
 */
export async function recordCreates(
  tx: Tx,
  spec: Tracked,
  from: string,
  where: string,
  ctx: ChangeContext,
  source: string,
): Promise<void> {
  await tx.exec(
    `${INSERT} SELECT now()::TIMESTAMP, $by, coalesce($source, (${source})::VARCHAR, 'unknown'), $entity,
        ${spec.key}, ${spec.organizations}, 'create', NULL, NULL, ${recordObject(spec)},
        coalesce($year, (${spec.year ?? 'NULL'})::INTEGER), $undoes
     FROM ${from} t WHERE ${where}`,
    params(spec, ctx),
  );
}

/**
 * The history of a write staged in `stage` (same columns as the table): the
 * fields it changes on records that exist, the records it creates, and —
 * when `scope` is given (SQL over alias t of the table) — the records in
 * scope it does not hold, deleted. Call before the staged rows replace the
 * stored ones. Only existing records are compared field by field, so a large
 * load of new records costs one statement.
 */
export async function recordWrite(
  tx: Tx,
  spec: Tracked,
  stage: string,
  ctx: ChangeContext,
  opts: { scope?: string; source?: string } = {},
): Promise<void> {
  const source =
    opts.source ??
    (spec.fields.provenance ? "json_extract_string(t.provenance, '$.source')" : 'NULL');
  const stored = `(${spec.key}) IN (SELECT ${spec.key} FROM ${spec.table} t)`;
  const staged = `(${spec.key}) IN (SELECT ${spec.key} FROM ${stage} t)`;
  const before = opts.scope ? `(${opts.scope}) OR ${staged}` : staged;
  await snapshot(tx, spec, `hist_${spec.entity}_before`, spec.table, before, source);
  await snapshot(tx, spec, `hist_${spec.entity}_after`, stage, stored, source);
  await recordDiff(
    tx,
    spec,
    `hist_${spec.entity}_before`,
    `hist_${spec.entity}_after`,
    ctx,
    opts.scope !== undefined,
  );
  await recordCreates(tx, spec, stage, `NOT ${stored}`, ctx, source);
}

const quoted = (v: string) => `'${v.replace(/'/g, "''")}'`;

/** The tracked fields of one record now, as one object (field → value), or null when there is none. */
export async function currentRecord(
  tx: Tx,
  spec: Tracked,
  entityId: string,
): Promise<Record<string, unknown> | null> {
  const object = Object.entries(spec.fields)
    .map(([field, sql]) => `'${field}', to_json(${sql})`)
    .join(', ');
  const rows = await tx.all(
    `SELECT json_object(${object})::VARCHAR AS v FROM ${spec.table} t WHERE (${spec.key}) = $key`,
    { key: entityId },
  );
  return rows.length === 0 ? null : (JSON.parse(String(rows[0].v)) as Record<string, unknown>);
}

/**
 * Deletes one record of a tracked table and appends its deletion (every
 * field as it was) to the history: an undo of its creation.
 */
export async function deleteRecorded(
  tx: Tx,
  spec: Tracked,
  entityId: string,
  ctx: ChangeContext,
): Promise<void> {
  const where = `(${spec.key}) = ${quoted(entityId)}`;
  await snapshot(tx, spec, `hist_${spec.entity}_before`, spec.table, where);
  await tx.exec(
    `DELETE FROM ${spec.table} WHERE rowid IN (SELECT t.rowid FROM ${spec.table} t WHERE ${where})`,
  );
  await snapshot(tx, spec, `hist_${spec.entity}_after`, spec.table, where);
  await recordDiff(tx, spec, `hist_${spec.entity}_before`, `hist_${spec.entity}_after`, ctx, true);
}
