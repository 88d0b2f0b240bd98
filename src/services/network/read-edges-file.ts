import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { readTable } from '../../ingest/read-table.ts';
import type { Cell } from '../../ingest/table.ts';
import type { InputIssue } from '../metrics/read-long-file.ts';

export interface EdgeList {
  sources: string[];
  targets: string[];
  /** One weight per edge when `weighted`, else null. */
  weights: number[] | null;
  /** Nodes seen only in dropped rows (self-loops, weight 0): kept as isolated nodes. */
  isolated: string[];
  warnings: AtlasWarning[];
}

/**
 * Reads an edge list `source,target[,weight]` (header required; CSV, XLSX,
 * JSON or Parquet through ingest/read-table.ts; headers match
 * case-insensitively, extra columns are ignored).
 *
 * Documented handling, checked before anything is computed:
 * - no file → ATLAS_E_FILE_NOT_FOUND; empty or header only → ATLAS_E_FILE_EMPTY;
 * - no source/target column, or no weight column with `weighted` →
 *   ATLAS_E_MISSING_COLUMN;
 * - an empty source/target, or (weighted) a weight that is empty, not a
 *   number or negative → ATLAS_E_INVALID_ROWS listing file, row, column and
 *   reason of every bad row;
 * - self-loops → dropped, warning ATLAS_W_SELF_LOOPS_DROPPED (rows listed);
 * - weight 0 (weighted) → edge dropped, warning ATLAS_W_ZERO_WEIGHTS_DROPPED;
 * - the same pair twice → kept as parallel edges, warning ATLAS_W_PARALLEL_EDGES
 *   (for undirected graphs {a,b} and {b,a} are the same pair).
 * Without `weighted` a weight column is ignored.
 */
export async function readEdgesFile(
  file: string,
  opts: { weighted?: boolean; directed?: boolean } = {},
): Promise<EdgeList> {
  const table = await readTable(file);
  const byLower = new Map(table.columns.map((c) => [c.trim().toLowerCase(), c]));
  const want = ['source', 'target', ...(opts.weighted ? ['weight'] : [])];
  const missing = want.filter((c) => !byLower.has(c));
  if (missing.length) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${file}: missing column(s) ${missing.join(', ')} (found: ${table.columns.join(', ')})`,
      { file, missing, found: table.columns },
    );
  }
  const sCol = byLower.get('source') as string;
  const tCol = byLower.get('target') as string;
  const wCol = opts.weighted ? (byLower.get('weight') as string) : null;
  const issues: InputIssue[] = [];
  const sources: string[] = [];
  const targets: string[] = [];
  const weights: number[] | null = wCol ? [] : null;
  const loops: number[] = [];
  const zeros: number[] = [];
  const pairs = new Set<string>();
  const dropped = new Set<string>();
  let parallel = 0;
  table.rows.forEach((row, k) => {
    const at = table.rowNumbers[k];
    const s = row[sCol] === null ? '' : String(row[sCol]).trim();
    const t = row[tCol] === null ? '' : String(row[tCol]).trim();
    let bad = false;
    if (s === '') {
      issues.push({ file, row: at, column: sCol, value: '', reason: 'empty source' });
      bad = true;
    }
    if (t === '') {
      issues.push({ file, row: at, column: tCol, value: '', reason: 'empty target' });
      bad = true;
    }
    let w = 1;
    if (wCol) {
      const r = rowWeight(file, row[wCol], at, wCol, issues);
      if (r === null) bad = true;
      else w = r;
    }
    if (bad) return;
    if (s === t || (wCol && w === 0)) {
      (s === t ? loops : zeros).push(at);
      dropped.add(s);
      dropped.add(t);
      return;
    }
    const key = opts.directed || s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    if (pairs.has(key)) parallel++;
    else pairs.add(key);
    sources.push(s);
    targets.push(t);
    if (weights) weights.push(w);
  });
  if (issues.length) {
    const first = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${file}: ${issues.length} invalid row(s); first at row ${first.row}, column ${first.column}: ${first.reason}`,
      { file, rows: issues },
    );
  }
  const warnings = edgeWarnings(file, loops, zeros, parallel);
  return { sources, targets, weights, isolated: [...dropped], warnings };
}

/** A weight cell: a number ≥ 0, else an issue naming the row and column (and null). */
function rowWeight(
  file: string,
  cell: Cell,
  at: number,
  wCol: string,
  issues: InputIssue[],
): number | null {
  const shown = cell === null ? '' : String(cell);
  const parsed = parseNumber(cell);
  const reason = !parsed.ok
    ? 'weight is not a number'
    : parsed.value === null
      ? 'empty weight'
      : parsed.value < 0
        ? 'negative weight (weights are tie strengths or lengths, never below 0)'
        : null;
  if (reason) {
    issues.push({ file, row: at, column: wCol, value: shown, reason });
    return null;
  }
  return (parsed as { value: number }).value;
}

function edgeWarnings(
  file: string,
  loops: number[],
  zeros: number[],
  parallel: number,
): AtlasWarning[] {
  const warnings: AtlasWarning[] = [];
  if (loops.length)
    warnings.push(
      warning('ATLAS_W_SELF_LOOPS_DROPPED', `${file}: ${loops.length} self-loop(s) dropped`, {
        file,
        rows: loops.slice(0, 100),
      }),
    );
  if (zeros.length)
    warnings.push(
      warning(
        'ATLAS_W_ZERO_WEIGHTS_DROPPED',
        `${file}: ${zeros.length} edge(s) of weight 0 dropped`,
        { file, rows: zeros.slice(0, 100) },
      ),
    );
  if (parallel)
    warnings.push(
      warning(
        'ATLAS_W_PARALLEL_EDGES',
        `${file}: ${parallel} repeated edge(s) kept as parallel edges`,
        { file, count: parallel },
      ),
    );
  return warnings;
}
