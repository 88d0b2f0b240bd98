import { writeFileSync } from 'node:fs';
import type { RowIssue } from '../../ingest/row-issue.ts';

function cell(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the rejected rows and their reasons as UTF-8 CSV (with BOM, so Excel reads Chinese). */
export function writeRejects(path: string, issues: readonly RowIssue[]): void {
  const cols = ['file', 'row', 'column', 'value', 'code', 'reason'] as const;
  const lines = [cols.join(',')];
  for (const i of issues) lines.push(cols.map((c) => cell(i[c])).join(','));
  writeFileSync(path, '\uFEFF' + lines.join('\n') + '\n');
}
