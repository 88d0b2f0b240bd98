import { listValue } from '@duckdb/node-api';
import type { Row, Tx } from './duck.ts';

/**
 * A yearly figure's provenance stored as its import and row (migration 017)
 * instead of a JSON document per figure: every figure an import writes from
 * its file has the same provenance but for its year and row
 * (ingest/figure-source.ts), so the import's one template — that provenance
 * with year FIGURE_YEAR and row FIGURE_ROW — goes to `figure_sources` once,
 * and each figure keeps `import_id` and `import_row` with provenance NULL.
 * Readers put the year and row in again (figureProvenanceSql): the same text,
 * so the same answers. A figure whose provenance is anything else (sources
 * kept from earlier files, another year, no import) keeps its JSON.
 */

export const FIGURE_YEAR = 1900;
export const FIGURE_ROW = 999_999_999;

/** A template with a figure's year and row put in, as figureProvenanceSql does it in SQL. */
export function expandTemplate(template: string, year: number, row: number): string {
  return template
    .replaceAll(`"year":${FIGURE_YEAR},`, `"year":${year},`)
    .replaceAll(`"row":${FIGURE_ROW}`, `"row":${row}`);
}

/** A measures row's provenance (alias m) as JSON, its import's template filled in when compact. */
export function figureProvenanceSql(m: string): string {
  return `coalesce(${m}.provenance, (SELECT min(replace(replace(f.template,
      '"year":${FIGURE_YEAR},', '"year":' || ${m}.year || ','),
      '"row":${FIGURE_ROW}', '"row":' || ${m}.import_row))
    FROM figure_sources f WHERE f.import_id = ${m}.import_id)::JSON)`;
}

/** The import's figure template: the one registered, else `template`, registered now. */
export async function registerFigureTemplate(
  tx: Tx,
  importId: string,
  template: string,
): Promise<string> {
  await tx.exec(
    `INSERT INTO figure_sources SELECT $import, $template
     WHERE NOT EXISTS (SELECT 1 FROM figure_sources WHERE import_id = $import)`,
    { import: importId, template },
  );
  const r = await tx.all('SELECT template FROM figure_sources WHERE import_id = $import', {
    import: importId,
  });
  return String(r[0].template);
}

interface Candidate {
  row: Row;
  importId: string;
  line: number;
  template: string;
}

/** A measures row whose provenance is its import's template filled in, if it is one. */
function candidate(row: Row): Candidate | undefined {
  const p = row.provenance as Record<string, unknown> | null | undefined;
  if (!p || typeof p.importId !== 'string' || p.others !== undefined) return undefined;
  if (!Number.isInteger(p.row) || p.year !== row.year) return undefined;
  const template = JSON.stringify({ ...p, year: FIGURE_YEAR, row: FIGURE_ROW });
  const line = p.row as number;
  if (expandTemplate(template, Number(row.year), line) !== JSON.stringify(p)) return undefined;
  return { row, importId: p.importId, line, template };
}

/**
 * Marks the measures rows (organization, year, …, provenance as an object)
 * whose provenance is their import's template filled in: import_id and
 * import_row set, provenance kept for the caller's history (it then stores
 * NULL in its place). `importId`, the writing import's, registers its
 * template when it has none yet.
 */
export async function markCompactFigures(
  tx: Tx,
  rows: readonly Row[],
  importId: string | undefined,
): Promise<number> {
  const found = rows.map(candidate).filter((c): c is Candidate => c !== undefined);
  if (found.length === 0) return 0;
  const templates = new Map<string, string>();
  const own = found.find((c) => c.importId === importId);
  if (own)
    templates.set(own.importId, await registerFigureTemplate(tx, own.importId, own.template));
  const others = [...new Set(found.map((c) => c.importId))].filter((id) => !templates.has(id));
  if (others.length > 0) {
    const r = await tx.all(
      'SELECT import_id, template FROM figure_sources WHERE list_contains($ids, import_id)',
      { ids: listValue(others) },
    );
    for (const t of r) templates.set(String(t.import_id), String(t.template));
  }
  let marked = 0;
  for (const c of found)
    if (templates.get(c.importId) === c.template) {
      c.row.import_id = c.importId;
      c.row.import_row = c.line;
      marked++;
    }
  return marked;
}
