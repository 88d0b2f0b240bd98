import { AtlasError } from '../../core/errors.ts';
import { textProblem } from '../../core/text/sanitize.ts';
import type { ExportTable } from './table-xlsx.ts';

/** The limits of an export request (the route's documented body schema). */
export const EXPORT_LIMITS = { sheet: 100, columns: 500, note: 2000 } as const;

const KEYS = new Set(['sheet', 'columns', 'rows', 'note']);
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function bad(message: string, details: Record<string, unknown>): AtlasError {
  return new AtlasError('ATLAS_E_BAD_VALUE', message, details);
}

function text(s: unknown, field: string, max: number): string {
  if (typeof s !== 'string') throw bad(`${field} must be text`, { field });
  if (s.length > max) throw bad(`${field} is longer than ${max} characters`, { field, max });
  const why = textProblem(s, Number.MAX_SAFE_INTEGER);
  if (why) throw bad(`${field} ${why}`, { field, reason: why });
  return s;
}

/**
 * An export request's JSON body, read and checked where the workbook is
 * built (a worker thread), so the server's event loop never parses or walks
 * a large table: `{sheet, columns, rows, note?}` and nothing else, the same
 * text rule as every entry path (core/text/sanitize.ts) on every string,
 * each failure ATLAS_E_BAD_REQUEST / ATLAS_E_BAD_VALUE naming the field, or
 * the row and column. Cell types and row widths are tableXlsx's checks.
 */
export function parseExportTable(bytes: Uint8Array): ExportTable {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString());
  } catch (e) {
    throw new AtlasError('ATLAS_E_BAD_REQUEST', `the body is not JSON: ${(e as Error).message}`, {
      in: 'body',
    });
  }
  if (!isObj(body)) throw new AtlasError('ATLAS_E_BAD_REQUEST', 'the body must be an object');
  for (const k of Object.keys(body))
    if (!KEYS.has(k))
      throw new AtlasError('ATLAS_E_BAD_REQUEST', `body/${k} is not a field of an export`, {
        field: k,
      });
  const { columns, rows } = body;
  if (!Array.isArray(columns) || columns.length < 1 || columns.length > EXPORT_LIMITS.columns)
    throw bad(`columns must be a list of 1 to ${EXPORT_LIMITS.columns} names`, {
      field: 'columns',
    });
  if (!Array.isArray(rows)) throw bad('rows must be a list of rows', { field: 'rows' });
  const table: ExportTable = {
    sheet: text(body.sheet, 'sheet', EXPORT_LIMITS.sheet),
    columns: columns.map((c, k) => text(c, `columns[${k}]`, Number.MAX_SAFE_INTEGER)),
    rows: rows as ExportTable['rows'],
  };
  if (body.note !== undefined) table.note = text(body.note, 'note', EXPORT_LIMITS.note);
  for (let i = 0; i < rows.length; i++) {
    const r: unknown = rows[i];
    if (!Array.isArray(r)) throw bad(`row ${i + 1} is not a list of cells`, { row: i + 1 });
    for (let k = 0; k < r.length; k++) {
      const v: unknown = r[k];
      if (typeof v !== 'string') continue;
      const why = textProblem(v, Number.MAX_SAFE_INTEGER);
      if (why)
        throw bad(`row ${i + 1}, column ${table.columns[k] ?? k + 1}: ${why}`, {
          row: i + 1,
          column: table.columns[k] ?? k + 1,
          reason: why,
        });
    }
  }
  return table;
}
