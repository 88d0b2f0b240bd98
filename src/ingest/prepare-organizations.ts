import { warning, type AtlasWarning } from '../core/errors.ts';
import { normalizeUscc, usccProblem } from '../core/ids/uscc.ts';
import {
  Organization,
  type OrganizationKind,
  type YearlyMeasures,
} from '../core/model/organization.ts';
import type { FieldOf } from './aliases.ts';
import { insideChina } from './china-bounds.ts';
import { figureSource } from './figure-source.ts';
import { IndustryResolver, industryLabelWarning, type LabelCount } from './industry-resolver.ts';
import type { IndustryLookup, RegionLookup } from './lookups.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import {
  mergeOrganizations,
  type MergeReport,
  type RegionRelations,
} from './merge-organizations.ts';
import type { OrgDraft } from './org-draft.ts';
import { KIND_HELP, parseKind } from './parse-kind.ts';
import { parseNumber, parseYear } from './parse-number.ts';
import { parseTags, TAG_HELP } from './parse-tags.ts';
import { progressTicker, type OnProgress } from './progress.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import { RegionReport } from './region-report.ts';
import { RowRegionResolver } from './resolve-row-region.ts';
import type { RowIssue } from './row-issue.ts';
import { hashId, slugId } from './stable-id.ts';
import type { Table } from './table.ts';
import { nameKey, toHalfWidth } from './text.ts';
import { unknownRegionIssues } from './unknown-region-issues.ts';
import { unmappedWarning } from './unmapped-warning.ts';
import { rowContext, schemaIssues } from './row-context.ts';

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

const MEASURES = ['employees', 'revenue', 'output', 'rdSpend', 'patents'] as const;
const CRS: Record<string, 'WGS84' | 'GCJ02'> = {
  wgs84: 'WGS84',
  wgs: 'WGS84',
  'epsg:4326': 'WGS84',
  gps: 'WGS84',
  gcj02: 'GCJ02',
  gcj: 'GCJ02',
  火星坐标: 'GCJ02',
  国测局: 'GCJ02',
};

/**
 * Validates and de-duplicates the organisations of a table. Rules (issue 2):
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

  table.rows.forEach((row, i) => {
    tick(i);
    const { rowNo, issues: rowIssues, cell, raw, bad } = rowContext<Field>(table, i, col);

    const name = toHalfWidth(cell('name')) === '' ? '' : cell('name');
    if (name === '') bad('name', '', 'the name is empty', 'ATLAS_E_ROW_MISSING_VALUE');

    let uscc: string | undefined;
    if (cell('uscc') !== '') {
      const u = normalizeUscc(toHalfWidth(cell('uscc')));
      const problem = usccProblem(u);
      if (problem === null) uscc = u;
      else bad('uscc', cell('uscc'), USCC_REASON[problem], 'ATLAS_E_ROW_BAD_USCC');
    }

    let kind = ctx.defaultKind ?? 'enterprise';
    const kindGiven = cell('kind') !== '';
    if (kindGiven) {
      const k = parseKind(cell('kind'));
      if (k) kind = k;
      else
        bad(
          'kind',
          cell('kind'),
          `unknown kind; use one of: ${KIND_HELP}`,
          'ATLAS_E_ROW_UNKNOWN_VALUE',
        );
    }

    const rr = regionResolver.resolveRow({
      region: cell('region'),
      province: cell('province'),
      city: cell('city'),
      county: cell('county'),
    });
    if (rr.conflict) {
      bad(rr.conflict.field, rr.conflict.text, rr.conflict.reason, 'ATLAS_E_ROW_REGION_CONFLICT');
    }
    unknownRegionIssues(rr, bad);

    let coordinates: [number, number] | undefined;
    if (cell('lon') !== '' || cell('lat') !== '') {
      const lon = parseNumber(raw('lon'));
      const lat = parseNumber(raw('lat'));
      if (!lon.ok) bad('lon', cell('lon'), lon.reason, 'ATLAS_E_ROW_BAD_NUMBER');
      if (!lat.ok) bad('lat', cell('lat'), lat.reason, 'ATLAS_E_ROW_BAD_NUMBER');
      if (lon.ok && lat.ok) {
        if (lon.value === null)
          bad('lon', '', 'latitude given without longitude', 'ATLAS_E_ROW_MISSING_VALUE');
        else if (lat.value === null)
          bad('lat', '', 'longitude given without latitude', 'ATLAS_E_ROW_MISSING_VALUE');
        else if (rr.region && !insideChina(lon.value, lat.value)) {
          const swapped = insideChina(lat.value, lon.value)
            ? ' (longitude and latitude look swapped)'
            : '';
          bad(
            'lon',
            `${lon.value}, ${lat.value}`,
            `(${lon.value}, ${lat.value}) lies outside China but the region is ${rr.region.nameZh} ${rr.region.code}${swapped}`,
            'ATLAS_E_ROW_OUTSIDE_CHINA',
          );
        } else if (Math.abs(lon.value) > 180 || Math.abs(lat.value) > 90) {
          bad(
            'lon',
            `${lon.value}, ${lat.value}`,
            'not longitude/latitude in degrees',
            'ATLAS_E_ROW_BAD_NUMBER',
          );
        } else coordinates = [lon.value, lat.value];
      }
    }
    let crs = ctx.crs;
    if (cell('crs') !== '') {
      crs =
        CRS[
          toHalfWidth(cell('crs'))
            .toLowerCase()
            .replace(/[\s_-]/g, '')
        ];
      if (!crs) {
        bad(
          'crs',
          cell('crs'),
          'unknown coordinate system; use WGS84 or GCJ02 (convert BD-09 first)',
          'ATLAS_E_ROW_UNKNOWN_VALUE',
        );
      }
    }

    const ind =
      cell('industry') === ''
        ? { codes: [], labels: [] }
        : industryResolver.resolveCell(cell('industry'));

    let tags: OrgDraft['tags'] = [];
    if (cell('tags') !== '') {
      const t = parseTags(cell('tags'));
      tags = t.tags;
      if (t.unknown.length > 0) {
        bad(
          'tags',
          cell('tags'),
          `unknown tag ${t.unknown.map((u) => `"${u}"`).join(', ')}; tags: ${TAG_HELP}`,
          'ATLAS_E_ROW_UNKNOWN_VALUE',
        );
      }
    }

    const m: Partial<YearlyMeasures> = {};
    for (const f of MEASURES) {
      const n = parseNumber(raw(f));
      if (!n.ok) bad(f, cell(f), n.reason, 'ATLAS_E_ROW_BAD_NUMBER');
      else if (n.value !== null && n.value < 0)
        bad(f, cell(f), `${f} cannot be negative`, 'ATLAS_E_ROW_NEGATIVE');
      else if (n.value !== null) m[f] = n.value;
    }
    const measures: YearlyMeasures[] = [];
    if (Object.keys(m).length > 0) {
      const y = parseYear(raw('year'));
      if (!y.ok) bad('year', cell('year'), y.reason, 'ATLAS_E_ROW_BAD_YEAR');
      else {
        const year = y.value ?? ctx.year ?? ctx.defaultProvenance.year;
        if (year === undefined || year === null) {
          bad(
            'year',
            '',
            'measures need a year: add a year column (年份) or give the year of the data',
            'ATLAS_E_ROW_MISSING_VALUE',
          );
        } else measures.push({ year, ...m });
      }
    }

    const externalIds: Record<string, string> = {};
    if (cell('externalId') !== '') externalIds[col.externalId as string] = cell('externalId');
    const provenance =
      cell('source') === ''
        ? ctx.defaultProvenance
        : { ...ctx.defaultProvenance, source: cell('source') };
    for (const x of measures)
      x.provenance = figureSource(provenance, x.year, table.file, rowNo, ctx.figures);

    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      return;
    }
    regionReport.add(rr, rowNo, col);
    drafts.push({
      rows: [rowNo],
      id: cell('id') === '' ? undefined : cell('id'),
      name: name.replace(/\s+/g, ' '),
      nameEn: cell('nameEn') || undefined,
      uscc,
      kind,
      kindGiven,
      region: rr.region?.code,
      address: cell('address') || undefined,
      coordinates,
      crs: coordinates ? crs : undefined,
      industries: ind.codes,
      industryLabels: ind.labels,
      tags,
      externalIds,
      measures,
      provenance,
    });
  });
  tick(table.rows.length);

  const rel = relations(ctx.regions);
  const { merged, merges } = mergeOrganizations(drafts, rel);
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
          file: table.file,
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
      issues.push(...schemaIssues(table.file, d.rows[0], parsed.error));
    }
  }
  issues.sort((a, b) => a.row - b.row);

  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(table.file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  warnings.push(...regionReport.warnings(table.file));
  const labels = industryResolver.unresolved();
  const lw = industryLabelWarning(table.file, col.industry, labels);
  if (lw) warnings.push(lw);
  if (merges.length > 0) {
    warnings.push(
      warning(
        'ATLAS_W_DUPLICATE_MERGED',
        `${table.file}: ${merges.reduce((s, m) => s + m.rows.length, 0)} rows merged into ${merges.length} organisations`,
        {
          file: table.file,
          merges: merges.length,
          rows: merges.reduce((s, m) => s + m.rows.length, 0),
        },
      ),
    );
  }
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

const USCC_REASON = {
  length: 'a USCC has 18 characters',
  characters: 'a USCC uses only 0-9 and A-Y without I, O, S, V, Z',
  checksum: 'the check character (18th) does not match the first 17 (GB 32100 checksum)',
} as const;

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
