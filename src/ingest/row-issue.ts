import type { ErrorCode } from '../core/errors.ts';

/** Why one row of a file cannot be imported: where (file, row, column), what, and why. */
export interface RowIssue {
  file: string;
  /** The row's 1-based number in the source (header = 1). */
  row: number;
  /** The header as written in the file ('' when the issue is about the row as a whole). */
  column: string;
  value: string;
  reason: string;
  code: ErrorCode;
}

/** The rows of each issue code, e.g. to say "12 rows: bad USCC". */
export function countIssues(issues: readonly RowIssue[]): Partial<Record<ErrorCode, number>> {
  const out: Partial<Record<ErrorCode, number>> = {};
  for (const i of issues) out[i.code] = (out[i.code] ?? 0) + 1;
  return out;
}
