/**
 * SQL of merging one organisation record into another (a duplicate found in
 * review): every row that names `from` names `into` afterwards, `into` keeps
 * its own values and takes `from`'s where it has none, and `from` is deleted.
 * Rows keyed by the organisation (memberships, measures, placements, pool
 * entries) move only where `into` has no row of the same key; links between
 * the two become self-loops and are dropped; review decisions about `from` pass
 * to `into` (store/reviewed-pairs.ts). The history records `into` filled in,
 * `from` deleted, and every link, membership and yearly figure moved or
 * dropped, all under one source and time, so that the merge can be undone.
 * Runs inside the caller's transaction.
 */
import type { Tx } from './duck.ts';
import {
  type ChangeContext,
  recordCreates,
  recordDiff,
  snapshot,
  type Tracked,
  TRACKED_LINK,
  TRACKED_MEASURE,
  TRACKED_MEMBERSHIP,
  TRACKED_ORGANIZATION,
} from './history.ts';
import { mergeReviewedPairs } from './reviewed-pairs.ts';

/** Tables with a plain (non-key) column naming an organisation. */
const PLAIN: readonly [table: string, column: string][] = [
  ['links', 'source'],
  ['links', 'target'],
  ['chain_actions', 'organization'],
  ['demands', 'organization'],
  ['capabilities', 'organization'],
  ['matches', 'buyer'],
  ['matches', 'supplier'],
  ['service_platforms', 'organization'],
  ['service_requests', 'requester'],
  ['users', 'organization'],
  ['sessions', 'organization'],
  ['micro_clusters', 'coordinator'],
];

/** Tables keyed by the organisation and other columns: [table, organisation column, other key columns]. */
const KEYED: readonly [string, string, string[]][] = [
  ['cluster_members', 'organization', ['cluster']],
  ['measures', 'organization', ['year']],
  ['chain_placements', 'organization', ['template', 'node']],
  ['supplier_pool', 'leader', ['cluster', 'supplier']],
  ['supplier_pool', 'supplier', ['cluster', 'leader']],
];

/** Rows of tracked tables a merge moves or drops, and which of them it looks at (alias t). */
const MERGED = 'SELECT id FROM hist_merge_ids';
const MOVES: readonly [Tracked, string][] = [
  [TRACKED_LINK, `t.source IN (${MERGED}) OR t.target IN (${MERGED})`],
  [TRACKED_MEMBERSHIP, `t.organization IN (${MERGED})`],
  [TRACKED_MEASURE, `t.organization IN (${MERGED})`],
];

/**
 * The history of what the merge moves — links re-pointed or dropped,
 * memberships and yearly figures passed to `into` or dropped — so that an
 * undo of the merge can set each back (services/history/undo-merge.ts).
 * Call `before` ahead of the moves and `after` once they are done.
 */
const moveHistory = {
  async before(tx: Tx): Promise<void> {
    for (const [spec, where] of MOVES)
      await snapshot(tx, spec, `hist_move_${spec.entity}_before`, spec.table, where);
  },
  async after(tx: Tx, ctx: ChangeContext): Promise<void> {
    for (const [spec, where] of MOVES) {
      const before = `hist_move_${spec.entity}_before`;
      const created = `(${where}) AND (${spec.key}) NOT IN (SELECT eid FROM ${before})`;
      await recordCreates(tx, spec, spec.table, created, ctx, 'NULL');
      await snapshot(tx, spec, `hist_move_${spec.entity}_after`, spec.table, where);
      await recordDiff(tx, spec, before, `hist_move_${spec.entity}_after`, ctx, true);
    }
  },
};

export interface MergeCounts {
  moved: Record<string, number>;
  droppedLinks: number;
}

/** Only the parameters a statement names (binding an unused name is an error). */
const used = (sql: string, p: Record<string, string>) =>
  Object.fromEntries(Object.entries(p).filter(([k]) => sql.includes(`$${k}`)));

async function count(tx: Tx, sql: string, p: Record<string, string>): Promise<number> {
  const r = await tx.all(sql, used(sql, p));
  return Number(r[0]?.n ?? 0);
}

async function run(tx: Tx, sql: string, p: Record<string, string> = {}): Promise<void> {
  await tx.exec(sql, used(sql, p));
}

/** Rows keyed by the organisation pass to `into` where it has none of the same key; `from`'s go. */
async function moveKeyed(
  tx: Tx,
  p: { from: string; into: string },
  moved: Record<string, number>,
): Promise<void> {
  const { into } = p;
  for (const [table, column, keys] of KEYED) {
    const same = keys.map((k) => `t.${k} = k.${k}`).join(' AND ');
    const n = await count(
      tx,
      `SELECT count(*) AS n FROM ${table} t WHERE ${column} = $from
         AND NOT EXISTS (SELECT 1 FROM ${table} k WHERE k.${column} = $into AND ${same})`,
      p,
    );
    if (n > 0) {
      // Keyed columns are not updated in place (DuckDB checks keys eagerly): copy, then delete.
      await run(
        tx,
        `CREATE OR REPLACE TEMP TABLE merge_stage AS
           SELECT * FROM ${table} t WHERE ${column} = $from
             AND NOT EXISTS (SELECT 1 FROM ${table} k WHERE k.${column} = $into AND ${same})`,
        p,
      );
      await run(tx, `UPDATE merge_stage SET ${column} = $into`, { into });
      await run(tx, `INSERT INTO ${table} SELECT * FROM merge_stage`);
      await run(tx, 'DROP TABLE merge_stage');
      moved[`${table}.${column}`] = n;
    }
    await run(tx, `DELETE FROM ${table} WHERE ${column} = $from`, p);
  }
}

export async function mergeOrganizationRows(
  tx: Tx,
  from: string,
  into: string,
  ctx: ChangeContext = {},
): Promise<MergeCounts> {
  const p = { from, into };
  const both = 't.id IN (SELECT id FROM hist_merge_ids)';
  // The history sees `into` filled in and `from` deleted (what moved is counted in the answer).
  await run(
    tx,
    'CREATE OR REPLACE TEMP TABLE hist_merge_ids AS SELECT unnest([$from, $into]) AS id',
    p,
  );
  await snapshot(tx, TRACKED_ORGANIZATION, 'hist_merge_before', 'organizations', both);
  await moveHistory.before(tx);
  const moved: Record<string, number> = {};
  // Fill what `into` lacks from `from`; tags and labels are united.
  await run(
    tx,
    `UPDATE organizations SET
       uscc = coalesce(organizations.uscc, f.uscc),
       name_en = coalesce(organizations.name_en, f.name_en),
       region = coalesce(organizations.region, f.region),
       province = coalesce(organizations.province, f.province),
       prefecture = coalesce(organizations.prefecture, f.prefecture),
       address = coalesce(organizations.address, f.address),
       lon = CASE WHEN organizations.lon IS NULL THEN f.lon ELSE organizations.lon END,
       lat = CASE WHEN organizations.lon IS NULL THEN f.lat ELSE organizations.lat END,
       crs = CASE WHEN organizations.lon IS NULL THEN f.crs ELSE organizations.crs END,
       industries = CASE WHEN coalesce(len(organizations.industries), 0) = 0 THEN f.industries
                         ELSE organizations.industries END,
       industry_labels = list_distinct(list_concat(coalesce(organizations.industry_labels, []), coalesce(f.industry_labels, []))),
       tags = list_distinct(list_concat(coalesce(organizations.tags, []), coalesce(f.tags, [])))
     FROM organizations f WHERE organizations.id = $into AND f.id = $from`,
    p,
  );
  const droppedLinks = await count(
    tx,
    `SELECT count(*) AS n FROM links WHERE (source = $from AND target = $into) OR (source = $into AND target = $from)`,
    p,
  );
  await run(
    tx,
    `DELETE FROM links WHERE (source = $from AND target = $into) OR (source = $into AND target = $from)`,
    p,
  );
  for (const [table, column] of PLAIN) {
    const n = await count(tx, `SELECT count(*) AS n FROM ${table} WHERE ${column} = $from`, p);
    if (n === 0) continue;
    await run(tx, `UPDATE ${table} SET ${column} = $into WHERE ${column} = $from`, p);
    moved[`${table}.${column}`] = n;
  }
  await moveKeyed(tx, p, moved);
  await run(
    tx,
    `UPDATE micro_clusters SET members = list_distinct(list_transform(members, m -> CASE WHEN m = $from THEN $into ELSE m END))
     WHERE list_contains(members, $from)`,
    p,
  );
  await mergeReviewedPairs(tx, from, into);
  await run(tx, 'DELETE FROM organizations WHERE id = $from', p);
  const history = { source: `merge of ${from} into ${into}`, ...ctx };
  await moveHistory.after(tx, history);
  await snapshot(tx, TRACKED_ORGANIZATION, 'hist_merge_after', 'organizations', both);
  await recordDiff(
    tx,
    TRACKED_ORGANIZATION,
    'hist_merge_before',
    'hist_merge_after',
    history,
    true,
  );
  await run(tx, 'DROP TABLE hist_merge_ids');
  return { moved, droppedLinks };
}
