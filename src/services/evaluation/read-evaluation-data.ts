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
  /**
   * With a `year` column: one matrix per year (alternatives and indicators
   * of that year's rows); `matrix` is then the latest year's.
   */
  years?: Map<number, { matrix: DecisionMatrix; indicatorsSeen: Set<string> }>;
}

/**
 * Reads long evaluation data `alternative,indicator,value` (CSV, XLSX, JSON,
 * Parquet: ingest/read-table.ts) into a decision matrix; with a fourth
 * column `year` (a whole year, 1900-2100), one matrix per year. Headers match
 * case-insensitively. An empty value cell, or a pair absent from the file,
 * is a missing value (NaN) for the missing-value rule to handle. Refused,
 * with every bad row listed (ATLAS_E_INVALID_ROWS): an empty alternative or
 * indicator, a value that is not a number, a year that is not one, a pair
 * (of one year) given twice.
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
  const yCol = byLower.get('year');
  const issues: EvaluationInputIssue[] = [];
  const alts = new Map<string, number>();
  const inds = new Map<string, number>();
  const cells = new Map<string, number | null>();
  const seenAt = new Map<string, number>();
  const yearOfRow = new Map<number, number>();
  let empty = 0;
  table.rows.forEach((row, k) => {
    const at = table.rowNumbers[k];
    let yearKey = '';
    if (yCol) {
      const text = row[yCol] === null ? '' : String(row[yCol]).trim();
      const y = Number(text);
      if (!/^\d{4}$/.test(text) || y < 1900 || y > 2100) {
        issues.push({ file, row: at, column: yCol, value: text, reason: 'not a year (1900-2100)' });
        return;
      }
      yearOfRow.set(k, y);
      yearKey = `${y}\u0000`;
    }
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
    const key = `${yearKey}${a}\u0000${ind}`;
    if (seenAt.has(key)) {
      issues.push({
        file,
        row: at,
        column: iCol,
        value: ind,
        reason: `${a} × ${ind}${yCol ? ` in ${yearOfRow.get(k)}` : ''} given twice (first at row ${seenAt.get(key)})`,
      });
      return;
    }
    seenAt.set(key, at);
    if (!alts.has(a)) alts.set(a, alts.size);
    if (!inds.has(ind)) inds.set(ind, inds.size);
    if (parsed.value === null) empty++;
    cells.set(key, parsed.value);
  });
  if (issues.length) {
    const f = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${file}: ${issues.length} invalid row(s); first at row ${f.row}, column ${f.column}: ${f.reason}`,
      { file, rows: issues },
    );
  }
  if (yCol) return byYear(cells);
  return toData([...alts.keys()], [...inds.keys()], cells, empty);
}

/** One matrix per year from cells keyed year, alternative, indicator (order of first appearance). */
function byYear(cells: Map<string, number | null>): EvaluationData {
  const groups = new Map<number, Map<string, number | null>>();
  for (const [key, v] of cells) {
    const [y, a, ind] = key.split('\u0000');
    const g = groups.get(Number(y)) ?? new Map<string, number | null>();
    g.set(`${a}\u0000${ind}`, v);
    groups.set(Number(y), g);
  }
  const years = new Map<number, { matrix: DecisionMatrix; indicatorsSeen: Set<string> }>();
  let latest: EvaluationData | undefined;
  for (const y of [...groups.keys()].sort((p, q) => p - q)) {
    const g = groups.get(y) as Map<string, number | null>;
    const alts = [...new Set([...g.keys()].map((k) => k.split('\u0000')[0]))];
    const inds = [...new Set([...g.keys()].map((k) => k.split('\u0000')[1]))];
    const empty = [...g.values()].filter((v) => v === null).length;
    latest = toData(alts, inds, g, empty);
    years.set(y, { matrix: latest.matrix, indicatorsSeen: latest.indicatorsSeen });
  }
  return { ...(latest as EvaluationData), years };
}

function toData(
  alternatives: string[],
  indicators: string[],
  cells: ReadonlyMap<string, number | null>,
  empty: number,
): EvaluationData {
  const n = indicators.length;
  const values = new Float64Array(alternatives.length * n).fill(NaN);
  alternatives.forEach((a, i) =>
    indicators.forEach((ind, j) => {
      const v = cells.get(`${a}\u0000${ind}`);
      if (v !== undefined && v !== null) values[i * n + j] = v;
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
