import { AtlasError } from '../../core/errors.ts';
import type { PairwiseMatrix } from '../../analytics/evaluation/pairwise-matrix.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { readTable } from '../../ingest/read-table.ts';

/**
 * Reads an AHP pairwise comparison matrix: a square table whose header row
 * holds the criterion names after an empty first cell, each row starting
 * with its criterion's name. Cells are numbers or fractions ("1/3").
 * Refused with file, row, column and reason (ATLAS_E_BAD_VALUE): rows not
 * in the header's order or count, an empty or unreadable cell.
 */
export async function readPairwiseFile(file: string): Promise<PairwiseMatrix> {
  const table = await readTable(file);
  const [first, ...criteria] = table.columns;
  const bad = (row: number, column: string, reason: string) =>
    new AtlasError('ATLAS_E_BAD_VALUE', `${file}: row ${row}, column ${column}: ${reason}`, {
      file,
      row,
      column,
      reason,
    });
  if (criteria.length === 0) throw bad(1, first, 'no criterion in the header row');
  if (table.rows.length !== criteria.length) {
    throw bad(
      1,
      first,
      `${criteria.length} criteria in the header but ${table.rows.length} rows: the matrix must be square`,
    );
  }
  const n = criteria.length;
  const values = new Float64Array(n * n);
  table.rows.forEach((row, i) => {
    const at = table.rowNumbers[i];
    const name = row[first] === null ? '' : String(row[first]).trim();
    if (name !== criteria[i]) {
      throw bad(
        at,
        first,
        `row criterion "${name}" where the header has "${criteria[i]}" (rows must follow the header's order)`,
      );
    }
    criteria.forEach((c, j) => {
      const v = cellValue(row[c]);
      if (v === null) throw bad(at, c, `"${row[c] ?? ''}" is not a positive number or fraction`);
      values[i * n + j] = v;
    });
  });
  return { criteria, values };
}

function cellValue(cell: string | number | null): number | null {
  if (typeof cell === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(cell);
    if (m) return Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) : null;
  }
  const p = parseNumber(cell);
  return p.ok && p.value !== null && p.value > 0 ? p.value : null;
}
