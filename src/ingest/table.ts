/** A file read into memory: headers, rows and where each row sits in the source. */

export type Cell = string | number | null;
export type TableFormat = 'csv' | 'xlsx' | 'json' | 'parquet';
import type { TextEncoding } from '../core/model/import-vocabulary.ts';
export type { TextEncoding };

export interface Table {
  /** The path as given. */
  file: string;
  format: TableFormat;
  /** Text files only: the detected encoding. */
  encoding?: TextEncoding;
  /** Text files only: how the encoding was known (detected: guessed from the bytes, say so). */
  encodingHow?: 'bom' | 'declared' | 'utf-8' | 'detected';
  /** XLSX only: the sheet read. */
  sheet?: string;
  /** Headers as written (made unique: a repeated header gets `_2`, `_3`). */
  columns: string[];
  rows: Record<string, Cell>[];
  /**
   * 1-based position of each row in the source, the header being 1: the line
   * of a CSV (a quoted multi-line cell counts its lines), the row of a sheet,
   * the element index + 1 of a JSON array, the row index + 2 of Parquet.
   */
  rowNumbers: number[];
}

/** Header cells made unique and non-empty, in order. */
export function uniqueHeaders(raw: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = h === null || h === undefined ? '' : String(h).trim();
    if (name === '') name = `column_${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

/** True when every cell of a row is null or blank. */
export function isBlankRow(row: Record<string, Cell>): boolean {
  for (const v of Object.values(row)) {
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/** A value from a reader (Date, bigint, boolean, object) as a cell. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') {
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(v)
      : v.toString();
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDate(v);
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

/** A date as YYYY-MM-DD, or a full ISO timestamp when it has a time of day (UTC). */
function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
