import type { z } from 'zod';
import type { ErrorCode } from '../core/errors.ts';
import type { RowIssue } from './row-issue.ts';
import type { Cell, Table } from './table.ts';
import { cellText } from './text.ts';

/**
 * What every prepare-* step needs while it reads one row: its cells by field
 * (as text or raw), and a `bad` that records an issue with the file, the
 * source row number and the column as the file names it.
 */
export interface RowContext<F extends string> {
  rowNo: number;
  issues: RowIssue[];
  cell(f: F): string;
  raw(f: F): Cell;
  bad(f: F | '', value: string, reason: string, code: ErrorCode): void;
}

export function rowContext<F extends string>(
  table: Table,
  i: number,
  col: Partial<Record<F, string>>,
): RowContext<F> {
  const row = table.rows[i];
  const rowNo = table.rowNumbers[i];
  const issues: RowIssue[] = [];
  const column = (f: F): string | undefined => col[f];
  return {
    rowNo,
    issues,
    cell: (f) => {
      const c = column(f);
      return c === undefined ? '' : cellText(row[c]);
    },
    raw: (f) => {
      const c = column(f);
      return c === undefined ? null : row[c];
    },
    bad: (f, value, reason, code) =>
      issues.push({
        file: table.file,
        row: rowNo,
        column: f === '' ? '' : (column(f) ?? f),
        value,
        reason,
        code,
      }),
  };
}

/** A record that fails its schema after the row checks: one issue per schema complaint. */
export function schemaIssues(file: string, row: number, error: z.ZodError): RowIssue[] {
  return error.issues.map((z) => ({
    file,
    row,
    column: String(z.path[0] ?? ''),
    value: '',
    reason: `${z.path.join('.')}: ${z.message}`,
    code: 'ATLAS_E_ROW_INVALID' as const,
  }));
}
