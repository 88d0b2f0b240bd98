import type { ErrorCode } from '../core/errors.ts';
import { garbledReason, LONE_SURROGATE, textProblem, TEXT_LIMITS } from '../core/text/sanitize.ts';
import type { RowIssue } from './row-issue.ts';
import type { Table } from './table.ts';

export interface ScreenOptions {
  /** Take text that looks garbled (mis-decoded) as written: the importer says it is right. */
  acceptGarbled?: boolean;
}

/**
 * The text rule of every import (core/text/sanitize.ts), applied to every
 * cell of every kind before any row is prepared: a cell with a NUL, a
 * control or direction character, a lone surrogate or more than
 * TEXT_LIMITS.text characters (ATLAS_E_ROW_BAD_TEXT), or that looks
 * garbled (ATLAS_E_ROW_GARBLED_TEXT, unless acceptGarbled), makes its row
 * invalid. Returns the table without those rows, and their issues; the
 * refused rows are reported, never altered and loaded.
 */
export function screenTable(
  table: Table,
  opts: ScreenOptions = {},
): { table: Table; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const rows: Table['rows'] = [];
  const rowNumbers: number[] = [];
  table.rows.forEach((row, i) => {
    const row1 = table.rowNumbers[i];
    let bad = false;
    for (const column of table.columns) {
      const v = row[column];
      if (typeof v !== 'string') continue;
      let code: ErrorCode | undefined;
      let reason = textProblem(v, TEXT_LIMITS.text);
      if (reason) code = 'ATLAS_E_ROW_BAD_TEXT';
      else if (!opts.acceptGarbled) {
        reason = garbledReason(v);
        if (reason) code = 'ATLAS_E_ROW_GARBLED_TEXT';
      }
      if (!code || !reason) continue;
      bad = true;
      issues.push({
        file: table.file,
        row: row1,
        column,
        value: shown(v),
        reason: `the text ${reason}`,
        code,
      });
    }
    if (bad) return;
    rows.push(row);
    rowNumbers.push(row1);
  });
  if (issues.length === 0) return { table, issues };
  return { table: { ...table, rows, rowNumbers }, issues };
}

/** A value as a report may show it: control and direction characters made visible, long text cut. */
function shown(v: string): string {
  const code = (c: string) =>
    `<U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}>`;
  const visible = v
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g,
      code,
    )
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), code);
  return visible.length > 200 ? `${visible.slice(0, 200)}… (${v.length} characters)` : visible;
}
