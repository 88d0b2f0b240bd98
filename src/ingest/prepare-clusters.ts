import { warning, type AtlasWarning } from '../core/errors.ts';
import { Cluster } from '../core/model/cluster.ts';
import type { FieldOf } from './aliases.ts';
import { IndustryResolver, industryLabelWarning, type LabelCount } from './industry-resolver.ts';
import type { IndustryLookup, RegionLookup } from './lookups.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import { parseOrgRef, type OrgRef } from './org-ref.ts';
import {
  CLUSTER_FIELD_HELP,
  parseClusterField,
  parseDesignation,
  parseRound,
} from './parse-cluster-fields.ts';
import { progressTicker, type OnProgress } from './progress.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import { RegionReport } from './region-report.ts';
import type { RowIssue } from './row-issue.ts';
import { hashId } from './stable-id.ts';
import type { Table } from './table.ts';
import { nameKey, splitList } from './text.ts';
import { unmappedWarning } from './unmapped-warning.ts';
import { rowContext, schemaIssues, type RowContext } from './row-context.ts';

type Field = FieldOf<'clusters'>;

export interface PrepareClustersContext {
  regions: RegionLookup;
  industries: IndustryLookup;
  map?: Readonly<Record<string, string>>;
  defaultProvenance: ProvenanceInput;
  /** Designation of rows without one (default "user"). */
  defaultDesignation?: 'national' | 'provincial' | 'user' | 'seed';
  idPrefix?: string;
  onProgress?: OnProgress;
}

/** A cluster with its member references as written (the service resolves them). */
export interface PreparedCluster {
  cluster: Cluster;
  members: OrgRef[];
  rows: number[];
}

export interface PreparedClusters {
  kind: 'clusters';
  file: string;
  rowsRead: number;
  records: PreparedCluster[];
  issues: RowIssue[];
  warnings: AtlasWarning[];
  merges: { id: string; name: string; rows: number[] }[];
  unresolvedIndustryLabels: LabelCount[];
  mapping: ColumnMapping<Field>;
}

/**
 * Validates clusters: a name; one or more regions (codes or names separated
 * by ; , 、 |), each of which must resolve; industries as GB/T 4754 codes or
 * kept labels; members as organisation references; field, designation and
 * round from their Chinese or English words. Rows with the same id (explicit,
 * else a hash of the normalised name) are one cluster: lists are united.
 */
export function prepareClusters(table: Table, ctx: PrepareClustersContext): PreparedClusters {
  const mapping = mapColumns(table, 'clusters', ctx.map);
  const col = mapping.fields;
  const st: ClusterRows = {
    table,
    ctx,
    col,
    prefix: ctx.idPrefix ?? 'cluster',
    industryResolver: new IndustryResolver(ctx.industries),
    regionReport: new RegionReport(),
    issues: [],
    byId: new Map<string, PreparedCluster>(),
    merged: new Set<string>(),
  };
  const tick = progressTicker(table.rows.length, ctx.onProgress);
  table.rows.forEach((_, i) => {
    tick(i);
    addClusterRow(st, i);
  });
  tick(table.rows.length);
  const { issues, byId } = st;
  issues.sort((a, b) => a.row - b.row);

  const labels = st.industryResolver.unresolved();
  const merges = [...st.merged].map((id) => {
    const p = byId.get(id) as PreparedCluster;
    return { id, name: p.cluster.name, rows: p.rows };
  });
  return {
    kind: 'clusters',
    file: table.file,
    rowsRead: table.rows.length,
    records: [...byId.values()],
    issues,
    warnings: clusterWarnings(st, mapping, labels, merges.length),
    merges,
    unresolvedIndustryLabels: labels,
    mapping,
  };
}

/** The state of one clusters table while its rows are read. */
interface ClusterRows {
  table: Table;
  ctx: PrepareClustersContext;
  col: ColumnMapping<Field>['fields'];
  prefix: string;
  industryResolver: IndustryResolver;
  regionReport: RegionReport;
  issues: RowIssue[];
  byId: Map<string, PreparedCluster>;
  merged: Set<string>;
}

type Row = RowContext<Field>;

function addClusterRow(st: ClusterRows, i: number): void {
  const { table, ctx, col } = st;
  const r = rowContext<Field>(table, i, col);
  const { rowNo, cell, bad } = r;
  const name = cell('name');
  if (name === '') bad('name', '', 'the name is empty', 'ATLAS_E_ROW_MISSING_VALUE');
  const regions = rowRegions(st, r);
  const ind =
    cell('industries') === ''
      ? { codes: [], labels: [] }
      : st.industryResolver.resolveCell(cell('industries'));
  const members = rowMembers(r);
  const { field, designation, round } = rowClassification(st, r, i);
  if (r.issues.length > 0) {
    st.issues.push(...r.issues);
    return;
  }
  const id = cell('id') || hashId(st.prefix, nameKey(name));
  const prev = st.byId.get(id);
  if (prev) {
    st.merged.add(id);
    mergeClusterRow(prev, rowNo, regions, [...ind.codes, ...ind.labels], members);
    return;
  }
  const parsed = Cluster.safeParse({
    id,
    name,
    nameEn: cell('nameEn') || undefined,
    regions,
    industries: [...ind.codes, ...ind.labels],
    field: field ?? undefined,
    designation,
    round: round ?? undefined,
    members: members.map((m) => ({ organization: m.text })),
    provenance:
      cell('source') === ''
        ? ctx.defaultProvenance
        : { ...ctx.defaultProvenance, source: cell('source') },
  });
  if (!parsed.success) {
    st.issues.push(...schemaIssues(table.file, rowNo, parsed.error));
    return;
  }
  st.byId.set(id, { cluster: parsed.data, members, rows: [rowNo] });
}

/** A row of a cluster seen before: its lists are united with the earlier rows'. */
function mergeClusterRow(
  prev: PreparedCluster,
  rowNo: number,
  regions: readonly string[],
  industries: readonly string[],
  members: readonly OrgRef[],
): void {
  prev.rows.push(rowNo);
  const c = prev.cluster;
  for (const r of regions) if (!c.regions.includes(r)) c.regions.push(r);
  for (const x of industries) if (!c.industries.includes(x)) c.industries.push(x);
  for (const m of members) {
    if (!prev.members.some((x) => x.text === m.text)) {
      prev.members.push(m);
      c.members.push({ organization: m.text });
    }
  }
}

/** The row's regions: each must resolve; a province names the context of those after it. */
function rowRegions(st: ClusterRows, { rowNo, cell, bad }: Row): string[] {
  const regions: string[] = [];
  const regionTexts = splitList(cell('regions'));
  if (regionTexts.length === 0)
    bad('regions', '', 'a cluster needs at least one region', 'ATLAS_E_ROW_MISSING_VALUE');
  let provinceCtx: string | undefined;
  for (const text of regionTexts) {
    const r = st.ctx.regions.resolve(text, provinceCtx ? { province: provinceCtx } : undefined);
    if (!r) {
      bad('regions', text, `region "${text}" not found`, 'ATLAS_E_ROW_UNKNOWN_REGION');
      continue;
    }
    if (r.region.level === 'province') provinceCtx = r.region.code;
    if (r.guessed)
      st.regionReport.add(
        { guesses: [{ field: 'region', text, region: r.region, how: r.how }], unresolved: [] },
        rowNo,
        { region: st.col.regions },
      );
    if (!regions.includes(r.region.code)) regions.push(r.region.code);
  }
  return regions;
}

function rowMembers({ cell, bad }: Row): OrgRef[] {
  const members: OrgRef[] = [];
  for (const m of splitList(cell('members'))) {
    const r = parseOrgRef(m);
    if ('problem' in r) bad('members', m, r.problem, 'ATLAS_E_ROW_BAD_USCC');
    else if (!members.some((x) => x.text === r.ref.text)) members.push(r.ref);
  }
  return members;
}

/** Field, designation and round from their Chinese or English words. */
function rowClassification(st: ClusterRows, { cell, bad }: Row, i: number) {
  let field: ReturnType<typeof parseClusterField> | undefined;
  if (cell('field') !== '') {
    field = parseClusterField(cell('field'));
    if (!field)
      bad(
        'field',
        cell('field'),
        `unknown field; use one of: ${CLUSTER_FIELD_HELP}`,
        'ATLAS_E_ROW_UNKNOWN_VALUE',
      );
  }
  let designation = st.ctx.defaultDesignation ?? 'user';
  if (cell('designation') !== '') {
    const d = parseDesignation(cell('designation'));
    if (d) designation = d;
    else
      bad(
        'designation',
        cell('designation'),
        'unknown designation; use national (国家级), provincial (省级) or user',
        'ATLAS_E_ROW_UNKNOWN_VALUE',
      );
  }
  const row = st.table.rows[i];
  const round = parseRound(st.col.round === undefined ? null : row[st.col.round]);
  if (round !== null && Number.isNaN(round))
    bad('round', cell('round'), 'not a round (1, 2, 第二批…)', 'ATLAS_E_ROW_BAD_NUMBER');
  return { field, designation, round };
}

function clusterWarnings(
  st: ClusterRows,
  mapping: ColumnMapping<Field>,
  labels: LabelCount[],
  merges: number,
): AtlasWarning[] {
  const file = st.table.file;
  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  warnings.push(...st.regionReport.warnings(file));
  const lw = industryLabelWarning(file, st.col.industries, labels);
  if (lw) warnings.push(lw);
  if (merges > 0) {
    warnings.push(
      warning('ATLAS_W_DUPLICATE_MERGED', `${file}: rows of ${merges} clusters merged by name`, {
        file,
        merges,
      }),
    );
  }
  return warnings;
}
