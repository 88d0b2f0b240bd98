import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { parseNumber } from '../../ingest/parse-number.ts';
import { buildCsr } from '../../analytics/network/build-csr.ts';
import type { CsrGraph } from '../../analytics/network/csr-graph.ts';
import { csrFromLabelledEdges } from '../../analytics/network/csr-from-labelled-edges.ts';
import { firstAppearanceLabels } from '../columnar/first-appearance-labels.ts';
import { openColumnarCsv, type ColumnarTable } from '../columnar/open-columnar-csv.ts';
import type { InputIssue } from '../metrics/read-long-file.ts';

/** An edge list read and checked, as the CSR graph the algorithms take. */
export interface EdgeGraph {
  graph: CsrGraph;
  warnings: AtlasWarning[];
}

/**
 * readEdgesFile's contract (read-edges-file.ts: the same columns, checks,
 * error codes, messages and warnings; nodes numbered by first appearance,
 * source before target, then the nodes of dropped rows), built column-wise:
 * a UTF-8 CSV goes through DuckDB's read_csv into typed arrays
 * (services/columnar) and straight into buildCsr, with no string per edge;
 * any other file through readEdgesFile and csrFromLabelledEdges.
 * Cost on the fast path: one read_csv pass, two table scans, O(n + m) to
 * build the graph and count repeated pairs on it.
 */
export async function readEdgeGraph(
  file: string,
  opts: { weighted?: boolean; directed?: boolean } = {},
): Promise<EdgeGraph> {
  const table = await openColumnarCsv(file);
  if (!table) return fromRows(file, opts);
  try {
    return await fromColumns(table, opts);
  } catch (e) {
    // The file's own problems are AtlasErrors; anything else is the fast path's: read row-wise.
    if (e instanceof AtlasError) throw e;
    return fromRows(file, opts);
  } finally {
    table.close();
  }
}

/** The row-wise reader and csrFromLabelledEdges: for files the fast path does not take. */
async function fromRows(
  file: string,
  opts: { weighted?: boolean; directed?: boolean },
): Promise<EdgeGraph> {
  const { readEdgesFile } = await import('./read-edges-file.ts');
  const edges = await readEdgesFile(file, opts);
  const graph = csrFromLabelledEdges({
    sources: edges.sources,
    targets: edges.targets,
    weights: edges.weights,
    directed: Boolean(opts.directed),
    isolated: edges.isolated,
  });
  return { graph, warnings: edges.warnings };
}

async function fromColumns(
  table: ColumnarTable,
  opts: { weighted?: boolean; directed?: boolean },
): Promise<EdgeGraph> {
  const { file, csv, columns } = table;
  const byLower = new Map(columns.map((c, j) => [c.trim().toLowerCase(), j]));
  const want = ['source', 'target', ...(opts.weighted ? ['weight'] : [])];
  const missing = want.filter((c) => !byLower.has(c));
  if (missing.length) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${file}: missing column(s) ${missing.join(', ')} (found: ${columns.join(', ')})`,
      { file, missing, found: columns },
    );
  }
  const sj = byLower.get('source') as number;
  const tj = byLower.get('target') as number;
  const wj = opts.weighted ? (byLower.get('weight') as number) : -1;
  // Node codes and weights in one scan of DuckDB's table.
  const read = await csv.scan([[sj, tj]], wj >= 0 ? [{ column: wj }] : []);
  const dictionary = read.dictionaries[0];
  const [s, t] = read.codes[0];
  const w = wj >= 0 ? read.numbers[0] : null;
  // The same text after trimming is the same node (the row-wise reader trims).
  const canon = canonicalIds(dictionary);
  const issues = checkRows(table, s, t, w, canon, [columns[sj], columns[tj], columns[wj]]);
  if (issues.length) {
    const first = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${file}: ${issues.length} invalid row(s); first at row ${first.row}, column ${first.column}: ${first.reason}`,
      { file, rows: issues },
    );
  }
  const keep = new Uint8Array(csv.rows);
  const loops: number[] = [];
  const zeros: number[] = [];
  for (let r = 0; r < csv.rows; r++) {
    if (csv.blank[r]) continue;
    if (canon[s[r]] === canon[t[r]]) loops.push(r);
    else if (w && w.values[r] === 0) zeros.push(r);
    else keep[r] = 1;
  }
  const dropped = new Uint8Array(csv.rows);
  for (let r = 0; r < csv.rows; r++) dropped[r] = keep[r] ^ 1;
  const { labels } = firstAppearanceLabels(dictionary, [s, t], dropped);
  const m = csv.rows - csv.blankCount - loops.length - zeros.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weights = w ? new Float64Array(m) : null;
  for (let r = 0, e = 0; r < csv.rows; r++) {
    if (!keep[r]) continue;
    src[e] = s[r];
    dst[e] = t[r];
    if (weights) weights[e] = (w as { values: Float64Array }).values[r];
    e++;
  }
  const graph = buildCsr({
    n: labels.length,
    sources: src,
    targets: dst,
    weights,
    directed: Boolean(opts.directed),
    labels,
  });
  const parallel = repeatedPairs(graph);
  return { graph, warnings: edgeWarnings(table, loops, zeros, parallel) };
}

/** An id per distinct trimmed text of the dictionary (−1 when it trims to nothing). */
function canonicalIds(dictionary: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(dictionary.length).fill(-1);
  dictionary.forEach((raw, k) => {
    const text = raw.trim();
    if (text === '') return;
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    out[k] = id;
  });
  return out;
}

/**
 * The row-wise reader's issues, in its order: empty source, empty target,
 * then (weighted) a weight that is empty, not a number or negative; a weight
 * in another notation (1,234 or full-width digits) is parsed in place.
 */
function checkRows(
  table: ColumnarTable,
  s: Int32Array,
  t: Int32Array,
  w: { values: Float64Array; others: Map<number, string | null> } | null,
  canon: Int32Array,
  [sCol, tCol, wCol]: string[],
): InputIssue[] {
  const { file, csv } = table;
  const issues: InputIssue[] = [];
  const empty = (code: number) => code < 0 || canon[code] < 0;
  for (let r = 0; r < csv.rows; r++) {
    if (csv.blank[r]) continue;
    const badS = empty(s[r]);
    const badT = empty(t[r]);
    const other = w !== null && Number.isNaN(w.values[r]);
    if (!badS && !badT && !other) continue;
    const at = table.lineOf(r);
    if (badS) issues.push({ file, row: at, column: sCol, value: '', reason: 'empty source' });
    if (badT) issues.push({ file, row: at, column: tCol, value: '', reason: 'empty target' });
    if (!other || !w) continue;
    const cell = w.others.get(r) ?? null;
    const parsed = parseNumber(cell);
    const reason = !parsed.ok
      ? 'weight is not a number'
      : parsed.value === null
        ? 'empty weight'
        : parsed.value < 0
          ? 'negative weight (weights are tie strengths or lengths, never below 0)'
          : null;
    if (reason) issues.push({ file, row: at, column: wCol, value: cell ?? '', reason });
    else w.values[r] = (parsed as { value: number }).value;
  }
  return issues;
}

/**
 * Edges whose pair came before (for undirected graphs {a,b} = {b,a}),
 * counted on the CSR: in each node's out-list, a neighbour seen before in
 * that list is a repeat (undirected: only neighbours above the node, so a
 * pair is counted once). O(n + m) with a stamp per node, no sort.
 */
function repeatedPairs(g: CsrGraph): number {
  const seen = new Int32Array(g.n).fill(-1);
  let repeats = 0;
  for (let u = 0; u < g.n; u++) {
    for (let p = g.offsets[u]; p < g.offsets[u + 1]; p++) {
      const v = g.targets[p];
      if (!g.directed && v < u) continue;
      if (seen[v] === u) repeats++;
      else seen[v] = u;
    }
  }
  return repeats;
}

function edgeWarnings(
  table: ColumnarTable,
  loops: number[],
  zeros: number[],
  parallel: number,
): AtlasWarning[] {
  const { file } = table;
  const lines = (rows: number[]) => rows.slice(0, 100).map((r) => table.lineOf(r));
  const warnings: AtlasWarning[] = [];
  if (loops.length)
    warnings.push(
      warning('ATLAS_W_SELF_LOOPS_DROPPED', `${file}: ${loops.length} self-loop(s) dropped`, {
        file,
        rows: lines(loops),
      }),
    );
  if (zeros.length)
    warnings.push(
      warning(
        'ATLAS_W_ZERO_WEIGHTS_DROPPED',
        `${file}: ${zeros.length} edge(s) of weight 0 dropped`,
        { file, rows: lines(zeros) },
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
