import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { AtlasError } from '../../core/errors.ts';
import { normalizeUscc } from '../../core/ids/uscc.ts';
import { Organization } from '../../core/model/organization.ts';
import { garbledReason, textProblem, TEXT_LIMITS } from '../../core/text/sanitize.ts';
import { IndustryResolver } from '../../ingest/industry-resolver.ts';
import { figureSource } from '../../ingest/figure-source.ts';
import { detectedAsGb18030 } from '../../ingest/detect-gb18030.ts';
import { FILE_LIMITS } from '../../ingest/limits.ts';
import { mapColumns } from '../../ingest/map-columns.ts';
import { plainCsvShape, type PlainCsvShape } from '../../ingest/plain-csv-shape.ts';
import { relations } from '../../ingest/prepare-organizations.ts';
import type { OnProgress } from '../../ingest/progress.ts';
import type { ProvenanceInput } from '../../ingest/provenance-input.ts';
import { RowRegionResolver } from '../../ingest/resolve-row-region.ts';
import {
  isBlankRow,
  uniqueHeaders,
  type Cell,
  type Table,
  type TextEncoding,
} from '../../ingest/table.ts';
import { cellText, nameKey, toHalfWidth } from '../../ingest/text.ts';
import type { Duck, Tx } from '../../store/duck.ts';
import {
  classifyOrganizations,
  dropStage,
  dropStagedCells,
  insertPlainOrganizations,
  PLAIN_ORG_FIELDS,
  plainMatchRows,
  plainUsccCounts,
  releaseRows,
  releaseSharingKeys,
  rowByRowCells,
  type PlainOrgField,
  type PlainOrgPlan,
  type PlainProvenance,
  FIGURE_ROW,
  FIGURE_YEAR,
} from '../../store/import-stage/plain-organizations.ts';
import {
  capMemory,
  restoreMemory,
  stageCsv,
  type StagedCsv,
} from '../../store/import-stage/stage-csv.ts';
import { AtlasMatcher } from '../resolution/atlas-matcher.ts';
import type { OrgMatcher } from './org-matcher.ts';
import { referenceIndexes } from './reference-indexes.ts';
import { transcodeGb18030ToUtf8 } from './transcode-to-utf8.ts';

/** An organisations file staged in the database: its plain rows checked there, the rest as a table. */
export interface StagedOrganizations {
  /** The rows left to the row-by-row checks (prepare-organizations.ts), with their line numbers. */
  table: Table;
  /** Rows checked in the database and written by write(). */
  plainRows: number;
  /** Writes the plain rows; `onRows` is told the rows written so far after each statement. */
  write(tx: Tx, onRows?: (rows: number) => void): Promise<number>;
  /** The atlas as the matcher prepared it, for the row-by-row merge (plan-organizations.ts). */
  atlasMatcher?: AtlasMatcher;
  /** Drops the staged tables (call once, done or failed). */
  release(): Promise<void>;
}

export interface StageOptions {
  map?: Readonly<Record<string, string>>;
  encoding?: TextEncoding;
  sheet?: string;
  /** true: stage whatever the size; false: never; default: from FILE_LIMITS.stagedMinRows rows. */
  columnar?: boolean;
  onProgress?: OnProgress;
  /** Who imports, for the change history (import-file.ts ImportOptions.by). */
  by?: string | null;
  /** The import's id, named in each yearly figure's provenance. */
  importId?: string;
  /** Plain rows handed to the atlas matcher at a time (default MATCH_SLICE); a test's knob. */
  matchSlice?: number;
  /**
   * Read every plain row for the atlas matcher, even those it settles by their USCC unread
   * (AtlasMatcher.settlesNewUsccs); a test's knob, to show both give the same answer.
   */
  readSettled?: boolean;
}

/**
 * Plain rows handed to the atlas matcher at a time. The slice no longer
 * changes a decision (the common-core counts are the whole file's), so it is
 * chosen for memory: 1M rows into an atlas of 10 firms peaked at 2.6 GB with
 * 100,000 and 1.6 GB with 20,000, at the same CPU (decisions.md).
 */
const MATCH_SLICE = 20_000;
const TEXT = new Set(['.csv', '.tsv', '.txt']);
const PLAIN = new Set<string>(PLAIN_ORG_FIELDS);

/**
 * Stages an organisations CSV for a set-based import when that gives the
 * same result as the row-by-row one: a plain UTF-8 file (plain-csv-shape.ts)
 * whose mapped fields are the registry's (name, USCC, region, coordinates,
 * industry, measures, year). Returns undefined otherwise — the caller reads
 * the file row by row, which handles and names everything. Rows the
 * database cannot prove valid and unique (plain-organizations.ts) come back
 * as a table for the row-by-row checks, with their own line numbers, so
 * every issue is reported exactly as before.
 */
export async function stageOrganizations(
  db: Duck,
  path: string,
  opts: StageOptions,
  provenance: ProvenanceInput,
  matcher: OrgMatcher,
): Promise<StagedOrganizations | undefined> {
  if (opts.columnar === false || opts.sheet) return undefined;
  const plain = plainSource(path, opts.encoding);
  if (!plain) return undefined;
  const { shape, source } = plain;
  if (opts.columnar !== true && shape.dataLines < FILE_LIMITS.stagedMinRows) {
    plain.done();
    return undefined;
  }
  if (shape.dataLines > FILE_LIMITS.stagedMaxRows) {
    plain.done();
    const max = FILE_LIMITS.stagedMaxRows;
    throw new AtlasError(
      'ATLAS_E_FILE_TOO_LARGE',
      `${path} holds ${shape.dataLines} rows; at most ${max} per file`,
      { file: path, limit: 'stagedMaxRows', max, rows: shape.dataLines },
    );
  }
  const name = `import_stage_${randomBytes(6).toString('hex')}`;
  // Memory bounded by a constant, not by the file: the database spills beyond it.
  const mem = FILE_LIMITS.stagedMemory;
  const cap = Math.min(mem.maxBytes, Math.max(mem.minBytes, mem.bytesPerRow * shape.dataLines));
  const previous = await db.transaction((tx) => capMemory(tx, `${Math.round(cap / 1e6)}MB`));
  const release = () =>
    db.transaction(async (tx) => {
      plain.done();
      await dropStage(tx, name);
      await restoreMemory(tx, previous);
    });
  const total = shape.dataLines;
  opts.onProgress?.(0, total, 'read');
  const staged = await db
    .transaction((tx) => stageCsv(tx, source, { ...shape, width: shape.columns.length }, name))
    .catch(() => undefined); // invalid UTF-8, a long line: the row-by-row reader names it
  if (!staged || !(await sameHeader(db, staged, shape))) {
    await release();
    return undefined;
  }
  opts.onProgress?.(total, total, 'read');
  try {
    const plan = planOf(path, shape, staged, opts, provenance, matcher);
    if (!plan) {
      await release();
      return undefined;
    }
    const reading = { slice: opts.matchSlice ?? MATCH_SLICE, readSettled: opts.readSettled };
    const rows = await db.transaction((tx) => checkRows(db, tx, plan, reading, opts.onProgress));
    return {
      table: tableOf(path, shape, plain.encoding, rows.rest),
      plainRows: rows.plain,
      atlasMatcher: rows.matcher,
      // The write keeps the checks' cap: it was raised to 300 bytes a row for the primary-key
      // indexes a commit merged whole, which migration 013 dropped; a 10M-row import then
      // peaked at 4.9 GB, and completes under this cap at 2.4 GB (docs/decisions.md).
      write: async (tx, onRows) => {
        // The history's context as the row-by-row write gives it (import-file.ts).
        const ctx = { by: opts.by ?? null, dataYear: provenance.year, importId: opts.importId };
        const figures = figureTemplate(provenance, path, opts);
        const prov = { ...provenanceJson(provenance), figures };
        const onShare = onRows && ((share: number) => onRows(Math.round(share * rows.plain)));
        return insertPlainOrganizations(tx, plan, prov, ctx, onShare);
      },
      release,
    };
  } catch (e) {
    await release();
    throw e;
  }
}

/**
 * The file as a plain UTF-8 CSV for DuckDB's reader: itself, or the UTF-8
 * copy (transcode-to-utf8.ts; done() removes it) of a GB18030 file, declared
 * or detected as the row-by-row reader would (ingest/detect-gb18030.ts).
 */
function plainSource(
  path: string,
  encoding: TextEncoding | undefined,
): { source: string; shape: PlainCsvShape; encoding: TextEncoding; done(): void } | undefined {
  const ext = extname(path).toLowerCase();
  if (!TEXT.has(ext)) return undefined;
  const hint = ext === '.tsv' ? '\t' : undefined;
  if (encoding !== 'gb18030') {
    const shape = plainCsvShape(path, hint, encoding);
    if (shape) return { source: path, shape, encoding: 'utf-8', done: () => undefined };
    if (encoding !== undefined || !detectedAsGb18030(path)) return undefined;
  }
  const how = encoding === 'gb18030' ? 'declared' : 'detected';
  const copy = join(tmpdir(), `atlas-import-${randomBytes(6).toString('hex')}.csv`);
  const done = () => rmSync(copy, { force: true });
  const shape = transcodeGb18030ToUtf8(path, copy) ? plainCsvShape(copy, hint, 'utf-8') : undefined;
  if (!shape) {
    done();
    return undefined;
  }
  return { source: copy, shape: { ...shape, encodingHow: how }, encoding: 'gb18030', done };
}

/** Whether DuckDB read as many lines as the scan counted and the same header. */
async function sameHeader(db: Duck, staged: StagedCsv, shape: PlainCsvShape): Promise<boolean> {
  if (staged.lines !== shape.dataLines + 1) return false;
  const head = await db.transaction((tx) =>
    tx.all(`SELECT * FROM ${staged.table} WHERE rowid = 0`),
  );
  const cells = uniqueHeaders(staged.columns.map((c) => head[0]?.[c] ?? null));
  return cells.join('\u0000') === shape.columns.join('\u0000');
}

/** The plan of the set-based checks, or undefined when a mapped field is not a registry's. */
function planOf(
  path: string,
  shape: PlainCsvShape,
  staged: StagedCsv,
  opts: StageOptions,
  provenance: ProvenanceInput,
  matcher: OrgMatcher,
): (PlainOrgPlan & { lookups: Lookups }) | undefined {
  const mapping = mapColumns({ file: path, columns: shape.columns }, 'organizations', opts.map);
  const cols: Partial<Record<PlainOrgField, string>> = {};
  for (const [field, header] of Object.entries(mapping.fields)) {
    if (header === undefined) continue;
    if (!PLAIN.has(field)) return undefined;
    cols[field as PlainOrgField] = staged.columns[shape.columns.indexOf(header)];
  }
  const y = provenance.year;
  const strict = new Set(Object.entries(cols).flatMap(([f, c]) => (f === 'name' ? [] : [c])));
  return {
    staged,
    cols,
    screened: staged.columns.filter((c) => !strict.has(c)),
    regions: [],
    industries: [],
    measureYear: y !== undefined && Number.isInteger(y) && y >= 1900 && y <= 2100 ? y : null,
    existing: matcher.keys(),
    prefix: 'org',
    lookups: lookups(),
  };
}

interface Lookups {
  region(text: string): { code: string | null; province: string | null } | undefined;
  industry(text: string): string[] | undefined;
}

/** The row-by-row path's own resolvers, asked once per distinct cell: plain answers only. */
function lookups(): Lookups {
  const ref = referenceIndexes();
  const regions = new RowRegionResolver(ref.regions);
  const industries = new IndustryResolver(ref.industries);
  const rel = relations(ref.regions);
  return {
    region(cell) {
      if (!passesTextRule(cell)) return undefined;
      const text = cellText(cell);
      if (text === '') return { code: null, province: null };
      const rr = regions.resolveRow({ region: text });
      if (!rr.region || rr.conflict || rr.guesses.length || rr.unresolved.length) return undefined;
      const code = rr.region.code;
      return { code, province: rel.provinceOf(code) ?? code };
    },
    industry(cell) {
      if (!passesTextRule(cell)) return undefined;
      const text = cellText(cell);
      if (text === '') return [];
      const r = industries.resolveCell(text);
      return r.labels.length === 0 ? r.codes : undefined;
    },
  };
}

/** screen-table.ts's rule for one cell, garbled text refused (the row-by-row path may accept it). */
function passesTextRule(cell: string): boolean {
  return textProblem(cell, TEXT_LIMITS.text) === undefined && garbledReason(cell) === undefined;
}

/** Classifies the staged rows; returns the plain count and the rows left to the row-by-row path. */
async function checkRows(
  db: Duck,
  tx: Tx,
  plan: PlainOrgPlan & { lookups: Lookups },
  reading: MatchReading,
  onProgress?: OnProgress,
): Promise<{
  plain: number;
  rest: { n: number; cells: (string | null)[] }[];
  matcher?: AtlasMatcher;
}> {
  const distinct = async (c: string | undefined) =>
    c
      ? (await tx.all(`SELECT DISTINCT ${c} AS v FROM ${plan.staged.table} WHERE rowid > 0`))
          .map((r) => r.v)
          .filter((v): v is string => typeof v === 'string')
      : [];
  for (const value of await distinct(plan.cols.region)) {
    const r = plan.lookups.region(value);
    if (r) plan.regions.push({ value, ...r });
  }
  for (const value of await distinct(plan.cols.industry)) {
    const codes = plan.lookups.industry(value);
    if (codes) plan.industries.push({ value, codes });
  }
  const total = plan.staged.lines - 1;
  onProgress?.(0, total, 'check');
  let { plain } = await classifyOrganizations(tx, plan);
  const matched = await releaseAtlasCandidates(db, tx, plan, { ...reading, onProgress });
  plain -= matched.released;
  let rest = await rowByRowCells(tx, plan);
  // A row of the row-by-row path may merge with a plain row: hand those over too.
  const released = await releaseSharingKeys(tx, plan, keysOf(plan, rest));
  if (released > 0) {
    plain -= released;
    rest = await rowByRowCells(tx, plan);
  }
  if (rest.length > FILE_LIMITS.maxRows) {
    throw new AtlasError(
      'ATLAS_E_FILE_TOO_LARGE',
      `${plan.staged.table}: ${rest.length} rows need row-by-row checks; at most ${FILE_LIMITS.maxRows} per file`,
      { limit: 'maxRows', max: FILE_LIMITS.maxRows, rows: rest.length },
    );
  }
  await dropStagedCells(tx, plan); // the verdicts hold what the write needs
  onProgress?.(total, total, 'check');
  return { plain, rest, matcher: matched.matcher };
}

/**
 * Plain rows that the atlas matcher (services/resolution/atlas-matcher.ts:
 * the rows matchToAtlas pairs, found without scoring every candidate) pairs
 * with an organisation of the atlas, surely or for review, go to the
 * row-by-row path, where they are merged or queued (plan-organizations.ts);
 * the matcher's other rows are new organisations there as here. An empty
 * atlas has nothing to match. The matcher is given `slice` rows at a
 * time (it prepares an object per row); whether a two-character name core
 * is common (a common core names no one firm) counts the whole file, so
 * the rows whose decision asked it are decided again once every slice has
 * been counted: the file is decided as in one pass. When the matcher settles
 * every row with a new USCC unread (AtlasMatcher.settlesNewUsccs: each
 * organisation has one), the plain rows with a USCC — new to the atlas and
 * valid, as classifyOrganizations proved — are not read: pair() would leave
 * them unpaired and uncounted, which is what they are taken as.
 */
async function releaseAtlasCandidates(
  db: Duck,
  tx: Tx,
  plan: PlainOrgPlan,
  { slice, readSettled, onProgress }: MatchReading,
): Promise<{ released: number; matcher?: AtlasMatcher }> {
  if (plan.existing.ids.length === 0) return { released: 0 };
  const paired: number[] = [];
  const counts = new Map<string, number>();
  const again: Awaited<ReturnType<typeof plainMatchRows>> = [];
  const matcher = await AtlasMatcher.open(db);
  const skip = !readSettled && matcher.settlesNewUsccs;
  const plainCounts = skip ? await plainUsccCounts(tx, plan) : undefined;
  let uncounted = plainCounts?.withUscc ?? 0;
  const last = plainCounts?.withoutUscc === 0 ? 0 : plan.staged.lines - 1; // staged rows 1 … last
  for (let after = 0; after < last; after += slice) {
    // Every row's verdict is in: the matcher's slices are what is left to check.
    onProgress?.(after, plan.staged.lines - 1, 'check');
    const rows = await plainMatchRows(tx, plan, after, slice, { withoutUscc: skip });
    const { paired: hits, leftGrams, countDependent, ...pass } = matcher.pair(rows);
    uncounted += pass.uncounted;
    for (const [g, n] of leftGrams) counts.set(g, (counts.get(g) ?? 0) + n);
    const dependent = new Set(countDependent);
    for (const r of rows) {
      if (dependent.has(r.id)) again.push(r);
      else if (hits.has(r.id)) paired.push(r.n);
    }
  }
  if (again.length > 0 && uncounted > 0) {
    // Rows settled by their USCC alone were not counted: the counts are asked after all.
    for (let after = 0; after < plan.staged.lines - 1; after += slice) {
      const rows = await plainMatchRows(tx, plan, after, slice);
      for (const [g, n] of matcher.uncountedGrams(rows)) counts.set(g, (counts.get(g) ?? 0) + n);
    }
  }
  if (again.length > 0) {
    const { paired: hits } = matcher.pair(again, { counts });
    for (const r of again) if (hits.has(r.id)) paired.push(r.n);
  }
  await releaseRows(tx, plan, paired);
  return { released: paired.length, matcher };
}

/** How the plain rows reach the atlas matcher: rows at a time, whether all are read, progress. */
interface MatchReading {
  slice: number;
  readSettled?: boolean;
  onProgress?: OnProgress;
}

/** The merge keys of rows (prepare-organizations.ts, merge-organizations.ts), as the plain rows have them. */
function keysOf(
  plan: PlainOrgPlan & { lookups: Lookups },
  rows: { cells: (string | null)[] }[],
): { uscc: string[]; nameProvince: string[] } {
  const at = (f: PlainOrgField) => plan.staged.columns.indexOf(plan.cols[f] ?? '');
  const [iName, iUscc, iRegion] = [at('name'), at('uscc'), at('region')];
  const ref = referenceIndexes();
  const regions = new RowRegionResolver(ref.regions);
  const rel = relations(ref.regions);
  const uscc: string[] = [];
  const nameProvince: string[] = [];
  for (const { cells } of rows) {
    const u = iUscc < 0 ? '' : cellText(cells[iUscc]);
    if (u !== '') uscc.push(normalizeUscc(toHalfWidth(u)));
    const region =
      iRegion < 0 ? undefined : regions.resolveRow({ region: cellText(cells[iRegion]) }).region;
    const province = region ? (rel.provinceOf(region.code) ?? region.code) : '';
    const name = cellText(iName < 0 ? null : cells[iName]).replace(/\s+/g, ' ');
    nameProvince.push(`${nameKey(name)}\u001f${province}`);
  }
  return { uscc, nameProvince };
}

/** The rows left to the row-by-row path as the CSV reader would give them. */
function tableOf(
  path: string,
  shape: PlainCsvShape,
  encoding: TextEncoding,
  rest: { n: number; cells: (string | null)[] }[],
): Table {
  const rows: Record<string, Cell>[] = [];
  const rowNumbers: number[] = [];
  for (const r of rest) {
    const row: Record<string, Cell> = {};
    shape.columns.forEach((c, i) => (row[c] = r.cells[i]));
    if (isBlankRow(row)) continue;
    rows.push(row);
    rowNumbers.push(r.n + 1);
  }
  return {
    file: path,
    format: 'csv',
    encoding,
    encodingHow: shape.encodingHow,
    columns: shape.columns,
    rows,
    rowNumbers,
  };
}

/** A plain row's yearly figures' provenance, as ingest/figure-source.ts gives it, year and row to fill. */
function figureTemplate(p: ProvenanceInput, path: string, opts: StageOptions): string {
  const by = opts.by ?? undefined;
  return JSON.stringify(
    figureSource(p, FIGURE_YEAR, path, FIGURE_ROW, { importId: opts.importId, by }),
  );
}

/** The provenance every plain record gets, as the Organization schema completes it (its year apart). */
function provenanceJson(p: ProvenanceInput): PlainProvenance {
  const o = Organization.parse({ id: 'x', name: 'x', kind: 'enterprise', provenance: p });
  const { year, ...rest } = o.provenance;
  return {
    synthetic: o.provenance.synthetic,
    verified: o.provenance.verified,
    json: JSON.stringify(rest),
    source: o.provenance.source,
    year,
  };
}
