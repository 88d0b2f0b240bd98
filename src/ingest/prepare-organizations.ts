import { warning, type AtlasWarning } from '../core/errors.ts';
import { Organization, type OrganizationKind } from '../core/model/organization.ts';
import type { FieldOf } from './aliases.ts';
import { IndustryResolver, industryLabelWarning, type LabelCount } from './industry-resolver.ts';
import type { IndustryLookup, RegionLookup } from './lookups.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import {
  mergeOrganizations,
  type MergeReport,
  type RegionRelations,
} from './merge-organizations.ts';
import type { OrgDraft } from './org-draft.ts';
import { organizationRow } from './organization-row.ts';
import { progressTicker, type OnProgress } from './progress.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import { RegionReport } from './region-report.ts';
import { RowRegionResolver } from './resolve-row-region.ts';
import type { RowIssue } from './row-issue.ts';
import { hashId, slugId } from './stable-id.ts';
import type { Table } from './table.ts';
import { nameKey } from './text.ts';
import { unmappedWarning } from './unmapped-warning.ts';
import { schemaIssues } from './row-context.ts';

type Field = FieldOf<'organizations'>;

export interface PrepareOrganizationsContext {
  regions: RegionLookup;
  industries: IndustryLookup;
  /** Explicit field → header mapping (`--map field=header`). */
  map?: Readonly<Record<string, string>>;
  /** Provenance of every record; a `source` cell replaces its `source`. */
  defaultProvenance: ProvenanceInput;
  /** Prefix of generated ids (default "org"). */
  idPrefix?: string;
  /** Kind of rows without a kind cell (default "enterprise"). */
  defaultKind?: OrganizationKind;
  /** Year of measures on rows without a year cell (default: the provenance year). */
  year?: number;
  /** The import that writes the rows and who runs it, named in each yearly figure's provenance. */
  figures?: { importId?: string; by?: string };
  /** Datum of the coordinates when the file has no crs column. */
  crs?: 'WGS84' | 'GCJ02';
  onProgress?: OnProgress;
}

export interface PreparedOrganizations {
  kind: 'organizations';
  file: string;
  rowsRead: number;
  /** Valid, de-duplicated organisations, each parsed by the Organization schema. */
  records: Organization[];
  /** Source rows of each record (same order as records). */
  recordRows: number[][];
  /** Whether a row of each record gave its kind (same order): else the kind is the default. */
  kindGiven: boolean[];
  /** Invalid rows: nothing of them is in records. */
  issues: RowIssue[];
  warnings: AtlasWarning[];
  merges: MergeReport[];
  unresolvedIndustryLabels: LabelCount[];
  mapping: ColumnMapping<Field>;
}

/**
 * Validates and de-duplicates the organisations of a table. Rules:
 * regions from codes, names, short names and city names in a province column
 * (guesses warned); the most detailed of province/city/county wins and they
 * must agree; industries not in GB/T 4754 are kept as labels and counted;
 * tags in Chinese or English; measures by year; invalid rows listed with
 * file, row, column, value and reason. Ids are stable: the explicit id, else
 * from the USCC, else from an external id (ts_code…), else a hash of the
 * normalised name and region.
 */
export function prepareOrganizations(
  table: Table,
  ctx: PrepareOrganizationsContext,
): PreparedOrganizations {
  const mapping = mapColumns(table, 'organizations', ctx.map);
  const col = mapping.fields;
  const prefix = ctx.idPrefix ?? 'org';
  const regionResolver = new RowRegionResolver(ctx.regions);
  const industryResolver = new IndustryResolver(ctx.industries);
  const regionReport = new RegionReport();
  const issues: RowIssue[] = [];
  const drafts: OrgDraft[] = [];
  const tick = progressTicker(table.rows.length, ctx.onProgress);

  const reader = { ...ctx, col, regionResolver, industryResolver };
  table.rows.forEach((_, i) => {
    tick(i);
    const r = organizationRow(table, i, reader);
    if (r.issues.length > 0) {
      issues.push(...r.issues);
      return;
    }
    regionReport.add(r.rr, r.rowNo, col);
    drafts.push(r.draft);
  });
  tick(table.rows.length);

  const rel = relations(ctx.regions);
  const { merged, merges } = mergeOrganizations(drafts, rel);
  const { records, recordRows, recordKindGiven } = organizationRecords(
    table.file,
    merged,
    col,
    prefix,
    issues,
  );
  issues.sort((a, b) => a.row - b.row);

  const labels = industryResolver.unresolved();
  const warnings = organizationWarnings(table.file, mapping, regionReport, labels, merges);
  return {
    kind: 'organizations',
    file: table.file,
    rowsRead: table.rows.length,
    records,
    recordRows,
    kindGiven: recordKindGiven,
    issues,
    warnings,
    merges,
    unresolvedIndustryLabels: labels,
    mapping,
  };
}

/** The merged drafts parsed as records; a refused one becomes an issue. */
function organizationRecords(
  file: string,
  merged: readonly OrgDraft[],
  col: ColumnMapping<Field>['fields'],
  prefix: string,
  issues: RowIssue[],
): { records: Organization[]; recordRows: number[][]; recordKindGiven: boolean[] } {
  const records: Organization[] = [];
  const recordRows: number[][] = [];
  const recordKindGiven: boolean[] = [];
  const byId = new Map<string, { row: number; name: string }>();
  for (const d of merged) {
    const parsed = Organization.safeParse({
      id: d.id ?? stableOrgId(prefix, d),
      uscc: d.uscc,
      name: d.name,
      nameEn: d.nameEn,
      kind: d.kind,
      region: d.region,
      address: d.address,
      coordinates: d.coordinates,
      crs: d.crs,
      industries: d.industries,
      industryLabels: d.industryLabels,
      tags: d.tags,
      externalIds: d.externalIds,
      measures: d.measures,
      provenance: d.provenance,
    });
    if (parsed.success) {
      // Two records under one id (one external id or USCC, two names) would collide in the
      // store: the later row is refused, named, instead of a database error.
      const first = byId.get(parsed.data.id);
      if (first) {
        issues.push({
          file: file,
          row: d.rows[0],
          column: col.externalId ?? col.uscc ?? col.id ?? '',
          value: d.name,
          reason: `row ${first.row} has the same ${idBasis(d)} but another name ("${first.name}"); one organisation per ${idBasis(d)}`,
          code: 'ATLAS_E_ROW_DUPLICATE_CONFLICT',
        });
        continue;
      }
      byId.set(parsed.data.id, { row: d.rows[0], name: d.name });
      records.push(parsed.data);
      recordRows.push(d.rows);
      recordKindGiven.push(d.kindGiven);
    } else {
      issues.push(...schemaIssues(file, d.rows[0], parsed.error));
    }
  }
  return { records, recordRows, recordKindGiven };
}

function organizationWarnings(
  file: string,
  mapping: ColumnMapping<Field>,
  regionReport: RegionReport,
  labels: LabelCount[],
  merges: MergeReport[],
): AtlasWarning[] {
  const col = mapping.fields;
  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  warnings.push(...regionReport.warnings(file));
  const lw = industryLabelWarning(file, col.industry, labels);
  if (lw) warnings.push(lw);
  if (merges.length > 0) {
    warnings.push(
      warning(
        'ATLAS_W_DUPLICATE_MERGED',
        `${file}: ${merges.reduce((s, m) => s + m.rows.length, 0)} rows merged into ${merges.length} organisations`,
        {
          file: file,
          merges: merges.length,
          rows: merges.reduce((s, m) => s + m.rows.length, 0),
        },
      ),
    );
  }
  return warnings;
}

/** What an organisation's id was made from, in words. */
function idBasis(d: Pick<OrgDraft, 'id' | 'uscc' | 'externalIds'>): string {
  if (d.id !== undefined) return 'id';
  if (d.uscc !== undefined) return 'USCC';
  const ext = Object.keys(d.externalIds).sort()[0];
  return ext ? `external id (${ext})` : 'name and region';
}

/**
 * The id of a merged draft: from the USCC, else the first external id, else
 * a hash of the normalised name and the region code.
 */
export function stableOrgId(
  prefix: string,
  d: Pick<OrgDraft, 'uscc' | 'externalIds' | 'name' | 'region'>,
): string {
  if (d.uscc) return `${prefix}-${d.uscc}`;
  const ext = Object.entries(d.externalIds).sort(([a], [b]) => a.localeCompare(b))[0];
  if (ext) {
    const key = ext[0].replace(/[^A-Za-z0-9_]/g, '');
    return slugId(prefix, `${key === '' ? 'ext' : key}-${ext[1]}`);
  }
  return hashId(prefix, nameKey(d.name), d.region ?? '');
}

/** Province of and containment between region codes, for merging. */
export function relations(regions: RegionLookup): RegionRelations {
  const provinceOf = (code: string): string | undefined => {
    const r = regions.get(code);
    if (r?.level === 'province') return r.code;
    const p = regions.provinceOf(code);
    return p ? (typeof p === 'string' ? p : p.code) : undefined;
  };
  return {
    provinceOf,
    contains(outer, inner) {
      let cur = regions.get(inner);
      for (let i = 0; cur && i < 4; i++) {
        if (cur.code === outer) return true;
        cur = cur.parent ? regions.get(cur.parent) : undefined;
      }
      return (
        outer === inner || (regions.get(outer)?.level === 'province' && provinceOf(inner) === outer)
      );
    },
  };
}
