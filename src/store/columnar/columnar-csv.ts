import {
  DuckDBDoubleVector,
  DuckDBIntegerVector,
  type DuckDBConnection,
  type DuckDBDataChunk,
} from '@duckdb/node-api';
import { openInstance, type OpenedInstance } from '../open-instance.ts';

/**
 * A delimited text file read by DuckDB's `read_csv` into one in-memory table
 * of text columns, then handed to Node column by column in typed arrays —
 * never one JS object per row. The caller (services) decides what a cell
 * means; this class only moves bytes:
 * - labels come back as dictionary codes (Int32Array, −1 for an empty cell)
 *   with the distinct raw texts, so a million rows cost a few thousand strings;
 * - numbers come back as a Float64Array holding the value of every cell that
 *   is a plain non-negative decimal (`[+]?digits[.digits][e±digits]`, finite),
 *   and NaN elsewhere, with the raw text of those other cells beside it for
 *   the caller's own parser (thousands separators, full-width digits, …);
 * - rows are in file order (DuckDB preserves insertion order) and include
 *   blank rows, marked in `blank` so that row k is always record k + 1.
 * - a column opened as `doubles` is read by read_csv's own DOUBLE parser,
 *   which accepts more than a plain decimal (underscores, `inf`, negatives):
 *   its NaN means "not certified", and the caller reads the file again as
 *   text when a row it keeps has one.
 * Cost: one parallel pass of read_csv over the file, then one scan of the
 * in-memory table per request; results come back through the vectors' typed
 * arrays, never one JS value per cell. Any DuckDB error is thrown as it is: the
 * caller falls back to its own reader, which names the problem.
 */
export class ColumnarCsv {
  private constructor(
    private readonly instance: OpenedInstance,
    private readonly con: DuckDBConnection,
    /** Data rows, blank ones included. */
    readonly rows: number,
    /** 1 where every cell of the row is empty or white space. */
    readonly blank: Uint8Array,
    readonly blankCount: number,
    /** The columns read as DOUBLE by read_csv. */
    readonly doubles: ReadonlySet<number>,
  ) {}

  /**
   * Reads `file` (UTF-8, header on the first line) as `columnCount` text
   * columns; `parallel: false` for files with a quoted cell over two lines,
   * which DuckDB's parallel scanner refuses. `doubles` are read as DOUBLE:
   * a cell read_csv cannot parse then fails the whole read.
   */
  static async open(
    file: string,
    opts: {
      delimiter: string;
      columnCount: number;
      parallel?: boolean;
      doubles?: readonly number[];
    },
  ): Promise<ColumnarCsv> {
    const doubles = new Set(opts.doubles ?? []);
    const opened = await openInstance(':memory:');
    const con = await opened.instance.connect();
    try {
      const cols = Array.from({ length: opts.columnCount }, (_, j) => `c${j}`);
      const types = cols
        .map((c, j) => `'${c}': '${doubles.has(j) ? 'DOUBLE' : 'VARCHAR'}'`)
        .join(', ');
      const texts = cols.map((c, j) => (doubles.has(j) ? `${c}::VARCHAR` : c));
      // Blank: no character other than white space in any cell. A first cell
      // that starts with a printable ASCII character settles it without a search.
      const blank = `CASE WHEN ascii(${texts[0]}) BETWEEN 33 AND 126 THEN false
        ELSE NOT regexp_matches(concat(${texts.join(', ')}), '[^${WS_CHARS}]') END`;
      await con.run(
        `CREATE TEMP TABLE t AS SELECT *, ${blank} AS blank
         FROM read_csv($1, header = true, delim = $2, quote = '"', escape = '"',
           auto_detect = false, null_padding = true, strict_mode = true, parallel = $3,
           columns = {${types}})`,
        [file, opts.delimiter, opts.parallel ?? true],
      );
      const n = await con.runAndReadAll(
        `SELECT count(*)::INTEGER, count(*) FILTER (blank)::INTEGER FROM t`,
      );
      const [rows, blanks] = n.getRows()[0] as [number, number];
      const mask = new Uint8Array(rows);
      if (blanks > 0)
        await fill(con, `SELECT blank::INTEGER FROM t`, (ch, at, n) =>
          copyInts(ch, 0, mask, at, n),
        );
      return new ColumnarCsv(opened, con, rows, mask, blanks, doubles);
    } catch (e) {
      con.closeSync();
      opened.close();
      throw e;
    }
  }

  /**
   * Dictionary codes, one scan for every group: a group is a list of column
   * indices sharing one dictionary (an edge list's source and target).
   * codes[g][q][row] indexes dictionaries[g], −1 for an empty cell; each
   * dictionary is numbered by first appearance over all rows, raw texts
   * (callers trim and leave rows out: services/columnar).
   */
  async labels(
    groups: readonly (readonly number[])[],
  ): Promise<{ dictionaries: string[][]; codes: Int32Array[][] }> {
    const { dictionaries, codes } = await this.scan(groups, []);
    return { dictionaries, codes };
  }

  /**
   * Column `column` as numbers: the value of each plain decimal cell
   * (non-negative unless `signed`), NaN elsewhere; `others` holds the raw
   * text (null when empty) of the NaN rows.
   */
  async numbers(column: number, signed = false): Promise<NumberColumn> {
    return (await this.scan([], [{ column, signed }])).numbers[0];
  }

  /**
   * Label groups and number columns in one scan of the table. The codes come
   * from a hash join with each dictionary (an ENUM cast is far slower beyond
   * some 10⁴ values); every row is placed by its rowid, so no order of the
   * join's output is relied on.
   */
  async scan(
    groups: readonly (readonly number[])[],
    numberColumns: readonly { column: number; signed?: boolean }[],
  ): Promise<{ dictionaries: string[][]; codes: Int32Array[][]; numbers: NumberColumn[] }> {
    const dictionaries: string[][] = [];
    for (const [g, columns] of groups.entries()) {
      // Numbered by first appearance (row by row, then column by column).
      const cells = columns
        .map((j, q) => `SELECT c${j} AS v, rowid * ${columns.length} + ${q} AS pos FROM t`)
        .join(' UNION ALL ');
      await this.con.run(
        `CREATE OR REPLACE TEMP TABLE dict${g} AS
         SELECT v, (row_number() OVER (ORDER BY first) - 1)::INTEGER AS id
         FROM (SELECT v, min(pos) AS first FROM (${cells}) WHERE v IS NOT NULL GROUP BY v)`,
      );
      const dict = await this.con.runAndReadAll(`SELECT v FROM dict${g} ORDER BY id`);
      dictionaries.push((dict.getColumns()[0] ?? []) as string[]);
    }
    const joins: string[] = [];
    const select: string[] = [];
    for (const [g, columns] of groups.entries()) {
      const byEnum = await this.enumOf(g, dictionaries[g].length);
      columns.forEach((j, q) => {
        if (byEnum) select.push(`coalesce(enum_code(t.c${j}::enum${g})::INTEGER, -1)`);
        else {
          joins.push(`LEFT JOIN dict${g} AS j${g}_${q} ON t.c${j} = j${g}_${q}.v`);
          select.push(`coalesce(j${g}_${q}.id, -1)`);
        }
      });
    }
    for (const { column, signed } of numberColumns)
      select.push(
        this.doubles.has(column)
          ? certifiedDouble(`t.c${column}`, signed ?? false)
          : plainDouble(`t.c${column}`, signed ?? false),
      );
    const codes = groups.map((columns) => columns.map(() => new Int32Array(this.rows)));
    const flat = codes.flat();
    const values = numberColumns.map(() => new Float64Array(this.rows));
    await fill(
      this.con,
      `SELECT t.rowid::INTEGER, ${select.join(', ')} FROM t ${joins.join(' ')}`,
      (ch, _at, n) => {
        // Every column is non-null by construction, so the typed arrays are read as they are.
        const rowids = intItems(ch, 0, n);
        flat.forEach((out, q) => {
          const v = intItems(ch, q + 1, n);
          for (let k = 0; k < n; k++) out[rowids[k]] = v[k];
        });
        values.forEach((out, q) => {
          const v = doubleItems(ch, flat.length + 1 + q, n);
          // NaN (not plain), ±Infinity (beyond a double): the caller's parser decides.
          for (let k = 0; k < n; k++) out[rowids[k]] = v[k] - v[k] === 0 ? v[k] : NaN;
        });
      },
    );
    const numbers: NumberColumn[] = [];
    for (const [q, { column, signed }] of numberColumns.entries())
      numbers.push({
        values: values[q],
        others: this.doubles.has(column)
          ? new Map()
          : await this.others(column, signed ?? false, values[q]),
      });
    return { dictionaries, codes, numbers };
  }

  /**
   * Makes dictionary `g` an ENUM type whose codes are its ids, when it is
   * small: a cast to it is cheaper than a hash join up to some 10⁴ values and
   * far dearer beyond (measured 2026-12-07 on 1.26M rows of 3,000 and 1,400
   * labels: 157 against 190 ms of CPU). False when not made, or when its codes
   * are not the ids (the join is used then).
   */
  private async enumOf(g: number, size: number): Promise<boolean> {
    if (size === 0 || size > ENUM_MAX) return false;
    await this.con.run(`DROP TYPE IF EXISTS enum${g}`);
    await this.con.run(`CREATE TYPE enum${g} AS ENUM (SELECT v FROM dict${g} ORDER BY id)`);
    const off = await this.con.runAndReadAll(
      `SELECT count(*)::INTEGER FROM dict${g} WHERE enum_code(v::enum${g}) <> id`,
    );
    return off.getRows()[0][0] === 0;
  }

  /** The raw texts of the cells `values` marks NaN, by row (they are few, or the file is odd). */
  private async others(
    column: number,
    signed: boolean,
    values: Float64Array,
  ): Promise<Map<number, string | null>> {
    const others = new Map<number, string | null>();
    let odd = 0;
    for (let k = 0; k < values.length; k++) if (Number.isNaN(values[k])) odd++;
    if (odd === 0) return others;
    const c = `c${column}`;
    const rows = await this.con.runAndReadAll(
      `SELECT rowid::INTEGER, ${c} FROM t
       WHERE NOT coalesce(${plainNumber(c, signed)} AND isfinite(TRY_CAST(${c} AS DOUBLE)), false)`,
    );
    for (const [k, text] of rows.getRows() as [number, string | null][]) {
      if (!Number.isNaN(values[k])) throw new Error('columnar read: the odd cells disagree');
      others.set(k, text);
    }
    if (others.size !== odd) throw new Error('columnar read: the odd cells disagree');
    return others;
  }

  /** Column `column` as its raw texts (null for an empty cell), for labels that are mostly distinct. */
  async texts(column: number): Promise<(string | null)[]> {
    const out: (string | null)[] = new Array(this.rows);
    await fill(this.con, `SELECT c${column} FROM t`, (ch, at, n) => {
      const v = ch.getColumnVector(0);
      for (let k = 0; k < n; k++) out[at + k] = v.getItem(k) as string | null;
    });
    return out;
  }

  /** The raw texts (null when empty) of column `column` at the given rows: an error's few cells. */
  async cells(column: number, rows: readonly number[]): Promise<Map<number, string | null>> {
    const out = new Map<number, string | null>();
    if (rows.length === 0) return out;
    const wanted = [...new Set(rows)].filter((r) => Number.isInteger(r)).join(', ');
    const found = await this.con.runAndReadAll(
      `SELECT rowid::INTEGER, c${column} FROM t WHERE rowid IN (${wanted})`,
    );
    for (const [k, text] of found.getRows() as [number, string | null][]) out.set(k, text);
    return out;
  }

  close(): void {
    this.con.closeSync();
    this.instance.close();
  }
}

/** The largest dictionary read through an ENUM cast rather than a join. */
const ENUM_MAX = 10_000;

/** White space as JavaScript's String.prototype.trim sees it, inside an RE2 class. */
const WS_CHARS =
  '\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';

/**
 * A cell number column: values, NaN where `others` holds the raw text. For a
 * column opened as `doubles`, `others` is empty and NaN marks a cell that is
 * empty, not finite, negative (unless signed) or beyond read_csv's parser.
 */
export interface NumberColumn {
  values: Float64Array;
  others: Map<number, string | null>;
}

/**
 * SQL: the double of a text cell that is a plain decimal, else NaN. A cell of
 * digits only is read by the integer cast, whose text must give the cell back
 * (no sign, space, leading zero or underscore): the same double as the
 * decimal cast, without the regular expression (measured 2026-12-07: 80
 * against 133 ms of CPU per 1.26M cells).
 */
function plainDouble(cell: string, signed: boolean): string {
  const digits = `TRY_CAST(${cell} AS UBIGINT)`;
  return `coalesce(CASE WHEN ${digits}::VARCHAR = ${cell} THEN ${digits}::DOUBLE
    WHEN ${plainNumber(cell, signed)} THEN TRY_CAST(${cell} AS DOUBLE) END, 'NaN'::DOUBLE)`;
}

/** SQL: a DOUBLE cell when finite (and ≥ 0 unless `signed`), else NaN. */
function certifiedDouble(cell: string, signed: boolean): string {
  const ok = signed ? `isfinite(${cell})` : `isfinite(${cell}) AND ${cell} >= 0`;
  return `coalesce(CASE WHEN ${ok} THEN ${cell} END, 'NaN'::DOUBLE)`;
}

/** SQL: is `cell` a plain decimal (non-negative unless `signed`)? */
function plainNumber(cell: string, signed: boolean): string {
  const sign = signed ? '[+-]?' : '[+]?';
  return `regexp_full_match(${cell}, '${sign}([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?')`;
}

/** Streams a query's chunks to `take(chunk, firstRow, rowCount)`. */
async function fill(
  con: DuckDBConnection,
  sql: string,
  take: (chunk: DuckDBDataChunk, at: number, count: number) => void,
): Promise<void> {
  const result = await con.stream(sql);
  let at = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    // rowCount is a call into the binding: read it once per chunk.
    const count = chunk ? chunk.rowCount : 0;
    if (count === 0) return;
    take(chunk as DuckDBDataChunk, at, count);
    at += count;
  }
}

function copyInts(
  chunk: DuckDBDataChunk,
  column: number,
  out: Int32Array | Uint8Array,
  at: number,
  count: number,
) {
  out.set(intItems(chunk, column, count), at);
}

/**
 * A non-null INTEGER column of a chunk as its typed array (no value objects).
 * The vector's `items` is private in the typings (@duckdb/node-api 1.5): it is
 * read when present and long enough, else each item is read.
 */
function intItems(chunk: DuckDBDataChunk, column: number, count: number): Int32Array {
  const v = chunk.getColumnVector(column);
  const items = v instanceof DuckDBIntegerVector ? itemsOf(v) : undefined;
  if (items instanceof Int32Array && items.length >= count) return items;
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = v.getItem(k) as number;
  return out;
}

function itemsOf(v: object): unknown {
  return (v as { items?: unknown }).items;
}

/** A non-null DOUBLE column of a chunk as its typed array. */
function doubleItems(chunk: DuckDBDataChunk, column: number, count: number): Float64Array {
  const v = chunk.getColumnVector(column);
  const items = v instanceof DuckDBDoubleVector ? itemsOf(v) : undefined;
  if (items instanceof Float64Array && items.length >= count) return items;
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = v.getItem(k) as number;
  return out;
}
