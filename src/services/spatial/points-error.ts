import { AtlasError } from '../../core/errors.ts';

/** One problem in a points file, located to file, row (header = 1) and column. */
export interface PointIssue {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
  code: 'ATLAS_E_BAD_VALUE' | 'ATLAS_E_BAD_COORDINATE';
}

/** The error for every bad cell, with the code of the first. */
export function pointsError(file: string, issues: PointIssue[]): AtlasError {
  const first = issues[0];
  return new AtlasError(
    first.code,
    `${file}: row ${first.row}, column ${first.column}: ${first.reason} ("${first.value}")` +
      (issues.length > 1 ? ` — ${issues.length} bad cells in all` : ''),
    { file, row: first.row, column: first.column, value: first.value, rows: issues },
  );
}
