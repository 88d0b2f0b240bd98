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
import { rowContext, schemaIssues } from './row-context.ts';

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
  const prefix = ctx.idPrefix ?? 'cluster';
  const industryResolver = new IndustryResolver(ctx.industries);
  const regionReport = new RegionReport();
  const issues: RowIssue[] = [];
  const byId = new Map<string, PreparedCluster>();
  const merged = new Set<string>();
  const tick = progressTicker(table.rows.length, ctx.onProgress);

  table.rows.forEach((row, i) => {
    tick(i);
    const { rowNo, issues: rowIssues, cell, bad } = rowContext<Field>(table, i, col);

    const name = cell('name');
    if (name === '') bad('name', '', 'the name is empty', 'ATLAS_E_ROW_MISSING_VALUE');

    const regions: string[] = [];
    const regionTexts = splitList(cell('regions'));
    if (regionTexts.length === 0)
      bad('regions', '', 'a cluster needs at least one region', 'ATLAS_E_ROW_MISSING_VALUE');
    let provinceCtx: string | undefined;
    for (const text of regionTexts) {
      const r = ctx.regions.resolve(text, provinceCtx ? { province: provinceCtx } : undefined);
      if (!r) {
        bad('regions', text, `region "${text}" not found`, 'ATLAS_E_ROW_UNKNOWN_REGION');
        continue;
      }
      if (r.region.level === 'province') provinceCtx = r.region.code;
      if (r.guessed)
        regionReport.add(
          { guesses: [{ field: 'region', text, region: r.region, how: r.how }], unresolved: [] },
          rowNo,
          { region: col.regions },
        );
      if (!regions.includes(r.region.code)) regions.push(r.region.code);
    }

    const ind =
      cell('industries') === ''
        ? { codes: [], labels: [] }
        : industryResolver.resolveCell(cell('industries'));

    const members: OrgRef[] = [];
    for (const m of splitList(cell('members'))) {
      const r = parseOrgRef(m);
      if ('problem' in r) bad('members', m, r.problem, 'ATLAS_E_ROW_BAD_USCC');
      else if (!members.some((x) => x.text === r.ref.text)) members.push(r.ref);
    }

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
    let designation = ctx.defaultDesignation ?? 'user';
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
    const round = parseRound(col.round === undefined ? null : row[col.round]);
    if (round !== null && Number.isNaN(round))
      bad('round', cell('round'), 'not a round (1, 2, 第二批…)', 'ATLAS_E_ROW_BAD_NUMBER');

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      return;
    }
    const id = cell('id') || hashId(prefix, nameKey(name));
    const prev = byId.get(id);
    if (prev) {
      merged.add(id);
      prev.rows.push(rowNo);
      const c = prev.cluster;
      for (const r of regions) if (!c.regions.includes(r)) c.regions.push(r);
      for (const x of [...ind.codes, ...ind.labels])
        if (!c.industries.includes(x)) c.industries.push(x);
      for (const m of members) {
        if (!prev.members.some((x) => x.text === m.text)) {
          prev.members.push(m);
          c.members.push({ organization: m.text });
        }
      }
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
      issues.push(...schemaIssues(table.file, rowNo, parsed.error));
      return;
    }
    byId.set(id, { cluster: parsed.data, members, rows: [rowNo] });
  });
  tick(table.rows.length);
  issues.sort((a, b) => a.row - b.row);

  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(table.file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  warnings.push(...regionReport.warnings(table.file));
  const labels = industryResolver.unresolved();
  const lw = industryLabelWarning(table.file, col.industries, labels);
  if (lw) warnings.push(lw);
  const merges = [...merged].map((id) => {
    const p = byId.get(id) as PreparedCluster;
    return { id, name: p.cluster.name, rows: p.rows };
  });
  if (merges.length > 0) {
    warnings.push(
      warning(
        'ATLAS_W_DUPLICATE_MERGED',
        `${table.file}: rows of ${merges.length} clusters merged by name`,
        {
          file: table.file,
          merges: merges.length,
        },
      ),
    );
  }
  return {
    kind: 'clusters',
    file: table.file,
    rowsRead: table.rows.length,
    records: [...byId.values()],
    issues,
    warnings,
    merges,
    unresolvedIndustryLabels: labels,
    mapping,
  };
}
