import { normalizeUscc, usccProblem } from '../core/ids/uscc.ts';
import type { OrganizationKind, YearlyMeasures } from '../core/model/organization.ts';
import type { FieldOf } from './aliases.ts';
import { insideChina } from './china-bounds.ts';
import { figureSource } from './figure-source.ts';
import type { IndustryResolver } from './industry-resolver.ts';
import type { OrgDraft } from './org-draft.ts';
import { KIND_HELP, parseKind } from './parse-kind.ts';
import { parseNumber, parseYear } from './parse-number.ts';
import { parseTags, TAG_HELP } from './parse-tags.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import type { RowRegion, RowRegionResolver } from './resolve-row-region.ts';
import { rowContext, type RowContext } from './row-context.ts';
import type { RowIssue } from './row-issue.ts';
import type { Table } from './table.ts';
import { toHalfWidth } from './text.ts';
import { unknownRegionIssues } from './unknown-region-issues.ts';

/**
 * One row of an organisations table read into a draft: name, USCC (GB 32100
 * checksum), kind, region (province/city/county must agree), coordinates
 * inside China with their datum, industries, tags, yearly measures and the
 * row's provenance. Every problem is an issue naming the file, row, column,
 * value and reason, in the order of the checks; a row with an issue has no
 * draft.
 */
type Field = FieldOf<'organizations'>;
type Row = RowContext<Field>;

export interface OrganizationRowReader {
  col: Partial<Record<Field, string>>;
  regionResolver: RowRegionResolver;
  industryResolver: IndustryResolver;
  defaultProvenance: ProvenanceInput;
  defaultKind?: OrganizationKind;
  year?: number;
  figures?: { importId?: string; by?: string };
  crs?: 'WGS84' | 'GCJ02';
}

export interface OrganizationRow {
  rowNo: number;
  issues: RowIssue[];
  rr: RowRegion;
  draft: OrgDraft;
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
const USCC_REASON = {
  length: 'a USCC has 18 characters',
  characters: 'a USCC uses only 0-9 and A-Y without I, O, S, V, Z',
  checksum: 'the check character (18th) does not match the first 17 (GB 32100 checksum)',
} as const;

export function organizationRow(
  table: Table,
  i: number,
  reader: OrganizationRowReader,
): OrganizationRow {
  const { col } = reader;
  const r = rowContext<Field>(table, i, col);
  const { rowNo, cell, bad } = r;
  const name = toHalfWidth(cell('name')) === '' ? '' : cell('name');
  if (name === '') bad('name', '', 'the name is empty', 'ATLAS_E_ROW_MISSING_VALUE');
  const uscc = rowUscc(r);
  const { kind, kindGiven } = rowKind(r, reader.defaultKind ?? 'enterprise');
  const rr = reader.regionResolver.resolveRow({
    region: cell('region'),
    province: cell('province'),
    city: cell('city'),
    county: cell('county'),
  });
  if (rr.conflict) {
    bad(rr.conflict.field, rr.conflict.text, rr.conflict.reason, 'ATLAS_E_ROW_REGION_CONFLICT');
  }
  unknownRegionIssues(rr, bad);
  const coordinates = rowCoordinates(r, rr);
  const crs = rowCrs(r, reader.crs);
  const ind =
    cell('industry') === ''
      ? { codes: [], labels: [] }
      : reader.industryResolver.resolveCell(cell('industry'));
  const tags = rowTags(r);
  const measures = rowMeasures(r, reader);
  const externalIds: Record<string, string> = {};
  if (cell('externalId') !== '') externalIds[col.externalId as string] = cell('externalId');
  const provenance =
    cell('source') === ''
      ? reader.defaultProvenance
      : { ...reader.defaultProvenance, source: cell('source') };
  for (const x of measures)
    x.provenance = figureSource(provenance, x.year, table.file, rowNo, reader.figures);
  const draft: OrgDraft = {
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
  };
  return { rowNo, issues: r.issues, rr, draft };
}

function rowUscc({ cell, bad }: Row): string | undefined {
  if (cell('uscc') === '') return undefined;
  const u = normalizeUscc(toHalfWidth(cell('uscc')));
  const problem = usccProblem(u);
  if (problem === null) return u;
  bad('uscc', cell('uscc'), USCC_REASON[problem], 'ATLAS_E_ROW_BAD_USCC');
  return undefined;
}

function rowKind(
  { cell, bad }: Row,
  defaultKind: OrganizationKind,
): { kind: OrganizationKind; kindGiven: boolean } {
  let kind = defaultKind;
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
  return { kind, kindGiven };
}

function rowCoordinates({ cell, raw, bad }: Row, rr: RowRegion): [number, number] | undefined {
  if (cell('lon') === '' && cell('lat') === '') return undefined;
  const lon = parseNumber(raw('lon'));
  const lat = parseNumber(raw('lat'));
  if (!lon.ok) bad('lon', cell('lon'), lon.reason, 'ATLAS_E_ROW_BAD_NUMBER');
  if (!lat.ok) bad('lat', cell('lat'), lat.reason, 'ATLAS_E_ROW_BAD_NUMBER');
  if (!lon.ok || !lat.ok) return undefined;
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
  } else return [lon.value, lat.value];
  return undefined;
}

function rowCrs(
  { cell, bad }: Row,
  defaultCrs: 'WGS84' | 'GCJ02' | undefined,
): 'WGS84' | 'GCJ02' | undefined {
  if (cell('crs') === '') return defaultCrs;
  const crs =
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
  return crs;
}

function rowTags({ cell, bad }: Row): OrgDraft['tags'] {
  if (cell('tags') === '') return [];
  const t = parseTags(cell('tags'));
  if (t.unknown.length > 0) {
    bad(
      'tags',
      cell('tags'),
      `unknown tag ${t.unknown.map((u) => `"${u}"`).join(', ')}; tags: ${TAG_HELP}`,
      'ATLAS_E_ROW_UNKNOWN_VALUE',
    );
  }
  return t.tags;
}

function rowMeasures(
  { cell, raw, bad }: Row,
  reader: Pick<OrganizationRowReader, 'year' | 'defaultProvenance'>,
): YearlyMeasures[] {
  const m: Partial<YearlyMeasures> = {};
  for (const f of MEASURES) {
    const n = parseNumber(raw(f));
    if (!n.ok) bad(f, cell(f), n.reason, 'ATLAS_E_ROW_BAD_NUMBER');
    else if (n.value !== null && n.value < 0)
      bad(f, cell(f), `${f} cannot be negative`, 'ATLAS_E_ROW_NEGATIVE');
    else if (n.value !== null) m[f] = n.value;
  }
  const measures: YearlyMeasures[] = [];
  if (Object.keys(m).length === 0) return measures;
  const y = parseYear(raw('year'));
  if (!y.ok) bad('year', cell('year'), y.reason, 'ATLAS_E_ROW_BAD_YEAR');
  else {
    const year = y.value ?? reader.year ?? reader.defaultProvenance.year;
    if (year === undefined || year === null) {
      bad(
        'year',
        '',
        'measures need a year: add a year column (年份) or give the year of the data',
        'ATLAS_E_ROW_MISSING_VALUE',
      );
    } else measures.push({ year, ...m });
  }
  return measures;
}
