/**
 * SQL of saved capacity-allocation runs (migration 016). A member's reads
 * filter lines and loads by organisation in SQL: rows of other members never
 * leave the database for such a read.
 */
import type { Duck, Row, Tx } from './duck.ts';

export interface CapacityRunRow {
  id: string;
  name: string;
  orderSplitting: 'split' | 'whole';
  fairShare: number;
  transportCost: number;
  total: number;
  /** The operator's summary (JSON text). */
  summary: string;
  /** The run's inputs (JSON text). */
  inputs: string;
  createdBy: string | null;
  createdAt: string;
}

export interface CapacityRunLineRow {
  order: string;
  member: string;
  organization: string | null;
  product: string;
  quantity: number;
  cost: number;
  distanceKm: number;
  /** The period the quantity is made in, with due periods. */
  period: number | null;
}

export interface CapacityRunLoadRow {
  member: string;
  organization: string | null;
  product: string;
  capacity: number;
  allocated: number;
  utilisation: number | null;
}

/** A run's head with the count, quantity and cost of the lines in one view. */
export interface CapacityRunHeadRow extends Omit<CapacityRunRow, 'summary' | 'inputs' | 'total'> {
  lines: number;
  quantity: number;
  cost: number;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => Number(v);

export async function insertCapacityRun(
  tx: Tx,
  run: CapacityRunRow,
  lines: readonly CapacityRunLineRow[],
  loads: readonly CapacityRunLoadRow[],
): Promise<void> {
  await tx.exec(
    `INSERT INTO capacity_runs VALUES ($id, $name, $split, $share, $tau, $total, $summary::JSON, $inputs::JSON, $by, $at)`,
    {
      id: run.id,
      name: run.name,
      split: run.orderSplitting,
      share: run.fairShare,
      tau: run.transportCost,
      total: run.total,
      summary: run.summary,
      inputs: run.inputs,
      by: run.createdBy,
      at: run.createdAt,
    },
  );
  await tx.append(
    'capacity_run_lines',
    [
      { name: 'run', kind: 'varchar' },
      { name: 'seq', kind: 'integer' },
      { name: 'order', kind: 'varchar' },
      { name: 'member', kind: 'varchar' },
      { name: 'organization', kind: 'varchar' },
      { name: 'product', kind: 'varchar' },
      { name: 'quantity', kind: 'double' },
      { name: 'cost', kind: 'double' },
      { name: 'distanceKm', kind: 'double' },
      { name: 'period', kind: 'integer' },
    ],
    lines.map((l, seq) => ({ ...l, run: run.id, seq })),
  );
  await tx.append(
    'capacity_run_loads',
    [
      { name: 'run', kind: 'varchar' },
      { name: 'seq', kind: 'integer' },
      { name: 'member', kind: 'varchar' },
      { name: 'organization', kind: 'varchar' },
      { name: 'product', kind: 'varchar' },
      { name: 'capacity', kind: 'double' },
      { name: 'allocated', kind: 'double' },
      { name: 'utilisation', kind: 'double' },
    ],
    loads.map((l, seq) => ({ ...l, run: run.id, seq })),
  );
}

/**
 * Heads of the runs, newest first, with their lines counted and summed: every
 * line for `organization` null, else only that organisation's lines and only
 * the runs where it holds a line or a load.
 */
export async function readCapacityRunHeads(
  db: Duck,
  organization: string | null,
): Promise<CapacityRunHeadRow[]> {
  const rows = await db.all(
    `WITH l AS (
       SELECT run, count(*) AS n, sum(quantity) AS q, sum(cost) AS c FROM capacity_run_lines
       WHERE $org IS NULL OR organization = $org GROUP BY run)
     SELECT r.id, r.name, r.order_splitting, r.fair_share, r.transport_cost, r.created_by,
            r.created_at, coalesce(l.n, 0) AS n, coalesce(l.q, 0) AS q, coalesce(l.c, 0) AS c
     FROM capacity_runs r LEFT JOIN l ON l.run = r.id
     WHERE $org IS NULL OR l.run IS NOT NULL
        OR EXISTS (SELECT 1 FROM capacity_run_loads d WHERE d.run = r.id AND d.organization = $org)
     ORDER BY r.created_at DESC, r.id`,
    { org: organization },
  );
  return rows.map(headOf);
}

const headOf = (r: Row): CapacityRunHeadRow => ({
  id: String(r.id),
  name: String(r.name),
  orderSplitting: String(r.order_splitting) === 'whole' ? 'whole' : 'split',
  fairShare: num(r.fair_share),
  transportCost: num(r.transport_cost),
  createdBy: text(r.created_by),
  createdAt: String(r.created_at),
  lines: num(r.n),
  quantity: num(r.q),
  cost: num(r.c),
});

export async function readCapacityRun(db: Duck, id: string): Promise<CapacityRunRow | null> {
  const r = await db.one(
    `SELECT id, name, order_splitting, fair_share, transport_cost, total, summary::VARCHAR AS summary,
            inputs::VARCHAR AS inputs, created_by, created_at FROM capacity_runs WHERE id = $id`,
    { id },
  );
  if (!r) return null;
  return {
    id: String(r.id),
    name: String(r.name),
    orderSplitting: String(r.order_splitting) === 'whole' ? 'whole' : 'split',
    fairShare: num(r.fair_share),
    transportCost: num(r.transport_cost),
    total: num(r.total),
    summary: String(r.summary),
    inputs: String(r.inputs),
    createdBy: text(r.created_by),
    createdAt: String(r.created_at),
  };
}

/** A run's lines, in saved order: all of them for `organization` null, else that organisation's only. */
export async function readCapacityRunLines(
  db: Duck,
  id: string,
  organization: string | null,
): Promise<CapacityRunLineRow[]> {
  const rows = await db.all(
    `SELECT order_id, member, organization, product, quantity, cost, distance_km, period
     FROM capacity_run_lines WHERE run = $id AND ($org IS NULL OR organization = $org) ORDER BY seq`,
    { id, org: organization },
  );
  return rows.map((r) => ({
    order: String(r.order_id),
    member: String(r.member),
    organization: text(r.organization),
    product: String(r.product),
    quantity: num(r.quantity),
    cost: num(r.cost),
    distanceKm: num(r.distance_km),
    period: r.period === null || r.period === undefined ? null : num(r.period),
  }));
}

/** A run's loads per member and product, filtered as the lines are. */
export async function readCapacityRunLoads(
  db: Duck,
  id: string,
  organization: string | null,
): Promise<CapacityRunLoadRow[]> {
  const rows = await db.all(
    `SELECT member, organization, product, capacity, allocated, utilisation
     FROM capacity_run_loads WHERE run = $id AND ($org IS NULL OR organization = $org) ORDER BY seq`,
    { id, org: organization },
  );
  return rows.map((r) => ({
    member: String(r.member),
    organization: text(r.organization),
    product: String(r.product),
    capacity: num(r.capacity),
    allocated: num(r.allocated),
    utilisation: r.utilisation === null || r.utilisation === undefined ? null : num(r.utilisation),
  }));
}

export async function deleteCapacityRun(tx: Tx, id: string): Promise<void> {
  await tx.exec('DELETE FROM capacity_run_lines WHERE run = $id', { id });
  await tx.exec('DELETE FROM capacity_run_loads WHERE run = $id', { id });
  await tx.exec('DELETE FROM capacity_runs WHERE id = $id', { id });
}
