import {
  DuckDBListValue,
  LIST,
  VARCHAR,
  listValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import { AtlasError } from '../core/errors.ts';
import { openInstance, type OpenedInstance } from './open-instance.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, DuckDBValue | undefined> | DuckDBValue[];

/** Column kinds the appender helper knows how to write. */
export type ColumnKind = 'varchar' | 'double' | 'integer' | 'boolean' | 'varchar[]' | 'json';
export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
}

/** BIGINT and HUGEINT come back as bigint; callers want numbers. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  return v;
}

function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const k of Object.keys(row)) out[k] = plain(row[k]);
  return out;
}

function appendCell(a: DuckDBAppender, kind: ColumnKind, v: unknown): void {
  if (v === null || v === undefined) return a.appendNull();
  switch (kind) {
    case 'varchar':
      return a.appendVarchar(String(v));
    case 'json':
      return a.appendVarchar(JSON.stringify(v));
    case 'double':
      return a.appendDouble(Number(v));
    case 'integer':
      return a.appendInteger(Number(v));
    case 'boolean':
      return a.appendBoolean(Boolean(v));
    case 'varchar[]':
      return a.appendList(listValue((v as unknown[]).map(String)), LIST(VARCHAR));
  }
}

/**
 * A thin wrapper over one DuckDB instance: a connection for reads and one
 * for writes. Writes are serialised by a promise chain, so a transaction
 * never interleaves with another write; reads see committed data only.
 */
export class Duck {
  private writeChain: Promise<unknown> = Promise.resolve();
  private generation = 0;
  /** Queries and transactions not yet settled: close() must not pull the connections from under them. */
  private readonly pending = new Set<Promise<unknown>>();

  private constructor(
    readonly path: string,
    private readonly instance: OpenedInstance,
    private readonly reader: DuckDBConnection,
    private readonly writer: DuckDBConnection,
  ) {}

  static async open(path: string): Promise<Duck> {
    try {
      const opened = await openInstance(path);
      const { instance } = opened;
      return new Duck(path, opened, await instance.connect(), await instance.connect());
    } catch (e) {
      throw new AtlasError(
        'ATLAS_E_STORE',
        `cannot open database ${path}: ${(e as Error).message}`,
        {
          path,
        },
      );
    }
  }

  async all(sql: string, params?: Params): Promise<Row[]> {
    return this.track(run(this.reader, sql, params));
  }

  async one(sql: string, params?: Params): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }

  /** Runs fn in one transaction on the write connection; rolls back on any error. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inTransaction(fn, true);
  }

  /**
   * A transaction on tables no answer reads (the sign-in throttle's counts):
   * it leaves the write generation as it is, so such bookkeeping does not
   * drop every cached answer (a stream of wrong passwords would otherwise
   * empty the cache as fast as it is sent).
   */
  bookkeeping<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inTransaction(fn, false);
  }

  private inTransaction<T>(fn: (tx: Tx) => Promise<T>, bumps: boolean): Promise<T> {
    const next = this.writeChain.then(async () => {
      await run(this.writer, 'BEGIN TRANSACTION');
      try {
        const result = await fn(new Tx(this.writer));
        await run(this.writer, 'COMMIT');
        return result;
      } catch (e) {
        await run(this.writer, 'ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        // After a commit, and after a failed one too (conservative: cached reads are dropped).
        if (bumps) this.generation++;
      }
    });
    this.writeChain = next.catch(() => undefined);
    return this.track(next);
  }

  /**
   * The write generation: bumped after every committed transaction (every
   * write of ours passes there), so a result read at one generation is
   * current while the generation is unchanged (services/cache.ts).
   */
  get writeGeneration(): number {
    return this.generation;
  }

  /**
   * Resolves once no query or transaction is running (those started meanwhile
   * included): a server's late request must end before close(), whose native
   * connections cannot be closed under a running query.
   */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const done = () => this.pending.delete(p);
    p.then(done, done);
    return p;
  }

  close(): void {
    this.reader.closeSync();
    this.writer.closeSync();
    this.instance.close();
  }
}

/** What a transaction may do: run SQL and append rows. */
export class Tx {
  constructor(private readonly conn: DuckDBConnection) {}

  all(sql: string, params?: Params): Promise<Row[]> {
    return run(this.conn, sql, params);
  }

  async exec(sql: string, params?: Params): Promise<void> {
    await run(this.conn, sql, params);
  }

  /** Appends rows to a table in column order; fast path for bulk loads. */
  async append(table: string, columns: readonly ColumnSpec[], rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const a = await this.conn.createAppender(table);
    try {
      for (const r of rows) {
        for (const c of columns) appendCell(a, c.kind, r[c.name]);
        a.endRow();
      }
      a.flushSync();
    } catch (e) {
      throw new AtlasError('ATLAS_E_STORE', `append to ${table}: ${(e as Error).message}`, {
        table,
      });
    } finally {
      a.closeSync();
    }
  }
}

/**
 * Types for the parameters DuckDB cannot type by their value: an empty list
 * has no item type ("Cannot create lists with item type of ANY"); every list
 * this store binds is a list of text.
 */
function paramTypes(
  params?: Params,
): DuckDBType[] | Record<string, DuckDBType | undefined> | undefined {
  if (!params) return undefined;
  const type = (v: unknown) =>
    v instanceof DuckDBListValue && v.items.length === 0 ? LIST(VARCHAR) : undefined;
  if (Array.isArray(params)) {
    const types = params.map(type);
    return types.some(Boolean) ? (types as DuckDBType[]) : undefined;
  }
  const types = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, type(v)]));
  return Object.values(types).some(Boolean) ? types : undefined;
}

async function run(conn: DuckDBConnection, sql: string, params?: Params): Promise<Row[]> {
  try {
    const reader = await conn.runAndReadAll(sql, params as never, paramTypes(params));
    return reader.getRowObjectsJS().map(plainRow);
  } catch (e) {
    throw new AtlasError('ATLAS_E_STORE', (e as Error).message, { sql: sql.slice(0, 200) });
  }
}
