import type { CapacityInput, OrderInput } from '../../../../src/contract/capacity.ts';

/**
 * Rows pasted from a spreadsheet (tab-separated, as Excel and WPS copy them)
 * or typed as CSV, with a header row in Chinese or English. Every problem is
 * named by its row (the header is row 1, as in the spreadsheet) and column.
 */
export type Parsed<T> = { rows: T[]; problems: RowProblem[] };

export interface RowProblem {
  row: number;
  column: string;
  /** What is wrong, as a key of the page's dictionary: 'missing', 'number', 'range', 'header'. */
  problem: 'missing' | 'number' | 'range' | 'header';
}

type Field =
  | 'member'
  | 'organization'
  | 'order'
  | 'product'
  | 'grade'
  | 'capacity'
  | 'unitCost'
  | 'quantity'
  | 'lon'
  | 'lat'
  | 'due'
  | 'firstPeriod';

/** Header words each field is recognised by (lower case, spaces and underscores ignored). */
const HEADERS: Record<Field, string[]> = {
  member: ['member', '成员', '成员企业', '企业'],
  organization: ['organization', 'organisation', '机构编号', '图谱编号', '机构id'],
  order: ['order', '订单', '订单号', '订单编号'],
  product: ['product', '产品'],
  grade: ['grade', '牌号', '规格', '牌号规格'],
  capacity: ['capacity', '产能'],
  unitCost: ['unitcost', '单位成本', '成本'],
  quantity: ['quantity', '数量', '订货量'],
  lon: ['lon', 'longitude', '经度'],
  lat: ['lat', 'latitude', '纬度'],
  due: ['due', 'dueperiod', '交货期'],
  firstPeriod: ['firstperiod', '起始期'],
};

const NUMBERS: readonly Field[] = [
  'capacity',
  'unitCost',
  'quantity',
  'lon',
  'lat',
  'due',
  'firstPeriod',
];
const LIMITS: Partial<Record<Field, [number, number]>> = {
  lon: [-180, 180],
  lat: [-90, 90],
  due: [1, 1000],
  firstPeriod: [1, 1000],
};
/** Fields that are whole numbers (periods of the plan). */
const WHOLE: readonly Field[] = ['due', 'firstPeriod'];

function cells(line: string): string[] {
  return (line.includes('\t') ? line.split('\t') : line.split(',')).map((c) => c.trim());
}

function fieldOf(header: string): Field | undefined {
  const h = header.toLowerCase().replace(/[\s_]/g, '');
  return (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(h));
}

function parse(text: string, wanted: readonly Field[], optional: readonly Field[]) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const problems: RowProblem[] = [];
  const records: Record<string, string | number>[] = [];
  if (lines.length === 0) return { records, problems };
  const head = cells(lines[0]!).map(fieldOf);
  for (const f of wanted)
    if (!head.includes(f)) problems.push({ row: 1, column: f, problem: 'header' });
  if (problems.length) return { records, problems };
  lines.slice(1).forEach((line, k) => {
    const row = k + 2;
    const values = cells(line);
    const record: Record<string, string | number> = {};
    head.forEach((f, c) => {
      if (!f || (!wanted.includes(f) && !optional.includes(f))) return;
      const v = values[c] ?? '';
      if (v === '') {
        if (wanted.includes(f)) problems.push({ row, column: f, problem: 'missing' });
        return;
      }
      if (!NUMBERS.includes(f)) return void (record[f] = v);
      const n = Number(v.replace(/,/g, ''));
      const [lo, hi] = LIMITS[f] ?? [0, Infinity];
      if (!Number.isFinite(n)) problems.push({ row, column: f, problem: 'number' });
      else if (n < lo || n > hi || (WHOLE.includes(f) && !Number.isInteger(n)))
        problems.push({ row, column: f, problem: 'range' });
      else record[f] = n;
    });
    records.push(record);
  });
  return { records, problems };
}

/** A capacity row with the atlas organisation its member stands for, when the table names one. */
export type CapacityRowInput = CapacityInput & { organization?: string };

export function parseCapacities(text: string): Parsed<CapacityRowInput> {
  const { records, problems } = parse(
    text,
    ['member', 'product', 'capacity', 'unitCost', 'lon', 'lat'],
    ['grade', 'organization', 'firstPeriod'],
  );
  return { rows: problems.length ? [] : (records as unknown as CapacityRowInput[]), problems };
}

export function parseOrders(text: string): Parsed<OrderInput> {
  const { records, problems } = parse(
    text,
    ['order', 'product', 'quantity', 'lon', 'lat'],
    ['grade', 'due'],
  );
  return { rows: problems.length ? [] : (records as unknown as OrderInput[]), problems };
}
