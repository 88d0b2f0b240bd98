import { warning, type AtlasWarning } from '../core/errors.ts';
import { Link, type LinkType } from '../core/model/link.ts';
import type { FieldOf } from './aliases.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import { parseOrgRef, type OrgRef } from './org-ref.ts';
import { LINK_TYPE_HELP, parseLinkType } from './parse-link-type.ts';
import { parseNumber, parseYear } from './parse-number.ts';
import { progressTicker, type OnProgress } from './progress.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import type { RowIssue } from './row-issue.ts';
import { hashId } from './stable-id.ts';
import type { Table } from './table.ts';
import { unmappedWarning } from './unmapped-warning.ts';
import { rowContext, schemaIssues, type RowContext } from './row-context.ts';

type Field = FieldOf<'links'>;

export interface PrepareLinksContext {
  map?: Readonly<Record<string, string>>;
  defaultProvenance: ProvenanceInput;
  /** Type of rows without a type cell; without it a type column is required. */
  defaultType?: LinkType;
  idPrefix?: string;
  onProgress?: OnProgress;
}

/** A link whose ends are still references as written; `link.from`/`link.to` hold their text. */
export interface PreparedLink {
  link: Link;
  from: OrgRef;
  to: OrgRef;
  rows: number[];
}

export interface LinkMerge {
  id: string;
  rows: number[];
  conflicts: { field: string; kept: string; row: number; dropped: string }[];
}

export interface PreparedLinks {
  kind: 'links';
  file: string;
  rowsRead: number;
  records: PreparedLink[];
  issues: RowIssue[];
  warnings: AtlasWarning[];
  merges: LinkMerge[];
  mapping: ColumnMapping<Field>;
}

/**
 * Validates links: both ends present (a USCC-shaped end must pass its
 * checksum), a known type, a numeric value, a year, a confidence in [0, 1].
 * Ends are not resolved here: the import service looks them up in the store.
 * Rows with the same ends, type, product and year are one link (stable id).
 */
export function prepareLinks(table: Table, ctx: PrepareLinksContext): PreparedLinks {
  const required: Field[] = ctx.defaultType ? ['from', 'to'] : ['from', 'to', 'type'];
  const mapping = mapColumns(table, 'links', ctx.map, required);
  const col = mapping.fields;
  const st: LinkRows = {
    table,
    ctx,
    col,
    prefix: ctx.idPrefix ?? 'link',
    issues: [],
    byId: new Map<string, PreparedLink>(),
    merges: new Map<string, LinkMerge>(),
  };
  const tick = progressTicker(table.rows.length, ctx.onProgress);
  table.rows.forEach((_, i) => {
    tick(i);
    addLinkRow(st, i);
  });
  tick(table.rows.length);
  const { issues, byId, merges } = st;
  issues.sort((a, b) => a.row - b.row);

  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(table.file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  if (merges.size > 0) {
    const rows = [...merges.values()].reduce((s, m) => s + m.rows.length, 0);
    warnings.push(
      warning(
        'ATLAS_W_DUPLICATE_MERGED',
        `${table.file}: ${rows} rows merged into ${merges.size} links`,
        {
          file: table.file,
          merges: merges.size,
          rows,
        },
      ),
    );
  }
  return {
    kind: 'links',
    file: table.file,
    rowsRead: table.rows.length,
    records: [...byId.values()],
    issues,
    warnings,
    merges: [...merges.values()],
    mapping,
  };
}

/** The state of one links table while its rows are read. */
interface LinkRows {
  table: Table;
  ctx: PrepareLinksContext;
  col: ColumnMapping<Field>['fields'];
  prefix: string;
  issues: RowIssue[];
  byId: Map<string, PreparedLink>;
  merges: Map<string, LinkMerge>;
}

type Row = RowContext<Field>;

function addLinkRow(st: LinkRows, i: number): void {
  const { table, ctx } = st;
  const r = rowContext<Field>(table, i, st.col);
  const { rowNo, issues: rowIssues, cell, raw, bad } = r;
  const ends = rowEnds(r);
  const type = rowType(r, ctx.defaultType);
  const value = parseNumber(raw('value'));
  if (!value.ok) bad('value', cell('value'), value.reason, 'ATLAS_E_ROW_BAD_NUMBER');
  const year = parseYear(raw('year'));
  if (!year.ok) bad('year', cell('year'), year.reason, 'ATLAS_E_ROW_BAD_YEAR');
  const conf = parseNumber(raw('confidence'));
  if (!conf.ok) bad('confidence', cell('confidence'), conf.reason, 'ATLAS_E_ROW_BAD_NUMBER');
  else if (conf.value !== null && (conf.value < 0 || conf.value > 1)) {
    bad(
      'confidence',
      cell('confidence'),
      'a confidence lies between 0 and 1',
      'ATLAS_E_ROW_BAD_NUMBER',
    );
  }
  if (rowIssues.length > 0 || !ends.from || !ends.to || !type) {
    st.issues.push(...rowIssues);
    return;
  }
  const product = cell('product') || undefined;
  const y = year.ok && year.value !== null ? year.value : undefined;
  const id = cell('id') || linkId(st.prefix, ends.from.text, ends.to.text, type, product, y);
  let provenance: ProvenanceInput = ctx.defaultProvenance;
  if (cell('dataSource') !== '') provenance = { ...provenance, source: cell('dataSource') };
  if (conf.ok && conf.value !== null) provenance = { ...provenance, confidence: conf.value };
  const parsed = Link.safeParse({
    id,
    from: ends.from.text,
    to: ends.to.text,
    type,
    product,
    value: value.ok && value.value !== null ? value.value : undefined,
    year: y,
    provenance,
  });
  if (!parsed.success) {
    st.issues.push(...schemaIssues(table.file, rowNo, parsed.error));
    return;
  }
  const prev = st.byId.get(id);
  if (!prev) st.byId.set(id, { link: parsed.data, from: ends.from, to: ends.to, rows: [rowNo] });
  else mergeLinkRow(st, prev, parsed.data, rowNo);
}

/** Both ends present and, when USCC-shaped, with a valid checksum; never the same organisation. */
function rowEnds({ cell, bad }: Row): Partial<Record<'from' | 'to', OrgRef>> {
  const ends: Partial<Record<'from' | 'to', OrgRef>> = {};
  for (const f of ['from', 'to'] as const) {
    if (cell(f) === '') {
      bad(f, '', `the ${f} end is empty`, 'ATLAS_E_ROW_MISSING_VALUE');
      continue;
    }
    const r = parseOrgRef(cell(f));
    if ('problem' in r) bad(f, cell(f), r.problem, 'ATLAS_E_ROW_BAD_USCC');
    else ends[f] = r.ref;
  }
  if (ends.from && ends.to && ends.from.text === ends.to.text) {
    bad('to', cell('to'), 'a link from an organisation to itself', 'ATLAS_E_ROW_INVALID');
  }
  return ends;
}

function rowType({ cell, bad }: Row, defaultType: LinkType | undefined): LinkType | undefined {
  let type = defaultType;
  if (cell('type') !== '') {
    const t = parseLinkType(cell('type'));
    if (t) type = t;
    else
      bad(
        'type',
        cell('type'),
        `unknown link type; use one of: ${LINK_TYPE_HELP}`,
        'ATLAS_E_ROW_UNKNOWN_VALUE',
      );
  } else if (!type) bad('type', '', 'the link type is empty', 'ATLAS_E_ROW_MISSING_VALUE');
  return type;
}

/** A row of a link seen before: its rows are joined; a second, different value is a conflict. */
function mergeLinkRow(st: LinkRows, prev: PreparedLink, link: Link, rowNo: number): void {
  const id = link.id;
  let m = st.merges.get(id);
  if (!m) {
    m = { id, rows: [...prev.rows], conflicts: [] };
    st.merges.set(id, m);
  }
  m.rows.push(rowNo);
  prev.rows.push(rowNo);
  if (prev.link.value === undefined) prev.link.value = link.value;
  else if (link.value !== undefined && link.value !== prev.link.value) {
    m.conflicts.push({
      field: 'value',
      kept: String(prev.link.value),
      row: rowNo,
      dropped: String(link.value),
    });
  }
}

/** The stable id of a link: a hash of its ends (as written), type, product and year. */
export function linkId(
  prefix: string,
  from: string,
  to: string,
  type: LinkType,
  product?: string,
  year?: number,
): string {
  return hashId(prefix, from, to, type, product, year);
}
