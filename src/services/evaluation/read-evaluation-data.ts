import { AtlasError } from '../../core/errors.ts';
import type { DecisionMatrix } from '../../analytics/evaluation/decision-matrix.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { readTable } from '../../ingest/read-table.ts';

/** One problem in an input file, located to file, row (header = 1) and column. */
export interface EvaluationInputIssue {
  file: string;
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface EvaluationData {
  matrix: DecisionMatrix;
  /** Cells present in the file but empty (missing), as alternative × indicator. */
  emptyCells: number;
  /** Indicators in the data (with at least one row, even if empty). */
  indicatorsSeen: Set<string>;
}

/**
 * Reads long evaluation data `alternative,indicator,value` (CSV, XLSX, JSON,
 * Parquet: ingest/read-table.ts) into a decision matrix. Headers match
 * case-insensitively. An empty value cell, or a pair absent from the file,
 * is a missing value (NaN) for the missing-value rule to handle. Refused,
 * with every bad row listed (ATLAS_E_INVALID_ROWS): an empty alternative or
 * indicator, a value that is not a number, a pair given twice.
 * Alternatives and indicators keep the order of first appearance.
 */
export async function readEvaluationData(file: string): Promise<EvaluationData> {
  const table = await readTable(file);
  const byLower = new Map(table.columns.map((c) => [c.trim().toLowerCase(), c]));
  const want = ['alternative', 'indicator', 'value'];
  const missing = want.filter((c) => !byLower.has(c));
  if (missing.length) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${file}: missing column(s) ${missing.join(', ')} (found: ${table.columns.join(', ')})`,
      { file, missing, found: table.columns },
    );
  }
  const [aCol, iCol, vCol] = want.map((c) => byLower.get(c) as string);
  const issues: EvaluationInputIssue[] = [];
  const alts = new Map<string, number>();
  const inds = new Map<string, number>();
  const cells = new Map<string, number>();
  const seenAt = new Map<string, number>();
  let empty = 0;
  table.rows.forEach((row, k) => {
    const at = table.rowNumbers[k];
    const a = row[aCol] === null ? '' : String(row[aCol]).trim();
    const ind = row[iCol] === null ? '' : String(row[iCol]).trim();
    if (!a) issues.push({ file, row: at, column: aCol, value: '', reason: 'empty alternative' });
    if (!ind) issues.push({ file, row: at, column: iCol, value: '', reason: 'empty indicator' });
    const parsed = parseNumber(row[vCol]);
    const shown = row[vCol] === null ? '' : String(row[vCol]);
    if (!parsed.ok) {
      issues.push({ file, row: at, column: vCol, value: shown, reason: parsed.reason });
      return;
    }
    if (!a || !ind) return;
    const key = `${a}\u0000${ind}`;
    if (seenAt.has(key)) {
      issues.push({
        file,
        row: at,
        column: iCol,
        value: ind,
        reason: `${a} × ${ind} given twice (first at row ${seenAt.get(key)})`,
      });
      return;
    }
    seenAt.set(key, at);
    if (!alts.has(a)) alts.set(a, alts.size);
    if (!inds.has(ind)) inds.set(ind, inds.size);
    if (parsed.value === null) empty++;
    else cells.set(key, parsed.value);
  });
  if (issues.length) {
    const f = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${file}: ${issues.length} invalid row(s); first at row ${f.row}, column ${f.column}: ${f.reason}`,
      { file, rows: issues },
    );
  }
  const alternatives = [...alts.keys()];
  const indicators = [...inds.keys()];
  const n = indicators.length;
  const values = new Float64Array(alternatives.length * n).fill(NaN);
  alternatives.forEach((a, i) =>
    indicators.forEach((ind, j) => {
      const v = cells.get(`${a}\u0000${ind}`);
      if (v !== undefined) values[i * n + j] = v;
    }),
  );
  return {
    matrix: { alternatives, indicators, values },
    emptyCells: empty,
    indicatorsSeen: new Set(
      indicators.filter((_, j) => alternatives.some((_a, i) => !Number.isNaN(values[i * n + j]))),
    ),
  };
}
