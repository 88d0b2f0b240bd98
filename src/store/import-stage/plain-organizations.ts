/**
 * The set-based half of an organisations import. Each staged row is tested in
 * SQL against conditions under which the row-by-row checks
 * (ingest/screen-table.ts, ingest/prepare-organizations.ts) provably accept
 * it and produce a record SQL can build: every cell in a safe alphabet
 * (printable ASCII but "?", CJK unified ideographs, full-width brackets; at
 * most 2,000 characters; no 锟斤拷-style garbage), a name, a USCC that is
 * upper-case, 18 characters and passes the GB 32100 check, a region and an
 * industry the caller's lookups resolved without a guess or a label, plain
 * non-negative decimals, coordinates inside China's bounding box, a year
 * 1900-2100 when measures are given. Such a row is "plain"; any other
 * non-blank row is left to the row-by-row path, which reports it exactly as
 * ever. A plain row that shares a key (USCC, name within a province) with
 * another row of the file, or matches an organisation of the atlas, is handed
 * to the row-by-row path too, where merging and matching happen. Name keys are
 * compared by their 64-bit hashes: a collision only sends a row to the
 * row-by-row path.
 *
 * Within the safe alphabet, NFKC changes nothing but the full-width brackets,
 * and JavaScript's trim, \s and toLowerCase agree with DuckDB's trim, RE2's
 * \s and lower: so the SQL keys and ids equal those of ingest/text.ts nameKey
 * and prepare-organizations.ts stableOrgId.
 */
import { AtlasError } from '../../core/errors.ts';
import type { Row, Tx } from '../duck.ts';
import {
  type ChangeContext,
  recordCreates,
  type Tracked,
  TRACKED_MEASURE,
  TRACKED_ORGANIZATION,
} from '../history.ts';
import { FIGURE_ROW, FIGURE_YEAR, registerFigureTemplate } from '../figure-sources.ts';
import { compactable, recordImport, recordImportCreates } from '../import-history.ts';
import { sqlText, type StagedCsv } from './stage-csv.ts';

export const PLAIN_ORG_FIELDS = [
  'name',
  'uscc',
  'region',
  'lon',
  'lat',
  'industry',
  'employees',
  'revenue',
  'output',
  'rdSpend',
  'patents',
  'year',
] as const;
export type PlainOrgField = (typeof PLAIN_ORG_FIELDS)[number];

export interface PlainOrgPlan {
  staged: StagedCsv;
  /**
   * Staged columns the text rule runs on here: those no stricter test covers (the name, the
   * unmapped ones). The region and industry cells in `regions` and `industries` have passed it.
   */
  screened: string[];
  /** Field → staged column (c0…). */
  cols: Partial<Record<PlainOrgField, string>>;
  /** Region cells the lookups resolve plainly: cell → code (null: no region) and its province. */
  regions: { value: string; code: string | null; province: string | null }[];
  /** Industry cells that resolve to GB/T 4754 codes only. */
  industries: { value: string; codes: string[] }[];
  /** The year of measures on rows without a year cell; null: such rows are not plain. */
  measureYear: number | null;
  /** Keys of the organisations already in the atlas (services/import/org-matcher.ts). */
  existing: { ids: readonly string[]; usccs: readonly string[]; nameRegions: readonly string[] };
  /** Id prefix (prepare-organizations.ts: "org"). */
  prefix: string;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SAFE = '^[\\x20-\\x3E\\x40-\\x7E\\x{4E00}-\\x{9FFF}\\x{FF08}\\x{FF09}]*$';
const DECIMAL = '^[0-9]{1,15}(\\.[0-9]{1,15})?$';
const MEASURES: [PlainOrgField, string][] = [
  ['employees', 'employees'],
  ['revenue', 'revenue'],
  ['output', 'output'],
  ['rdSpend', 'rd_spend'],
  ['patents', 'patents'],
];

const t = (p: PlainOrgPlan, kind: string) => `${p.staged.table}_${kind}`;

/** GB 32100's check: the 18th character from the weighted sum of the first 17. */
function usccValid(u: string): string {
  const terms = WEIGHTS.map(
    (w, i) => `(strpos('${ALPHABET}', substr(${u}, ${i + 1}, 1)) - 1) * ${w}`,
  );
  return `(regexp_matches(${u}, '^[0-9A-HJ-NPQRTUW-Y]{18}$')
    AND substr('${ALPHABET}', ((31 - ((${terms.join(' + ')}) % 31)) % 31)::BIGINT + 1, 1) = substr(${u}, 18, 1))`;
}

/** Uploads the lookups' verdicts and the atlas's keys beside the staged table. */
async function uploadLookups(tx: Tx, p: PlainOrgPlan): Promise<void> {
  await tx.exec(
    `CREATE TEMP TABLE ${t(p, 'rmap')} (value VARCHAR, code VARCHAR, province VARCHAR)`,
  );
  await tx.append(
    t(p, 'rmap'),
    [
      { name: 'value', kind: 'varchar' },
      { name: 'code', kind: 'varchar' },
      { name: 'province', kind: 'varchar' },
    ],
    p.regions,
  );
  await tx.exec(`CREATE TEMP TABLE ${t(p, 'imap')} (value VARCHAR, codes VARCHAR[])`);
  await tx.append(
    t(p, 'imap'),
    [
      { name: 'value', kind: 'varchar' },
      { name: 'codes', kind: 'varchar[]' },
    ],
    p.industries,
  );
  await tx.exec(`CREATE TEMP TABLE ${t(p, 'xkeys')} (kind VARCHAR, key VARCHAR)`);
  const keys: Row[] = [
    ...p.existing.ids.map((key) => ({ kind: 'id', key })),
    ...p.existing.usccs.map((key) => ({ kind: 'uscc', key })),
    ...p.existing.nameRegions.map((key) => ({ kind: 'name|region', key })),
  ];
  await tx.append(
    t(p, 'xkeys'),
    [
      { name: 'kind', kind: 'varchar' },
      { name: 'key', kind: 'varchar' },
    ],
    keys,
  );
}

/**
 * The per-row verdict and values: one row per staged data line. The text rule
 * runs once per row over its free-text cells joined (a row is safe when
 * their concatenation is; garbage split across two cells only costs a
 * row-by-row check); the other cells pass stricter patterns or lookups.
 */
function verdictSql(p: PlainOrgPlan): string {
  const c = (f: PlainOrgField) => (p.cols[f] ? `s.${p.cols[f]}` : 'NULL');
  const cells = p.staged.columns.map((x) => `s.${x}`);
  const free = p.screened.map((x) => `s.${x}`);
  const measure = MEASURES.filter(([f]) => p.cols[f]);
  const anyMeasure = measure.length
    ? measure.map(([f]) => `${c(f)} IS NOT NULL`).join(' OR ')
    : 'false';
  const region = p.cols.region ? 'rm.code' : 'NULL::VARCHAR';
  const province = p.cols.region ? 'rm.province' : 'NULL::VARCHAR';
  // Blank: nothing but spaces, tabs and form feeds (a named row never is).
  const blank = `CASE WHEN coalesce(s.nk, '') <> '' THEN false
    ELSE ${cells.map((x) => `(${x} IS NULL OR trim(${x}, ' \t\f') = '')`).join(' AND ')} END`;
  const name = `trim(${c('name')})`;
  const inner = `SELECT s.rowid AS n, s.*,
      concat(${free.join(', ')}) AS cat,
      greatest(0, ${free.map((x) => `coalesce(length(${x}), 0)`).join(', ')}) AS longest,
      CASE WHEN contains(${name}, '  ') THEN regexp_replace(${name}, ' +', ' ', 'g') ELSE ${name} END AS nm
    FROM ${p.staged.table} s WHERE s.rowid > 0`;
  // nameKey (ingest/text.ts) of a safe name: lower case and folded brackets only where there are any.
  const keyed = `SELECT *, CASE WHEN regexp_matches(nm, '[A-Z\\[\\]{}（）]')
      THEN lower(translate(replace(nm, ' ', ''), '（[{）]}', '((()))')) ELSE replace(nm, ' ', '') END AS nk
    FROM (${inner})`;
  return `
    SELECT s.n, (${blank}) AS blank,
      coalesce((regexp_matches(s.cat, '${SAFE}') AND s.longest <= 2000
        AND NOT contains(s.cat, '锟斤拷') AND NOT contains(s.cat, '烫烫烫') AND NOT contains(s.cat, '屯屯屯')
        AND s.nk <> '' AND length(s.nm) <= 300
        AND (${c('uscc')} IS NULL OR ${usccValid(c('uscc'))})
        AND (${c('region')} IS NULL OR rm.value IS NOT NULL)
        AND (${region} IS NOT NULL OR ${c('lon')} IS NULL OR ${c('lat')} IS NULL)
        AND (${c('industry')} IS NULL OR im.value IS NOT NULL)
        AND ((${c('lon')} IS NULL AND ${c('lat')} IS NULL) OR (
          regexp_matches(${c('lon')}, '${DECIMAL}') AND regexp_matches(${c('lat')}, '${DECIMAL}')
          AND TRY_CAST(${c('lon')} AS DOUBLE) BETWEEN 73.4 AND 135.1
          AND TRY_CAST(${c('lat')} AS DOUBLE) BETWEEN 3.3 AND 53.6))
        ${measure.map(([f]) => `AND (${c(f)} IS NULL OR regexp_matches(${c(f)}, '${DECIMAL}'))`).join(' ')}
        AND (NOT (${anyMeasure}) OR (${c('year')} IS NULL AND ${p.measureYear !== null})
          OR (regexp_matches(coalesce(${c('year')}, ''), '^[0-9]{4}$')
            AND TRY_CAST(${c('year')} AS INTEGER) BETWEEN 1900 AND 2100))
      ), false) AS plain,
      ${c('uscc')} AS uscc,
      s.nm AS name,
      ${region} AS region,
      CASE WHEN ${c('uscc')} IS NOT NULL THEN ${sqlText(p.prefix + '-')} || ${c('uscc')}
        ELSE ${sqlText(p.prefix + '-')} || substr(sha256(s.nk || chr(31) || coalesce(${region}, '')), 1, 16)
      END AS id,
      hash(s.nk || chr(31) || coalesce(${province}, '')) AS name_province,
      hash(s.nk || '|' || coalesce(${region}, '')) AS name_region,
      ${c('lon')} AS lon, ${c('lat')} AS lat,
      ${p.cols.industry ? 'coalesce(im.codes, []::VARCHAR[])' : '[]::VARCHAR[]'} AS industries,
      (${anyMeasure}) AS has_measures,
      coalesce(${c('year')}, ${p.measureYear ?? 'NULL'}::VARCHAR) AS year,
      ${MEASURES.map(([f, as]) => `${c(f)} AS ${as}`).join(', ')}
    FROM (${keyed}) s
    ${p.cols.region ? `LEFT JOIN ${t(p, 'rmap')} rm ON rm.value = ${c('region')}` : ''}
    ${p.cols.industry ? `LEFT JOIN ${t(p, 'imap')} im ON im.value = ${c('industry')}` : ''}`;
}

/**
 * Classifies every staged row (plain, blank or neither) and hands to the
 * row-by-row path every plain row that shares a key with another row or
 * matches the atlas. Returns the counts.
 */
export async function classifyOrganizations(
  tx: Tx,
  p: PlainOrgPlan,
): Promise<{ plain: number; blank: number }> {
  await uploadLookups(tx, p);
  const v = t(p, 'verdict');
  // In key order, so the writers append in key order without a sort of their own (decisions.md).
  await tx.exec(`CREATE TEMP TABLE ${v} AS ${verdictSql(p)} ORDER BY id`);
  await tx.exec(`UPDATE ${v} SET plain = false WHERE blank`);
  // Shared keys and matches with the atlas: merging and matching are the row-by-row path's.
  await tx.exec(
    `UPDATE ${v} SET plain = false WHERE plain AND (
       uscc IN (SELECT uscc FROM ${v} WHERE plain AND uscc IS NOT NULL GROUP BY uscc HAVING count(*) > 1)
       OR name_province IN (SELECT name_province FROM ${v} WHERE plain GROUP BY name_province HAVING count(*) > 1)
       OR id IN (SELECT key FROM ${t(p, 'xkeys')} WHERE kind = 'id')
       OR uscc IN (SELECT key FROM ${t(p, 'xkeys')} WHERE kind = 'uscc')
       OR name_region IN (SELECT hash(key) FROM ${t(p, 'xkeys')} WHERE kind = 'name|region'))`,
  );
  const r = await tx.all(
    `SELECT count(*) FILTER (WHERE plain)::BIGINT AS plain, count(*) FILTER (WHERE blank)::BIGINT AS blank FROM ${v}`,
  );
  return { plain: Number(r[0].plain), blank: Number(r[0].blank) };
}

/**
 * Hands to the row-by-row path the plain rows that share a USCC or a name
 * within a province with the given rows (those already on that path).
 */
export async function releaseSharingKeys(
  tx: Tx,
  p: PlainOrgPlan,
  keys: { uscc: readonly string[]; nameProvince: readonly string[] },
): Promise<number> {
  const k = t(p, 'rkeys');
  await tx.exec(`CREATE OR REPLACE TEMP TABLE ${k} (kind VARCHAR, key VARCHAR)`);
  await tx.append(
    k,
    [
      { name: 'kind', kind: 'varchar' },
      { name: 'key', kind: 'varchar' },
    ],
    [
      ...keys.uscc.map((key) => ({ kind: 'uscc', key })),
      ...keys.nameProvince.map((key) => ({ kind: 'name', key })),
    ],
  );
  const r = await tx.all(
    `UPDATE ${t(p, 'verdict')} SET plain = false WHERE plain AND (
       uscc IN (SELECT key FROM ${k} WHERE kind = 'uscc')
       OR name_province IN (SELECT hash(key) FROM ${k} WHERE kind = 'name')) RETURNING n`,
  );
  return r.length;
}

/**
 * The plain rows among staged rows after+1 … after+span, as the atlas matcher
 * reads a record. A range of row numbers, not the next `span` plain rows:
 * ORDER BY … LIMIT after a cursor sorted the rest of the table each time (a
 * 1M-row file in slices of 20,000 spent 10.6 s CPU of 13 s in these reads).
 * The verdict is in key order, so the range is a filter over the table, which
 * costs little beside making the rows objects (50 such reads of 1M rows:
 * 3.1 s CPU, against 2.8 s in file order).
 */
export async function plainMatchRows(
  tx: Tx,
  p: PlainOrgPlan,
  after: number,
  span: number,
  opts: { withoutUscc?: boolean } = {},
): Promise<
  { n: number; id: string; name: string; region?: string; industry?: string; uscc?: string }[]
> {
  const rows = await tx.all(
    `SELECT n, id, name, region, industries[1] AS industry, uscc FROM ${t(p, 'verdict')}
     WHERE plain AND n > ${Math.floor(after)} AND n <= ${Math.floor(after + span)}
       ${opts.withoutUscc ? 'AND uscc IS NULL' : ''} ORDER BY n`,
  );
  const opt = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  return rows.map((r) => ({
    n: Number(r.n),
    id: String(r.id),
    name: String(r.name),
    region: opt(r.region),
    industry: opt(r.industry),
    uscc: opt(r.uscc),
  }));
}

/**
 * How many plain rows have a USCC (a valid one, none of the atlas's: classifyOrganizations),
 * and how many have none.
 */
export async function plainUsccCounts(
  tx: Tx,
  p: PlainOrgPlan,
): Promise<{ withUscc: number; withoutUscc: number }> {
  const r = await tx.all(
    `SELECT count(uscc)::BIGINT AS w, (count(*) - count(uscc))::BIGINT AS wo
     FROM ${t(p, 'verdict')} WHERE plain`,
  );
  return { withUscc: Number(r[0].w), withoutUscc: Number(r[0].wo) };
}

/** Hands the given rows (staged row ids) to the row-by-row path. */
export async function releaseRows(tx: Tx, p: PlainOrgPlan, rows: readonly number[]): Promise<void> {
  if (rows.length === 0) return;
  const k = t(p, 'rrows');
  await tx.exec(`CREATE OR REPLACE TEMP TABLE ${k} (n INTEGER)`);
  await tx.append(
    k,
    [{ name: 'n', kind: 'integer' }],
    rows.map((n) => ({ n })),
  );
  await tx.exec(`UPDATE ${t(p, 'verdict')} SET plain = false WHERE n IN (SELECT n FROM ${k})`);
}

/** The staged cells of the rows left to the row-by-row path (blank lines left out), in file order. */
export async function rowByRowCells(
  tx: Tx,
  p: PlainOrgPlan,
): Promise<{ n: number; cells: (string | null)[] }[]> {
  const rows = await tx.all(
    `SELECT s.rowid AS n, ${p.staged.columns.map((c) => `s.${c}`).join(', ')}
     FROM ${p.staged.table} s JOIN ${t(p, 'verdict')} v ON v.n = s.rowid
     WHERE NOT v.plain AND NOT v.blank ORDER BY s.rowid`,
  );
  return rows.map((r) => ({
    n: Number(r.n),
    cells: p.staged.columns.map((c) => (r[c] === null ? null : String(r[c]))),
  }));
}

/** The provenance every plain record gets, as the Organization schema completes it. */
export interface PlainProvenance {
  synthetic: boolean;
  verified: boolean;
  /** The provenance as JSON, without its year. */
  json: string;
  source: string;
  /** The data's year the importer gave; else a record's is the year of its figures, if any. */
  year?: number;
  /**
   * A yearly figure's provenance as JSON (core/model/figure-provenance.ts) with year
   * FIGURE_YEAR and row FIGURE_ROW, each row's put in by figureProvenanceSql.
   */
  figures?: string;
}

export { FIGURE_ROW, FIGURE_YEAR };

/** A yearly figure's provenance JSON over the verdict's columns: the row's year and line (rowid + 1). */
function figureProvenanceSql(p: PlainProvenance): string {
  if (!p.figures) return 'NULL';
  return `replace(replace(${sqlText(p.figures)},
      '"year":${FIGURE_YEAR},', '"year":' || TRY_CAST(year AS INTEGER) || ','),
      '"row":${FIGURE_ROW}', '"row":' || (n + 1))::JSON`;
}

/**
 * The measures' provenance, import_id and import_row over the verdict's
 * columns: the import and line when the template is the import's
 * (store/figure-sources.ts, migration 017), else the JSON filled in.
 */
async function figureColumnsSql(tx: Tx, p: PlainProvenance): Promise<string> {
  const importId = p.figures ? (JSON.parse(p.figures) as { importId?: unknown }).importId : null;
  if (!p.figures || typeof importId !== 'string' || !p.figures.includes(`"row":${FIGURE_ROW}`))
    return `${figureProvenanceSql(p)}, NULL, NULL`;
  if ((await registerFigureTemplate(tx, importId, p.figures)) !== p.figures)
    return `${figureProvenanceSql(p)}, NULL, NULL`;
  return `NULL, ${sqlText(importId)}, n + 1`;
}

/**
 * A record's provenance JSON over alias v: the year, the importer's or the
 * row's when it has figures, goes last, as services/import/data-year.ts adds it.
 */
function provenanceSql(p: PlainProvenance, v = 'v'): string {
  const open = sqlText(p.json.replace(/}$/, ''));
  if (p.year !== undefined) return sqlText(p.json.replace(/}$/, `,"year":${p.year}}`));
  return `CASE WHEN ${v}.has_measures AND ${v}.year IS NOT NULL
    THEN ${open} || ',"year":' || TRY_CAST(${v}.year AS INTEGER) || '}' ELSE ${sqlText(p.json)} END`;
}

/**
 * Writes the plain rows as organisations and measures (prepare-organizations
 * defaults: kind enterprise, datum GCJ02 when coordinates are given, the
 * file's provenance) and their change history. Runs inside the import's one
 * transaction.
 */
export async function insertPlainOrganizations(
  tx: Tx,
  p: PlainOrgPlan,
  provenance: PlainProvenance,
  ctx: ChangeContext = {},
  onShare?: OnWriteShare,
): Promise<number> {
  // FSST's analysis of unique strings (ids, USCCs, names) was a third of this write's CPU:
  // 1M rows 4.0 → 2.9 s CPU, organisations 42 → 100 MB on disk (docs/decisions.md).
  const previous = await tx.all(`SELECT current_setting('disabled_compression_methods') AS v`);
  await tx.exec(`SET disabled_compression_methods = 'fsst'`);
  try {
    const written = await insertPlainRecords(tx, p, provenance, onShare);
    await recordPlainCreates(tx, p, provenance, ctx, onShare);
    return written;
  } finally {
    await tx.exec(`SET disabled_compression_methods = ${sqlText(String(previous[0]?.v ?? ''))}`);
  }
}

/**
 * The share of the plain write done after each of its statements, for
 * progress: each statement's share of the write's wall time, measured with
 * bench/import-phases.ts on 300,000 rows (organisations 0.70 s, measures
 * 0.16 s, their history 0.16 s and 0.18 s), so the rate and time left
 * shown during the write are the write's.
 */
const WRITE_SHARE = { organizations: 0.58, measures: 0.72, organizationHistory: 0.85 } as const;

/** Told the share of the plain write (0 to 1) done, after each statement. */
export type OnWriteShare = (share: number) => void;

/** The plain rows as organisations and measures, in key order (the verdict's), without their history. */
export async function insertPlainRecords(
  tx: Tx,
  p: PlainOrgPlan,
  provenance: PlainProvenance,
  onShare?: OnWriteShare,
): Promise<number> {
  const v = t(p, 'verdict');
  const r = await tx.all(
    `INSERT INTO organizations (id, uscc, name, name_en, kind, region, province, prefecture,
       address, lon, lat, crs, industries, industry_labels, tags, external_ids, synthetic,
       verified, provenance, location_precision)
     SELECT v.id, v.uscc, v.name, NULL, 'enterprise', v.region, r.province, r.prefecture, NULL,
       TRY_CAST(v.lon AS DOUBLE), TRY_CAST(v.lat AS DOUBLE), CASE WHEN v.lon IS NULL THEN NULL ELSE 'GCJ02' END,
       v.industries, []::VARCHAR[], []::VARCHAR[], '{}'::JSON, ${provenance.synthetic},
       ${provenance.verified}, ${provenanceSql(provenance)}::JSON, NULL
     FROM ${v} v LEFT JOIN regions r ON r.code = v.region
     WHERE v.plain`,
  );
  onShare?.(WRITE_SHARE.organizations);
  await tx.exec(
    `INSERT INTO measures (organization, year, employees, revenue, output, rd_spend, patents, provenance,
       import_id, import_row)
     SELECT id, TRY_CAST(year AS INTEGER),
       ${MEASURES.map(([, as]) => `TRY_CAST(${as} AS DOUBLE)`).join(', ')}, ${await figureColumnsSql(tx, provenance)}
     FROM ${v} WHERE plain AND has_measures`,
  );
  onShare?.(WRITE_SHARE.measures);
  return Number(r[0]?.Count ?? r[0]?.count ?? 0);
}

/**
 * A tracked table's spec with its fields over the verdict (alias t) as
 * insertPlainRecords stores them: same keys in the same order, same types,
 * so the same JSON text (tests/store/plain-creates.test.ts compares the two).
 */
function overVerdict(spec: Tracked, over: Omit<Tracked, 'entity' | 'table'>): Tracked {
  const fields: Record<string, string> = {};
  for (const field of Object.keys(spec.fields)) {
    const sql = over.fields[field];
    if (sql === undefined)
      throw new AtlasError('ATLAS_E_INTERNAL', `no plain value for tracked field ${field}`, {
        field,
      });
    fields[field] = sql;
  }
  return { ...spec, ...over, fields };
}

/** The plain organisations' tracked fields over the verdict (alias t). */
function plainOrganizationSpec(provenance: PlainProvenance): Tracked {
  const lon = 'TRY_CAST(t.lon AS DOUBLE)';
  const lat = 'TRY_CAST(t.lat AS DOUBLE)';
  return overVerdict(TRACKED_ORGANIZATION, {
    key: 't.id',
    organizations: '[t.id]',
    fields: {
      name: 't.name',
      nameEn: 'NULL::VARCHAR',
      uscc: 't.uscc',
      kind: "'enterprise'",
      region: 't.region',
      address: 'NULL::VARCHAR',
      coordinates: `CASE WHEN ${lon} IS NULL OR ${lat} IS NULL THEN NULL ELSE [${lon}, ${lat}] END`,
      crs: "CASE WHEN t.lon IS NULL THEN NULL ELSE 'GCJ02' END",
      locationPrecision: 'NULL::VARCHAR',
      industries: 't.industries',
      industryLabels: '[]::VARCHAR[]',
      tags: '[]::VARCHAR[]',
      externalIds: "'{}'::JSON",
      provenance: `(${provenanceSql(provenance, 't')})::JSON`,
    },
  });
}

/** The plain rows' yearly figures' tracked fields over the verdict (alias t). */
function plainMeasureSpec(): Tracked {
  const year = 'TRY_CAST(t.year AS INTEGER)';
  const fields: Record<string, string> = {};
  for (const [f, as] of MEASURES) fields[f] = `TRY_CAST(t.${as} AS DOUBLE)`;
  return overVerdict(TRACKED_MEASURE, {
    key: `t.id || '|' || ${year}`,
    organizations: '[t.id]',
    year,
    fields,
  });
}

/**
 * The change history of the plain rows, as store/organizations.ts writes it
 * for new records: one 'create' per organisation and per yearly figure, with
 * the file's provenance source (plain rows never touch a stored record).
 * Built from the verdict, not read back from the tables: the records written
 * in this transaction need no join to find, and the constant fields cost
 * nothing to read. An import's (ctx.importId) are recorded compactly: one
 * record for the import, a narrow row per record (store/import-history.ts),
 * which the view `changes` answers as the same rows.
 */
export async function recordPlainCreates(
  tx: Tx,
  p: PlainOrgPlan,
  provenance: PlainProvenance,
  ctx: ChangeContext,
  onShare?: OnWriteShare,
): Promise<void> {
  const v = t(p, 'verdict');
  const source = sqlText(provenance.source);
  if (compactable(ctx)) {
    // One record for the import, one narrow row per record (migration 017): no JSON per record.
    await recordImport(tx, ctx, source);
    const row = 't.n + 1';
    await recordImportCreates(tx, ctx.importId, 'organization', {
      from: v,
      where: 't.plain',
      organization: 't.id',
      row,
    });
    onShare?.(WRITE_SHARE.organizationHistory);
    await recordImportCreates(tx, ctx.importId, 'measure', {
      from: v,
      where: 't.plain AND t.has_measures',
      organization: 't.id',
      year: 'TRY_CAST(t.year AS INTEGER)',
      row,
    });
    return onShare?.(1);
  }
  await recordCreates(tx, plainOrganizationSpec(provenance), v, 't.plain', ctx, source);
  onShare?.(WRITE_SHARE.organizationHistory);
  await recordCreates(tx, plainMeasureSpec(), v, 't.plain AND t.has_measures', ctx, source);
  onShare?.(1);
}

/** Drops the staged cells once the rows left to the row-by-row path are read. */
export async function dropStagedCells(tx: Tx, p: PlainOrgPlan): Promise<void> {
  await tx.exec(`DROP TABLE IF EXISTS ${p.staged.table}`);
}

/** Drops the staged table and everything built beside it. */
export async function dropStage(tx: Tx, table: string): Promise<void> {
  for (const x of ['', '_rmap', '_imap', '_xkeys', '_rkeys', '_rrows', '_verdict'])
    await tx.exec(`DROP TABLE IF EXISTS ${table}${x}`);
}
