import { csvCell } from '../core/text/csv-cell.ts';
import type { RowIssue } from './row-issue.ts';
import type { Table } from './table.ts';

/**
 * The rejected rows of a table as CSV text (UTF-8 with BOM, so Excel reads the
 * Chinese): the source row number, the codes, columns and reasons of its
 * issues (joined by " | "), then the row's original cells. One line per
 * rejected row, in source order. The caller writes it (--skip-invalid FILE).
 */
export function rejectsCsv(table: Table, issues: readonly RowIssue[]): string {
  const byRow = new Map<number, RowIssue[]>();
  for (const i of issues) {
    const list = byRow.get(i.row);
    if (list) list.push(i);
    else byRow.set(i.row, [i]);
  }
  const index = new Map<number, number>();
  table.rowNumbers.forEach((n, i) => index.set(n, i));
  const lines = [['row', 'codes', 'columns', 'reasons', ...table.columns].map(csvCell).join(',')];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row) as RowIssue[];
    const i = index.get(row);
    const cells =
      i === undefined ? table.columns.map(() => '') : table.columns.map((c) => table.rows[i][c]);
    lines.push(
      [
        String(row),
        list.map((x) => x.code).join(' | '),
        list.map((x) => x.column).join(' | '),
        list.map((x) => x.reason).join(' | '),
        ...cells.map((c) => (c === null ? '' : String(c))),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
