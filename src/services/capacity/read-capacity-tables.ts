import { AtlasError } from '../../core/errors.ts';
import type { CapacityRow, OrderRow } from '../../analytics/allocation/capacity-allocation.ts';
import type { Cell, Table } from '../../ingest/table.ts';

export interface RowIssue {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

type Field = {
  key: string;
  aliases: string[];
  kind: 'text' | 'amount' | 'lon' | 'lat' | 'period';
  optional?: boolean;
};

const GRADE: Field = {
  key: 'grade',
  aliases: ['grade', '牌号', '等级', '规格'],
  kind: 'text',
  optional: true,
};

const CAPACITY_FIELDS: Field[] = [
  { key: 'member', aliases: ['member', '成员', '企业'], kind: 'text' },
  { key: 'product', aliases: ['product', '产品'], kind: 'text' },
  { key: 'capacity', aliases: ['capacity', '产能'], kind: 'amount' },
  GRADE,
  { key: 'unit_cost', aliases: ['unit_cost', 'unit cost', '单位成本'], kind: 'amount' },
  { key: 'lon', aliases: ['lon', 'longitude', '经度'], kind: 'lon' },
  { key: 'lat', aliases: ['lat', 'latitude', '纬度'], kind: 'lat' },
  {
    key: 'first_period',
    aliases: ['first_period', 'first period', '起始期'],
    kind: 'period',
    optional: true,
  },
];

const ORDER_FIELDS: Field[] = [
  { key: 'order', aliases: ['order', '订单'], kind: 'text' },
  { key: 'product', aliases: ['product', '产品'], kind: 'text' },
  GRADE,
  { key: 'quantity', aliases: ['quantity', '数量'], kind: 'amount' },
  { key: 'lon', aliases: ['lon', 'longitude', '经度'], kind: 'lon' },
  { key: 'lat', aliases: ['lat', 'latitude', '纬度'], kind: 'lat' },
  { key: 'due', aliases: ['due', 'due_period', '交货期'], kind: 'period', optional: true },
];

/** The header each field is read from; a missing one fails naming the file and the column. */
function columns(t: Table, fields: Field[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) {
    const col = t.columns.find((c) => f.aliases.includes(c.trim().toLowerCase()));
    if (!col && f.optional) continue;
    if (!col)
      throw new AtlasError(
        'ATLAS_E_MISSING_COLUMN',
        `${t.file}: no column ${f.key} (headers: ${t.columns.join(', ')}); write one of ${f.aliases.join(', ')}`,
        { file: t.file, column: f.key },
      );
    out.set(f.key, col);
  }
  return out;
}

function value(
  t: Table,
  k: number,
  f: Field,
  col: string,
  issues: RowIssue[],
): string | number | null {
  const raw: Cell = t.rows[k][col];
  const text = raw === null ? '' : String(raw).trim();
  const issue = (reason: string) => {
    issues.push({ file: t.file, row: t.rowNumbers[k], column: col, value: text, reason });
    return null;
  };
  if (text === '') return issue('empty: a value is required');
  if (f.kind === 'text') return text;
  const n = typeof raw === 'number' ? raw : Number(text.replace(/,/g, ''));
  if (!Number.isFinite(n)) return issue('not a number');
  if (f.kind === 'amount' && n < 0) return issue('must be ≥ 0');
  if (f.kind === 'lon' && (n < -180 || n > 180)) return issue('longitude must lie in [-180, 180]');
  if (f.kind === 'lat' && (n < -90 || n > 90)) return issue('latitude must lie in [-90, 90]');
  if (f.kind === 'period' && !(Number.isInteger(n) && n >= 1 && n <= 1000))
    return issue('a period must be a whole number from 1 to 1000');
  return n;
}

/** Every row as field → value, with every problem listed (none: all values present). */
function readRows(
  t: Table,
  fields: Field[],
  issues: RowIssue[],
): Record<string, string | number>[] {
  const cols = columns(t, fields);
  const out: Record<string, string | number>[] = [];
  t.rows.forEach((_, k) => {
    const row: Record<string, string | number> = {};
    let ok = true;
    for (const f of fields) {
      const col = cols.get(f.key);
      if (col === undefined) continue;
      // An empty optional cell: "any grade" (the row keys on its product alone), no due period.
      if (f.optional && (t.rows[k][col] === null || String(t.rows[k][col]).trim() === '')) continue;
      const v = value(t, k, f, col, issues);
      if (v === null) ok = false;
      else row[f.key] = v;
    }
    if (ok) out.push({ ...row, __row: t.rowNumbers[k] });
  });
  return out;
}

function duplicates(
  t: Table,
  rows: Record<string, string | number>[],
  key: (r: Record<string, string | number>) => string,
  what: string,
  issues: RowIssue[],
): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined)
      issues.push({
        file: t.file,
        row: Number(r.__row),
        column: what,
        value: k,
        reason: `repeats row ${first}: one row per ${what}`,
      });
    else seen.set(k, Number(r.__row));
  }
}

/**
 * The capacity and order tables as rows for capacityAllocation: every bad
 * cell of both files listed by file, row, column and reason in one
 * ATLAS_E_INVALID_ROWS (nothing is computed from a half-read file).
 */
export function readCapacityTables(
  capacities: Table,
  orders: Table,
): { capacities: CapacityRow[]; orders: OrderRow[] } {
  const issues: RowIssue[] = [];
  const cap = readRows(capacities, CAPACITY_FIELDS, issues);
  const ord = readRows(orders, ORDER_FIELDS, issues);
  duplicates(
    capacities,
    cap,
    (r) => `${r.member} / ${r.product}${r.grade === undefined ? '' : ` / ${r.grade}`}`,
    'member and product',
    issues,
  );
  duplicates(orders, ord, (r) => String(r.order), 'order', issues);
  if (issues.length) {
    const first = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${issues.length} problem(s) in the capacity and order files; nothing was computed. First: ${first.file}, row ${first.row}, column ${first.column}: ${first.reason}`,
      { rows: issues },
    );
  }
  return {
    capacities: cap.map((r) => ({
      member: String(r.member),
      product: String(r.product),
      ...(r.grade === undefined ? {} : { grade: String(r.grade) }),
      capacity: Number(r.capacity),
      unitCost: Number(r.unit_cost),
      lon: Number(r.lon),
      lat: Number(r.lat),
      ...(r.first_period === undefined ? {} : { firstPeriod: Number(r.first_period) }),
    })),
    orders: ord.map((r) => ({
      order: String(r.order),
      product: String(r.product),
      ...(r.grade === undefined ? {} : { grade: String(r.grade) }),
      quantity: Number(r.quantity),
      lon: Number(r.lon),
      lat: Number(r.lat),
      ...(r.due === undefined ? {} : { due: Number(r.due) }),
    })),
  };
}
